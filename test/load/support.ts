/**
 * Support of the load, scale-out and crash tests and of `npm run bench:server`: server processes started with
 * `node bin/start.js` (killed by their pid, never by name), a small HTTP client for 127.0.0.1, and bounded loops.
 * Nothing here sleeps on the wall clock except bounded waits for a child's output or exit, and a bounded poll of
 * the database for work the children do on their own (timers).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = fileURLToPath(new URL('../../bin/start.js', import.meta.url));
export const CLI = fileURLToPath(new URL('../../bin/motcua.js', import.meta.url));

/** The node flags `npm start` gives the server (package.json's script), so that it runs here as it runs in use. */
export const START_FLAGS: string[] = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const words = String(pkg.scripts.start).split(/\s+/);
  const at = words.indexOf('bin/start.js');
  if (words[0] !== 'node' || at < 0)
    throw new Error(`npm start is not "node [flags] bin/start.js": ${words.join(' ')}`);
  return words.slice(1, at);
})();

/** Children still running: killed (by pid) when this process exits, whatever happened to the test. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  /** http://127.0.0.1:<port>, once listening. */
  url: string;
  output(): string;
  exited: Promise<Exit>;
  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<Exit>;
  /** SIGTERM and a bounded wait for the exit. */
  stop(ms?: number): Promise<Exit>;
}

export interface StartOptions {
  /** MOTCUA_DATA_DIR (SQLite file, uploads). */
  dataDir: string;
  /** postgres://… ; absent: SQLite in dataDir. */
  databaseUrl?: string;
  args?: string[];
  env?: Record<string, string>;
  /** Bound on start-up (migrations, seeding, tsx compiling the server). */
  timeoutMs?: number;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

/** Runs `node <script> …args` and collects its output, with a bounded wait for a pattern in it. */
export function run(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  nodeArgs: string[] = [],
) {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
      for (const l of listeners) l();
    }),
  );
  let done = false;
  void exited.then(() => (done = true));
  const waitFor = (pattern: RegExp, ms: number) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const m = out.match(pattern);
        if (m || done) {
          listeners.delete(check);
          clearTimeout(timer);
          if (m) resolve(m);
          else reject(new Error(`exited before printing ${pattern}; output:\n${out}`));
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no ${pattern} within ${ms} ms; output:\n${out}`));
      }, ms);
      listeners.add(check);
      check();
    });
  const waitExit = (ms: number) => bounded(exited, ms, () => `no exit within ${ms} ms; output:\n${out}`);
  return { child, output: () => out, exited, waitFor, waitExit };
}

/** `promise`, or a rejection after `ms`. */
export function bounded<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_r, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Starts `node bin/start.js` with `npm start`'s flags on 127.0.0.1 and an ephemeral port; resolves once it listens. */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const p = run(
    START,
    options.args ?? [],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      MOTCUA_DATA_DIR: options.dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    [...START_FLAGS, ...(options.nodeArgs ?? [])],
  );
  const [, url] = await p.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/, options.timeoutMs ?? 60_000);
  return {
    child: p.child,
    pid: p.child.pid!,
    url,
    output: p.output,
    exited: p.exited,
    async kill() {
      p.child.kill('SIGKILL');
      return p.waitExit(10_000);
    },
    async stop(ms = 20_000) {
      p.child.kill('SIGTERM');
      return p.waitExit(ms);
    },
  };
}

/** Resident memory of a process, from /proc (Linux): the peak (VmHWM) and the current (VmRSS), in MB. */
export function memoryOf(pid: number): { peakMB: number; rssMB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
  } catch {
    return undefined;
  }
}

export interface Reply {
  status: number;
  body: Record<string, unknown> & {
    error?: { code: string; details?: Record<string, unknown>; message?: { en: string } };
  };
}

/** A JSON request to the server; a network failure (refused, reset) rejects. */
export async function call(
  base: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

/** Signs in with a password and returns the Cookie header for the next requests. */
export async function login(base: string, user: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: user, password }),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${user} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('motcua_session='));
  if (!cookie) throw new Error(`sign-in of ${user}: no session cookie`);
  return cookie.split(';')[0];
}

/**
 * Runs `count` jobs on `concurrency` workers and stops at the deadline whatever is left (bounded in count and in
 * time). Returns how many were started.
 */
export async function pool(
  count: number,
  concurrency: number,
  deadline: number,
  job: (i: number) => Promise<void | 'stop'>,
): Promise<number> {
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < count && Date.now() < deadline) {
      if ((await job(next++)) === 'stop') stopped = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return next;
}

/** Polls `check` every `everyMs` until it returns a value (not undefined) or `ms` pass: for work children do. */
export async function until<T>(ms: number, everyMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`condition not reached within ${ms} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The sequence number of a dossier code `<unit>-YYMMDD-NNNN` and its (unit, day) prefix. */
export function splitCode(code: string): { prefix: string; n: number } {
  const m = /^(.+-\d{6})-(\d{4,})$/.exec(code);
  if (!m) throw new Error(`not a dossier code: ${code}`);
  return { prefix: m[1], n: Number(m[2]) };
}

/** For each (unit, day) of the codes: whether the numbers are exactly 1..n (distinct, no gaps). */
export function gapsIn(codes: string[]): string[] {
  const groups = new Map<string, number[]>();
  for (const code of codes) {
    const { prefix, n } = splitCode(code);
    groups.set(prefix, [...(groups.get(prefix) ?? []), n]);
  }
  const problems: string[] = [];
  for (const [prefix, numbers] of groups) {
    numbers.sort((a, b) => a - b);
    const bad = numbers.findIndex((n, i) => n !== i + 1);
    if (bad >= 0) problems.push(`${prefix}: #${bad + 1} is ${numbers[bad]} (of ${numbers.length})`);
  }
  return problems;
}

/** The commune that receives the birth registration (BIRTH of test/support/examples.ts) online. */
export const BIRTH_UNIT = '000.01.01.H41';

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (Linux). */
/** CPU time of a process (all its threads), or of one of its threads when `tid` is given (the main one: pid). */
export function cpuMsOf(pid: number, tid?: number): number | undefined {
  try {
    const stat = readFileSync(
      tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`,
      'utf8',
    );
    // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
