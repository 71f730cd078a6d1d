/**
 * `npm run bench:server`: the server as a process (`node bin/start.js`, as `npm start` runs it) on 127.0.0.1,
 * measured with autocannon, on SQLite (temporary directory) and on PostgreSQL (a fresh database on 127.0.0.1:5432,
 * dropped afterwards):
 * - submissions/s with p50/p99 for a 100-field form with two components, each request with its own
 *   Idempotency-Key, entered at the counter by a reception officer of the nine demo units, the submissions spread
 *   over the nine in turn (a province receives in a hundred units at once; one unit's daily code sequence and audit
 *   chain take its submissions one at a time);
 * - worklist latency (p50/p95/p99) with 1,000,000 dossiers in the database (bulk-seeded, bench/server-seed.ts),
 *   for a specialist who works in the nine demo units;
 * - the server's resident memory (VmHWM, VmRSS from /proc/<pid>/status);
 * - on PostgreSQL, pgbench running the statements of a submission on the same database right before and right after
 *   the server's measured run (bench/pgbench.ts), with as many clients for as long, and the server's rate as a share
 *   of the two runs' mean: this VM's speed drifts over a minute, and the server's run is bracketed so that a drift
 *   weighs on both sides alike; each measured run on PostgreSQL (these three and that of two processes) starts on a
 *   vacuumed and checkpointed database, so that none pays for the rows another left behind.
 *
 * Options: --only sqlite|pg, --rows <total dossiers> (1000000), --seconds <per measurement> (15), --warm-up <seconds
 * of submissions before they are measured> (30: a process just started compiles its hot paths and sizes its heap for tens of seconds,
 * and the two processes of --workers 2 are new),
 * --connections <n> (10), --cpu-prof (writes the server's CPU profiles to a temporary directory),
 * --only-worklist (skips the submissions: seeds and measures the worklist only), --only-submissions (skips the
 * worklist).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  approveVersion,
  createDraft,
  loadActor,
  publishVersion,
  serviceContext,
  submitDossier,
  submitForApproval,
  WORKING_UNITS,
} from '../server/services/index.ts';
import { openStore, sqliteFile, type Store } from '../server/store/index.ts';
import { createTestDb, PG_ADMIN, pgReachable, type Dialect } from '../test/support/db.ts';
import { BIRTH, requiredOf } from '../test/support/examples.ts';
import { demoPassword, seedDemoFast } from '../test/support/http.ts';
import { call, cpuMsOf, login, memoryOf, startServer, type ServerProcess } from '../test/load/support.ts';
import { ensureWebBuild } from '../bin/build-web.ts';
import { BENCH_UNIT, benchProcedure, benchSubmission } from './server-procedure.ts';
import { runPgbench, settle, submissionScript, type PgbenchFigures } from './pgbench.ts';
import { startCpuMeter, type CpuSplit } from './cpu-meter.ts';
import { seedPg, seedSqlite } from './server-seed.ts';

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    rows: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '15' },
    'warm-up': { type: 'string', default: '30' },
    connections: { type: 'string', default: '10' },
    'cpu-prof': { type: 'boolean', default: false },
    'only-worklist': { type: 'boolean', default: false },
    'only-submissions': { type: 'boolean', default: false },
  },
});
const ROWS = Number(opts.rows);
const SECONDS = Number(opts.seconds);
const WARM_UP = Number(opts['warm-up']);
const CONNECTIONS = Number(opts.connections);
const profileDir = opts['cpu-prof'] ? mkdtempSync(join(tmpdir(), 'motcua-bench-prof-')) : undefined;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[${elapsed().padStart(5)}] ${line}`);

interface Timing {
  rps: number;
  /** Server CPU (user + system) per answered request, ms. */
  cpuMs?: number;
  /** The part of it on the event loop's thread (the rest: SQLite's checkpointer, the garbage collector's helpers). */
  loopCpuMs?: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU per answered request of the server's processes, PostgreSQL's backends and the load generator. */
  split?: CpuSplit;
  count: number;
  failed: number;
  statuses: string;
}

