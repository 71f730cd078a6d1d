/**
 * Builds the web apps into dist/web when their sources changed since the last build (`npm start` and the browser
 * tests call `ensureWebBuild`), or always (`npm run build:web`). The last build keeps, beside it, the hash of every
 * file it was made from — the apps' folders, every module the bundle took from the rest of the repository, the
 * build configuration and the lock file — so a check costs one read of those files.
 *
 * A build goes to a directory of its own and replaces dist/web only when it succeeded; concurrent runs (two test
 * processes) wait for each other's lock instead of building twice.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { WEB_APPS } from '../server/http/web-apps.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
export const WEB_DIR = join(DIST, 'web');
const STAMP = '.build.json';
const LOCK = join(DIST, '.web-build.lock');

/** Folders whose every file is a source of the apps, and files that shape any build. */
const SOURCE_DIRS = ['runtime/web', 'designer'];
const BUILD_FILES = [
  'vite.config.ts',
  'package-lock.json',
  'tsconfig.json',
  'bin/build-web.ts',
  'server/http/web-apps.ts',
];

type Hashes = Record<string, string>;

function walk(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return walk(path);
    return /\.test\.[cm]?[jt]sx?$/.test(entry.name) ? [] : [path];
  });
}

function hashes(paths: Iterable<string>): Hashes {
  const out: Hashes = {};
  for (const path of [...new Set(paths)].sort()) {
    const file = join(ROOT, path);
    out[path] = existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'missing';
  }
  return out;
}

/** The sources of the build in `dir`, hashed now; undefined when there is no complete build there. */
function stampOf(dir: string): { built: Hashes; now: Hashes } | undefined {
  try {
    const built = (JSON.parse(readFileSync(join(dir, STAMP), 'utf8')) as { sources: Hashes }).sources;
    return { built, now: hashes([...SOURCE_DIRS.flatMap(walk), ...BUILD_FILES, ...Object.keys(built)]) };
  } catch {
    return undefined;
  }
}

export function webBuildIsCurrent(dir = WEB_DIR): boolean {
  const stamp = stampOf(dir);
  if (!stamp) return false;
  const { built, now } = stamp;
  return (
    Object.keys(now).length === Object.keys(built).length &&
    Object.entries(now).every(([k, v]) => built[k] === v)
  );
}

/** Collects the repository's modules that went into the bundle (the engine, schemas, …) for the stamp. */
function moduleList(into: Set<string>): Plugin {
  return {
    name: 'motcua:module-list',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const path = id.split('?')[0];
          if (path.startsWith(ROOT) && !path.includes('/node_modules/')) into.add(relative(ROOT, path));
        }
      }
    },
  };
}

const COMPRESSIBLE = /\.(js|css|svg|json|html)$/;

/** .br and .gz beside each text asset, served by @fastify/static's preCompressed option. */
function compress(dir: string): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!COMPRESSIBLE.test(name) || statSync(file).size < 1024) continue;
    const raw = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(raw));
  }
}

export interface FirstPage {
  app: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** What each app's page loads before its first render: the entry chunk, its static imports and their CSS. */
export function firstPages(dir = WEB_DIR): FirstPage[] {
  type Entry = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean; name?: string };
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Entry
  >;
  return WEB_APPS.map((app) => {
    const files = new Set<string>();
    const visit = (key: string) => {
      const entry = manifest[key];
      if (!entry || files.has(entry.file)) return;
      files.add(entry.file);
      entry.css?.forEach((css) => files.add(css));
      entry.imports?.forEach(visit);
    };
    visit(app.html);
    const list = [...files];
    const size = (f: string) => statSync(join(dir, f)).size;
    return {
      app: app.name,
      files: list,
      bytes: list.reduce((sum, f) => sum + size(f), 0),
      gzipBytes: list.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0),
    };
  });
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Builds now, whatever the stamp says. */
export async function buildWeb(options: { quiet?: boolean } = {}): Promise<void> {
  const out = join(DIST, `.web-build-${process.pid}`);
  const modules = new Set<string>();
  // Loaded only to build: a deployment without dev dependencies serves the build it was given.
  const { build } = await import('vite');
  // React, antd and the JSX transform pick their production code by NODE_ENV, which a test runner sets to 'test'.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: options.quiet ? 'warn' : 'info',
      build: { outDir: out },
      plugins: [moduleList(modules)],
    });
    compress(join(out, 'assets'));
    const sources = hashes([...SOURCE_DIRS.flatMap(walk), ...BUILD_FILES, ...modules]);
    writeFileSync(join(out, STAMP), JSON.stringify({ sources }, null, 1));
    rmSync(WEB_DIR, { recursive: true, force: true });
    renameSync(out, WEB_DIR);
  } finally {
    process.env.NODE_ENV = nodeEnv;
    rmSync(out, { recursive: true, force: true });
  }
  if (options.quiet) return;
  for (const page of firstPages()) {
    console.log(`  ${page.app}: trang đầu / first page ${kB(page.bytes)} (gzip ${kB(page.gzipBytes)})`);
  }
}

/** Runs `work` holding the build lock; another process holding it is waited for (a lock left by a crash expires). */
async function withLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > 10 * 60_000)
        rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds the web apps unless the last build is of the current sources (or always, with `force`). Says whether it
 * built.
 */
export async function ensureWebBuild(options: { quiet?: boolean; force?: boolean } = {}): Promise<boolean> {
  if (!options.force && webBuildIsCurrent()) return false;
  let built = false;
  await withLock(async () => {
    // Someone else may have built while this process waited.
    if (!options.force && webBuildIsCurrent()) return;
    console.log('Đang dựng giao diện web… / Building the web apps…');
    const started = Date.now();
    await buildWeb(options);
    console.log(`Đã dựng giao diện web / web apps built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    built = true;
  });
  return built;
}

// `npm run build:web`
if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) await ensureWebBuild({ force: true });
