/**
 * npm run bench:portal — the citizen's form renderer on a 300-field form, in Chromium (playwright-core, as the
 * browser tests launch it), beside react-jsonschema-form's default setup (@rjsf/core + @rjsf/antd +
 * @rjsf/validator-ajv8) on the same schema in the same run: first render (from the render call to the first
 * paint) and the latency of each keystroke (from the key event to the next paint), median and p95, with the
 * ratios. Beside them, 300 bare inputs give the floor that the browser alone sets. A keystroke's latency includes
 * the wait for the next frame (up to one 16.7 ms frame at 60 Hz), which no renderer can shorten; its work (the
 * key's handling plus the frame that draws it) is what must fit in one frame. Targets: ≤ 300 ms first render,
 * ≤ 16 ms median work per keystroke, faster than RJSF on first render and keystroke latency.
 * Options: --runs N (page loads per renderer, default 7), --keys N (keystrokes per page, default 100).
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/support/chromium.ts';
import { GROUPS, PER_GROUP, TYPED_FIELDS } from './portal/schema.ts';

const { values } = parseArgs({ options: { runs: { type: 'string' }, keys: { type: 'string' } } });
const RUNS = Number(values.runs ?? 7);
const KEYS = Number(values.keys ?? 100);
const ROOT = new URL('..', import.meta.url).pathname;
const RENDERERS = ['ours', 'rjsf', 'floor'] as const;
type Renderer = (typeof RENDERERS)[number];
const NAMES: Record<Renderer, string> = { ours: 'Một Cửa', rjsf: 'RJSF (antd)', floor: 'bare inputs' };

/** The page, built for production (React's production build, minified) into a temporary folder. */
async function buildPage(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'motcua-bench-portal-'));
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      plugins: [react()],
      build: {
        outDir: out,
        emptyOutDir: true,
        rolldownOptions: { input: join(ROOT, 'bench/portal/index.html') },
      },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return out;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dir) || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${address.port}` });
    }),
  );
}

interface Run {
  firstRender: number;
  allFields: number;
  latencies: number[];
  work: number[];
}

/** One page load: its first render, then `keys` keystrokes spread over text fields across the form. */
async function run(page: Page, url: string, renderer: Renderer, keys: number): Promise<Run> {
  await page.goto(`${url}/bench/portal/index.html?renderer=${renderer}`);
  await page.waitForFunction(() => window.bench && !Number.isNaN(window.bench.allFields));
  const { firstRender, allFields } = await page.evaluate(() => window.bench);
  const perField = Math.ceil(keys / TYPED_FIELDS.length);
  const latencies: number[] = [];
  const work: number[] = [];
  let typed = 0;
  for (const [group, field] of TYPED_FIELDS) {
    const selector = await page.evaluate(([g, f]) => window.bench.input(g, f), [group, field]);
    await page.locator(selector).focus();
    await page.evaluate(() => {
      window.bench.latencies = [];
      window.bench.work = [];
    });
    for (let k = 0; k < perField && typed < keys; k++, typed++) {
      await page.keyboard.press(String.fromCharCode(97 + (k % 26)));
      // One keystroke at a time: the next key waits for this one's paint.
      await page.waitForFunction((n) => window.bench.latencies.length >= n, k + 1);
    }
    const measured = await page.evaluate(() => window.bench);
    latencies.push(...measured.latencies);
    work.push(...measured.work);
  }
  return { firstRender, allFields, latencies, work };
}

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

const ms = (n: number): string => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  console.log('Dựng trang đo / building the benchmark page…');
  const dir = await buildPage();
  const { server, url } = await serve(dir);
  const browser = await launchChromium();
  const results: Record<Renderer, Run[]> = { ours: [], rjsf: [], floor: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    // A warm-up load of each, then the runs interleaved so that both meet the same machine.
    for (const renderer of RENDERERS) await run(page, url, renderer, 10);
    for (let i = 0; i < RUNS; i++) {
      for (const renderer of RENDERERS) results[renderer].push(await run(page, url, renderer, KEYS));
      process.stdout.write('.');
    }
    console.log('');
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const figures = (renderer: Renderer) => {
    const all = results[renderer].flatMap((r) => r.latencies);
    return {
      first: quantile(
        results[renderer].map((r) => r.firstRender),
        0.5,
      ),
      all: quantile(
        results[renderer].map((r) => r.allFields),
        0.5,
      ),
      median: quantile(all, 0.5),
      p95: quantile(all, 0.95),
      workMedian: quantile(
        results[renderer].flatMap((r) => r.work),
        0.5,
      ),
      keys: all.length,
    };
  };
  const ours = figures('ours');
  const rjsf = figures('rjsf');
  const floor = figures('floor');
  const rows: [string, number, number, number, string][] = [
    ['first render (median of loads)', ours.first, rjsf.first, floor.first, '≤ 300 ms'],
    ['all 300 fields in the page', ours.all, rjsf.all, floor.all, ''],
    ['keystroke → paint, median', ours.median, rjsf.median, floor.median, ''],
    ['keystroke → paint, p95', ours.p95, rjsf.p95, floor.p95, ''],
    ['keystroke work, median', ours.workMedian, rjsf.workMedian, floor.workMedian, '≤ 16 ms'],
  ];
  console.log(
    `\nBiểu mẫu 300 trường / a 300-field form — Chromium, ${RUNS} loads each, ${ours.keys} keystrokes each\n`,
  );
  console.log(
    `${''.padEnd(32)}${NAMES.ours.padStart(12)}${NAMES.rjsf.padStart(14)}${'RJSF / ours'.padStart(14)}${NAMES.floor.padStart(14)}  target`,
  );
  for (const [label, a, b, c, target] of rows) {
    console.log(
      `${label.padEnd(32)}${ms(a).padStart(12)}${ms(b).padStart(14)}${`${(b / a).toFixed(1)}×`.padStart(14)}${ms(c).padStart(14)}  ${target}`,
    );
  }
  console.log(
    `\n${NAMES.floor}: ${GROUPS * PER_GROUP} plain <input>s, the browser's own cost under any renderer.`,
  );
  const met =
    ours.first <= 300 && ours.workMedian <= 16 && ours.first < rjsf.first && ours.median < rjsf.median;
  console.log(`\n${met ? 'Đạt / targets met' : 'CHƯA ĐẠT / targets NOT met'}`);
}

await main();