interface Figures {
  dialect: Dialect;
  submit?: Timing;
  /** PostgreSQL: the same with `--workers 2`. */
  submitByWorkers?: Timing;
  /** PostgreSQL: pgbench with a submission's statements on the same database, right before and after `submit`. */
  pgbench?: { before: PgbenchFigures; after: PgbenchFigures; tps: number };
  worklist1?: Timing;
  worklistN?: Timing;
  /** The worklist's `total`, with "+" when the server capped the count (`totalCapped`). */
  worklistTotal?: string;
  worklistUnit?: Timing;
  worklistUnitTotal?: string;
  dossiers?: number;
  seedSeconds?: number;
  rssAfterSubmit?: { peakMB: number; rssMB: number };
  rssAfterWorklist?: { peakMB: number; rssMB: number };
  skipped?: string;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** One autocannon run; latencies are collected per response (autocannon's own table has no p95). */
async function cannon(options: {
  url: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** The request bodies, sent in turn. */
  bodies?: string[];
  connections: number;
  seconds: number;
  idempotent?: boolean;
  /** The server's pid, to read its CPU time (none for several processes). */
  pid?: number;
}): Promise<Timing> {
  const latencies: number[] = [];
  const cpu = (tid?: number) => (options.pid === undefined ? undefined : cpuMsOf(options.pid, tid));
  const cpu0 = cpu();
  const loop0 = cpu(options.pid);
  let failed = 0;
  let sent = 0;
  const bodies = options.bodies;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: options.method,
        path: options.path,
        headers: options.headers,
        body: bodies?.[0],
        setupRequest: (request: { headers?: Record<string, string>; body?: string | Buffer }) => ({
          ...request,
          ...(bodies && { body: bodies[sent++ % bodies.length] }),
          ...(options.idempotent && {
            headers: { ...request.headers, 'idempotency-key': randomUUID() },
          }),
        }),
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else failed++;
  });
  const result = await instance;
  const cpu1 = cpu();
  const loop1 = cpu(options.pid);
  latencies.sort((a, b) => a - b);
  const answered = latencies.length + failed;
  const per = (a?: number, b?: number) =>
    a === undefined || b === undefined ? undefined : (b - a) / answered;
  return {
    rps: latencies.length / result.duration,
    cpuMs: per(cpu0, cpu1),
    loopCpuMs: per(loop0, loop1),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    count: latencies.length,
    failed: failed + result.errors,
    statuses: Object.entries(result.statusCodeStats ?? {})
      .map(([k, v]) => `${k}×${v.count}`)
      .join(' '),
  };
}

/** Demo data, the bench procedure published through the procedure lifecycle, and a dossier state to copy. */
async function prepare(
  store: Store,
  now: number,
): Promise<{ state: string; procedures: [string, string][] }> {
  await seedDemoFast(store, now - 86_400_000);
  const ctx = async (login: string) => {
    const user = await store.findUserByLogin(login);
    return serviceContext(store, await loadActor(store, user!.id), now);
  };
  const designer = await ctx('thietke');
  const approver = await ctx('pheduyet');
  const draft = await createDraft(store, designer, {
    from: 'bundle',
    bundle: { format: 'motcua.procedure-bundle', version: 1, definition: benchProcedure() },
  });
  await submitForApproval(store, designer, { versionId: draft.id });
  await approveVersion(store, approver, { versionId: draft.id });
  await publishVersion(store, approver, { versionId: draft.id });
  const sample = await submitDossier(store, await ctx('motcua'), {
    ...BIRTH,
    channel: 'counter',
    components: requiredOf(BIRTH),
  });
  const row = await store.getDossier({ code: sample.code });
  const { items } = await store.searchProcedures({ words: [], liveOnly: true, limit: 100, offset: 0 });
  return {
    state: JSON.stringify(row!.state),
    procedures: items.map((p) => [p.code, p.liveVersionId!] as [string, string]),
  };
}

async function countDossiers(url: string | undefined, dataDir: string): Promise<number> {
  const store = await openStore({ url, dataDir });
  try {
    return await store.count('dossiers');
  } finally {
    await store.close();
  }
}

const totalOf = (body: Record<string, unknown>) =>
  `${String(body.total)}${body.totalCapped === true ? '+' : ''}`;

function start(dataDir: string, url: string | undefined): Promise<ServerProcess> {
  return startServer({
    dataDir,
    databaseUrl: url,
    nodeArgs: profileDir ? ['--cpu-prof', '--cpu-prof-interval', '250', '--cpu-prof-dir', profileDir] : [],
  });
}

/**
 * Submissions at the counter for SECONDS, after WARM_UP seconds of them, each with its own Idempotency-Key; `server` (its
 * pid, and the database's address on PostgreSQL) to split the CPU spent; `loopPid` for the event loop's share.
 */
async function submitLoad(
  url: string,
  officer: string,
  server: { pid: number; dbUrl?: string },
  loopPid?: number,
  beforeMeasuring?: () => Promise<unknown>,
): Promise<Timing> {
  const run = (seconds: number) =>
    cannon({
      url,
      path: '/api/v1/dossiers',
      method: 'POST',
      headers: { cookie: officer, 'content-type': 'application/json' },
      bodies: WORKING_UNITS.map((unit) => JSON.stringify(benchSubmission(unit))),
      connections: CONNECTIONS,
      seconds,
      idempotent: true,
      pid: loopPid,
    });
  await run(WARM_UP);
  await beforeMeasuring?.();
  const stop = await startCpuMeter(server.pid, server.dbUrl);
  const timing = await run(SECONDS);
  const spent = await stop();
  const answered = timing.count + timing.failed;
  timing.split = {
    serverMs: spent.serverMs / answered,
    dbMs: spent.dbMs / answered,
    clientMs: spent.clientMs / answered,
  };
  return timing;
}

/** The same submissions served by two processes behind one port (`--workers 2`, PostgreSQL). */
async function submissionsByWorkers(dataDir: string, url: string): Promise<Timing> {
  const server = await startServer({ dataDir, databaseUrl: url, args: ['--workers', '2'] });
  try {
    log(
      `pg: submissions with --workers 2, ${SECONDS} s with ${CONNECTIONS} connections (after a ${WARM_UP} s warm-up)`,
    );
    const officer = await login(server.url, 'motcua', demoPassword('motcua'));
    const timing = await submitLoad(server.url, officer, { pid: server.pid, dbUrl: url }, undefined, () =>
      settle(url),
    );
    log(`pg: ${timing.rps.toFixed(0)} submissions/s with two processes, p99 ${timing.p99.toFixed(1)} ms`);
    return timing;
  } finally {
    await server.stop();
  }
}

/** Submissions/s at the counter (a reception officer); returns the server (running: the caller stops it). */
async function submissions(
  figures: Figures,
  dialect: Dialect,
  dataDir: string,
  url: string | undefined,
): Promise<ServerProcess> {
  const server = await start(dataDir, url);
  try {
    log(`${dialect}: server pid ${server.pid} at ${server.url}`);
    const officer = await login(server.url, 'motcua', demoPassword('motcua'));
    const probe = await call(server.url, 'POST', '/api/v1/dossiers', {
      cookie: officer,
      body: benchSubmission(WORKING_UNITS[0]),
      headers: { 'idempotency-key': randomUUID() },
    });
    if (probe.status !== 201)
      throw new Error(`a bench submission was refused: ${JSON.stringify(probe.body)}`);
    log(
      `${dialect}: submissions, ${SECONDS} s with ${CONNECTIONS} connections (after a ${WARM_UP} s warm-up)`,
    );
    // On PostgreSQL, pgbench with the same statements right before and right after the measured run.
    const script =
      url === undefined
        ? undefined
        : await submissionScript(url, String(probe.body.code), WORKING_UNITS.length);
    const pgbench =
      url === undefined || script === undefined
        ? undefined
        : async () => {
            log(`${dialect}: pgbench, the same statements, ${SECONDS} s with ${CONNECTIONS} clients`);
            const result = await runPgbench({
              url,
              script,
              dir: dataDir,
              clients: CONNECTIONS,
              seconds: SECONDS,
            });
            log(
              `${dialect}: pgbench ${result.tps.toFixed(0)} tps (latency ${result.latencyMs.toFixed(1)} ms)`,
            );
            return result;
          };
    let before: PgbenchFigures | undefined;
    figures.submit = await submitLoad(
      server.url,
      officer,
      { pid: server.pid, dbUrl: url },
      server.pid,
      pgbench && (async () => (before = await pgbench())),
    );
    figures.rssAfterSubmit = memoryOf(server.pid);
    log(
      `${dialect}: ${figures.submit.rps.toFixed(0)} submissions/s, p50 ${figures.submit.p50.toFixed(1)} ms, ` +
        `p99 ${figures.submit.p99.toFixed(1)} ms (${figures.submit.statuses}); server RSS peak ` +
        `${figures.rssAfterSubmit?.peakMB.toFixed(0) ?? '?'} MB so far`,
    );
    if (pgbench && before) {
      const after = await pgbench();
      const tps = (before.tps + after.tps) / 2;
      figures.pgbench = { before, after, tps };
      log(
        `${dialect}: the server ${(figures.submit.rps / tps).toFixed(2)} of pgbench's mean, ${tps.toFixed(0)} tps`,
      );
    }
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function benchDialect(dialect: Dialect): Promise<Figures> {
  const figures: Figures = { dialect };
  if (dialect === 'pg' && !(await pgReachable())) {
    figures.skipped = `PostgreSQL not reachable at ${PG_ADMIN}`;
    log(`NOTICE: ${figures.skipped}: PostgreSQL skipped`);
    return figures;
  }
  const db = await createTestDb(dialect, 'bench');
  const { url, dataDir } = db;
  let server: ServerProcess | undefined;
  try {
    log(`${dialect}: preparing the database (${url ?? sqliteFile(dataDir)})`);
    const store = await openStore({ url, dataDir });
    let template: Awaited<ReturnType<typeof prepare>>;
    try {
      template = await prepare(store, Date.now());
    } finally {
      await store.close();
    }

    if (!opts['only-worklist']) {
      server = await submissions(figures, dialect, dataDir, url);
      await server.stop();
      server = undefined;
      if (url !== undefined) figures.submitByWorkers = await submissionsByWorkers(dataDir, url);
    }
    if (opts['only-submissions']) return figures;

    // Worklist at ROWS dossiers.
    const existing = await countDossiers(url, dataDir);
    const rows = Math.max(0, ROWS - existing);
    log(`${dialect}: seeding ${rows.toLocaleString('en')} dossiers (${existing} there already)`);
    const seedStart = Date.now();
    const plan = {
      rows,
      units: WORKING_UNITS, // where the demo specialist works
      procedures: template.procedures,
      state: template.state,
      now: Date.now(),
      onProgress: (done: number, total: number) =>
        log(
          `${dialect}:   ${done.toLocaleString('en')} / ${total.toLocaleString('en')} ` +
            `(${((Date.now() - seedStart) / 1000).toFixed(1)} s)`,
        ),
    };
    if (dialect === 'sqlite') seedSqlite(sqliteFile(dataDir), plan);
    else await seedPg(url!, plan);
    figures.seedSeconds = (Date.now() - seedStart) / 1000;
    figures.dossiers = await countDossiers(url, dataDir);

    server = await start(dataDir, url);
    const specialist = await login(server.url, 'chuyenvien', demoPassword('chuyenvien'));
    const first = await call(server.url, 'GET', '/api/v1/worklist', { cookie: specialist });
    if (first.status !== 200) throw new Error(`worklist refused: ${JSON.stringify(first.body)}`);
    figures.worklistTotal = totalOf(first.body);
    const worklistRun = (connections: number, seconds: number, query = '') =>
      cannon({
        url: server!.url,
        path: `/api/v1/worklist${query}`,
        method: 'GET',
        headers: { cookie: specialist },
        connections,
        seconds,
        pid: server!.pid,
      });
    log(
      `${dialect}: worklist of a specialist in 9 units (${figures.worklistTotal} open tasks of ` +
        `${figures.dossiers.toLocaleString('en')} dossiers), warm-up 2 s`,
    );
    await worklistRun(1, 2);
    const short = Math.max(5, Math.round(SECONDS / 2));
    log(`${dialect}: worklist, ${short} s with 1 connection`);
    figures.worklist1 = await worklistRun(1, short);
    log(`${dialect}: worklist, ${short} s with ${CONNECTIONS} connections`);
    figures.worklistN = await worklistRun(CONNECTIONS, short);
    const oneUnit = `?unit=${BENCH_UNIT}`;
    const narrow = await call(server.url, 'GET', `/api/v1/worklist${oneUnit}`, { cookie: specialist });
    figures.worklistUnitTotal = totalOf(narrow.body);
    log(
      `${dialect}: worklist of one unit (${figures.worklistUnitTotal} open tasks), ${short} s with 1 connection`,
    );
    figures.worklistUnit = await worklistRun(1, short, oneUnit);
    figures.rssAfterWorklist = memoryOf(server.pid);
    log(
      `${dialect}: worklist p95 ${figures.worklist1.p95.toFixed(1)} ms (1 connection), ` +
        `${figures.worklistN.p95.toFixed(1)} ms at ${figures.worklistN.rps.toFixed(0)} req/s (${CONNECTIONS} connections); ` +
        `server RSS peak ${figures.rssAfterWorklist?.peakMB.toFixed(0) ?? '?'} MB`,
    );
    await server.stop();
    server = undefined;
  } finally {
    if (server) await server.kill();
    await db.drop().catch(() => undefined);
  }
  return figures;
}

const cpuOf = (split: CpuSplit) => split.serverMs + split.dbMs + split.clientMs;

function splitText(t: Timing | undefined): string {
  if (t?.split === undefined) return '—';
  const { serverMs, dbMs, clientMs } = t.split;
  return `${serverMs.toFixed(2)} + ${dbMs.toFixed(2)} + ${clientMs.toFixed(2)} = ${cpuOf(t.split).toFixed(2)} ms`;
}

/** The submissions/s this machine's cores could give at the CPU each one cost, and how much of it the run got. */
function ceilingText(t: Timing | undefined): string {
  if (t?.split === undefined) return '—';
  const ceiling = (cpus().length * 1000) / cpuOf(t.split);
  return `${ceiling.toFixed(0)}/s; ${((100 * t.rps) / ceiling).toFixed(0)} %`;
}

function table(all: Figures[]): string {
  const ran = all.filter((f) => !f.skipped);
  const name = (f: Figures) => (f.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL');
  const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : `${n.toFixed(0)} ms`);
  const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');
  const rows: [string, ...string[]][] = [
    ['', ...ran.map(name), 'target'],
    [
      'submissions/s (100 fields, 2 components)',
      ...ran.map((f) =>
        f.submit === undefined
          ? '—'
          : `${f.submit.rps.toFixed(0)}${f.dialect === 'sqlite' ? mark(f.submit.rps >= 1000) : ''}` +
            (f.submit.failed ? ` (${f.submit.failed} failed)` : ''),
      ),
      '≥ 1,000 on SQLite',
    ],
    [
      '  server CPU per submission',
      ...ran.map((f) => (f.submit?.cpuMs === undefined ? '—' : `${f.submit.cpuMs.toFixed(2)} ms`)),
      '',
    ],
    [
      '    of which on the event loop',
      ...ran.map((f) => (f.submit?.loopCpuMs === undefined ? '—' : `${f.submit.loopCpuMs.toFixed(2)} ms`)),
      '≤ 1 ms for 1,000/s',
    ],
    [
      '  latency p50 / p99',
      ...ran.map(
        (f) =>
          `${ms(f.submit?.p50)} / ${ms(f.submit?.p99)}` +
          (f.submit ? mark(f.submit.p99 <= (f.dialect === 'sqlite' ? 50 : 100)) : ''),
      ),
      'p99 ≤ 50 ms on SQLite, ≤ 100 ms on PostgreSQL',
    ],
    ['  CPU per submission: server + database + load generator', ...ran.map((f) => splitText(f.submit)), ''],
    [
      `  ceiling of ${cpus().length} cores at that CPU; share reached`,
      ...ran.map((f) => ceilingText(f.submit)),
      '',
    ],
    [
      '  with two processes (--workers 2), p50 / p99',
      ...ran.map((f) =>
        f.submitByWorkers && f.submit
          ? `${f.submitByWorkers.rps.toFixed(0)}/s${mark(f.submitByWorkers.rps > f.submit.rps)}, ` +
            `${ms(f.submitByWorkers.p50)} / ${ms(f.submitByWorkers.p99)}`
          : '—',
      ),
      'more than one process',
    ],
    ['    CPU per submission', ...ran.map((f) => splitText(f.submitByWorkers)), ''],
    ['    ceiling; share reached', ...ran.map((f) => ceilingText(f.submitByWorkers)), ''],
    [
      '  pgbench, same statements and database: before / after → mean (tps)',
      ...ran.map((f) =>
        f.pgbench
          ? `${f.pgbench.before.tps.toFixed(0)} / ${f.pgbench.after.tps.toFixed(0)} → ${f.pgbench.tps.toFixed(0)}`
          : '—',
      ),
      '',
    ],
    [
      '  server / pgbench',
      ...ran.map((f) =>
        f.pgbench && f.submit
          ? `${(f.submit.rps / f.pgbench.tps).toFixed(2)}${mark(f.submit.rps / f.pgbench.tps >= 0.5)}`
          : '—',
      ),
      '≥ 0.5 on PostgreSQL',
    ],
    ['dossiers in the database', ...ran.map((f) => (f.dossiers ?? 0).toLocaleString('en')), '1,000,000'],
    [
      '  seeded in',
      ...ran.map((f) => (f.seedSeconds === undefined ? '—' : `${f.seedSeconds.toFixed(0)} s`)),
      '',
    ],
    ['worklist, 9 units: open tasks listed', ...ran.map((f) => f.worklistTotal ?? '—'), ''],
    [
      '  p50 / p95 / p99, 1 connection',
      ...ran.map(
        (f) =>
          `${ms(f.worklist1?.p50)} / ${ms(f.worklist1?.p95)} / ${ms(f.worklist1?.p99)}` +
          mark(f.worklist1 && f.worklist1.p95 <= 20),
      ),
      'p95 ≤ 20 ms',
    ],
    [
      '  server CPU per worklist request',
      ...ran.map((f) => (f.worklist1?.cpuMs === undefined ? '—' : `${f.worklist1.cpuMs.toFixed(2)} ms`)),
      '',
    ],
    [
      '  one unit: open tasks; p50 / p95 / p99',
      ...ran.map(
        (f) =>
          `${f.worklistUnitTotal ?? '—'}; ${ms(f.worklistUnit?.p50)} / ${ms(f.worklistUnit?.p95)} / ` +
          `${ms(f.worklistUnit?.p99)}${mark(f.worklistUnit && f.worklistUnit.p95 <= 20)}`,
      ),
      'p95 ≤ 20 ms',
    ],
    [
      `  p95, ${CONNECTIONS} connections (req/s)`,
      ...ran.map((f) => `${ms(f.worklistN?.p95)} (${f.worklistN?.rps.toFixed(0) ?? '—'}/s)`),
      '',
    ],
    [
      'server RSS peak (VmHWM) / now',
      ...ran.map((f) => {
        const m = [f.rssAfterSubmit, f.rssAfterWorklist].filter((x) => x !== undefined);
        if (m.length === 0) return '—';
        const peak = Math.max(...m.map((x) => x.peakMB));
        return `${peak.toFixed(0)} MB / ${m.at(-1)!.rssMB.toFixed(0)} MB${mark(peak <= 300)}`;
      }),
      '≤ 300 MB',
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}

const dialects: Dialect[] = opts.only ? [opts.only as Dialect] : ['sqlite', 'pg'];
console.log(
  `Một Cửa server benchmark: node ${process.version}, ${cpus().length} CPUs, autocannon on 127.0.0.1, ` +
    `${CONNECTIONS} connections, ${SECONDS} s per submission run, ${ROWS.toLocaleString('en')} dossiers`,
);
const load = loadavg()[0];
if (load > 0.5) {
  console.log(
    `NOTICE: load average ${load.toFixed(1)} before starting: other work on this machine will slow the figures ` +
      `(server CPU per request is the least affected).`,
  );
}
// The server builds the web apps in its own process when they are out of date; built here first, that build's
// memory is not counted as the server's.
if (await ensureWebBuild({ quiet: true })) log('built the web apps first');
const results: Figures[] = [];
for (const d of dialects) results.push(await benchDialect(d));
console.log('');
if (results.some((f) => !f.skipped)) console.log(table(results));
for (const f of results) if (f.skipped) console.log(`${f.dialect}: skipped (${f.skipped})`);
if (profileDir) console.log(`\nServer CPU profiles: ${profileDir}`);
console.log(
  `\nTotal time ${elapsed()}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}.`,
);
