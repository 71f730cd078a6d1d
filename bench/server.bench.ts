/**
 * `npm run bench:server`: the server as a process (`node bin/start.js`, as `npm start` runs it) on 127.0.0.1, under
 * the bench's own load generator (bench/http-load.ts), on SQLite (temporary directory) and on PostgreSQL (a fresh
 * database on 127.0.0.1:5432, dropped afterwards):
 * - submissions/s with p50/p99 for a 100-field form with two components, each request with its own
 *   Idempotency-Key, entered at the counter by a reception officer of the nine demo units, the submissions spread
 *   over the nine in turn (a province receives in a hundred units at once; one unit's daily code sequence and audit
 *   chain take its submissions one at a time);
 * - worklist latency (p50/p95/p99) with 1,000,000 dossiers in the database (bulk-seeded, bench/server-seed.ts),
 *   for a specialist who works in the nine demo units;
 * - the server's resident memory (VmHWM, VmRSS from /proc/<pid>/status);
 * - on PostgreSQL, the same submissions served by two processes (`--workers 2`), and pgbench running the statements
 *   of a submission on the same database (bench/pgbench.ts) with as many clients: the three measured in turn, in
 *   slices (pgbench, one process, two processes, round after round, and pgbench once more; which server goes first
 *   alternates), so that this VM's drift, seen to move pgbench by half within a minute, weighs on all three alike;
 *   the servers' rates and pgbench's mean side by side. Each slice starts on a vacuumed and checkpointed database,
 *   so that none pays for the rows another left behind. The server not measured is idle meanwhile: its timer ticks
 *   are the only work it adds, to the database's share.
 *
 * Options: --only sqlite|pg, --rows <total dossiers> (1000000), --seconds <per measurement> (15), --rounds <slices
 * a PostgreSQL measurement is cut into> (3), --warm-up <seconds of submissions before they are measured> (30: a
 * process just started compiles its hot paths and sizes its heap for tens of seconds), --connections <n> (10),
 * --cpu-prof (writes the one-process server's CPU profiles to a temporary directory), --only-worklist (skips the
 * submissions: seeds and measures the worklist only), --only-submissions (skips the worklist).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
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
import { call, login, memoryOf, startServer, type ServerProcess } from '../test/load/support.ts';
import { ensureWebBuild } from '../bin/build-web.ts';
import { BENCH_UNIT, benchProcedure, benchSubmission } from './server-procedure.ts';
import { runPgbench, settle, submissionScript, type PgbenchFigures } from './pgbench.ts';
import { startCpuMeter, type CpuSplit } from './cpu-meter.ts';
import { loadRun, timingOf, type Sample, type Timing } from './load-run.ts';
import { seedPg, seedSqlite } from './server-seed.ts';

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    rows: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '15' },
    'warm-up': { type: 'string', default: '30' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    'cpu-prof': { type: 'boolean', default: false },
    'only-worklist': { type: 'boolean', default: false },
    'only-submissions': { type: 'boolean', default: false },
  },
});
const ROWS = Number(opts.rows);
const SECONDS = Number(opts.seconds);
const WARM_UP = Number(opts['warm-up']);
const CONNECTIONS = Number(opts.connections);
const ROUNDS = Number(opts.rounds);
const profileDir = opts['cpu-prof'] ? mkdtempSync(join(tmpdir(), 'motcua-bench-prof-')) : undefined;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[${elapsed().padStart(5)}] ${line}`);

interface Figures {
  dialect: Dialect;
  submit?: Timing;
  /** PostgreSQL: the same with `--workers 2`. */
  submitByWorkers?: Timing;
  /** PostgreSQL: pgbench with a submission's statements on the same database, its slices' tps between the servers'. */
  pgbench?: { slices: number[]; tps: number };
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

/** A server under the bench's submissions, and the reception officer's session that enters them. */
interface Target {
  name: string;
  server: ServerProcess;
  officer: string;
  /** The process whose threads' CPU is read for the event loop's share (none for several processes). */
  loopPid?: number;
}

async function target(name: string, server: ServerProcess, oneProcess: boolean): Promise<Target> {
  const officer = await login(server.url, 'motcua', demoPassword('motcua'));
  return { name, server, officer, loopPid: oneProcess ? server.pid : undefined };
}

/** Submissions at the counter for `seconds`, each with its own Idempotency-Key, spread over the nine units. */
const submit = (t: Target, seconds: number) =>
  loadRun({
    url: t.server.url,
    path: '/api/v1/dossiers',
    method: 'POST',
    headers: { cookie: t.officer, 'content-type': 'application/json' },
    bodies: WORKING_UNITS.map((unit) => JSON.stringify(benchSubmission(unit))),
    connections: CONNECTIONS,
    seconds,
    idempotent: true,
    pid: t.loopPid,
  });

/**
 * A measured run: on PostgreSQL it starts on a settled database (bench/pgbench.ts) after a second of submissions
 * not measured, and the CPU spent is split between the server, the database's backends and this process. The
 * second stands for the connections pgbench makes before it counts: an idle server's pool has closed its
 * connections after ten seconds, and each new backend compiles the write functions again.
 */
async function measured(t: Target, seconds: number, dbUrl?: string): Promise<Sample> {
  if (dbUrl !== undefined) {
    await submit(t, 1);
    await settle(dbUrl);
  }
  const stop = await startCpuMeter(t.server.pid, dbUrl);
  const sample = await submit(t, seconds);
  return { ...sample, split: await stop() };
}

/** One submission first, which must be accepted; its code (pgbench copies its rows). */
async function probe(t: Target): Promise<string> {
  const answer = await call(t.server.url, 'POST', '/api/v1/dossiers', {
    cookie: t.officer,
    body: benchSubmission(WORKING_UNITS[0]),
    headers: { 'idempotency-key': randomUUID() },
  });
  if (answer.status !== 201)
    throw new Error(`a bench submission was refused: ${JSON.stringify(answer.body)}`);
  return String(answer.body.code);
}

const rate = (s: Sample) => (s.latencies.length / s.seconds).toFixed(0);

function logSubmissions(dialect: Dialect, figures: Figures, server: ServerProcess) {
  figures.rssAfterSubmit = memoryOf(server.pid);
  const t = figures.submit!;
  log(
    `${dialect}: ${t.rps.toFixed(0)} submissions/s, p50 ${t.p50.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms ` +
      `(${t.statuses}); server RSS peak ${figures.rssAfterSubmit?.peakMB.toFixed(0) ?? '?'} MB so far`,
  );
}

/** SQLite: submissions/s at the counter; returns the server (running: the caller stops it). */
async function sqliteSubmissions(figures: Figures, dataDir: string): Promise<ServerProcess> {
  const server = await start(dataDir, undefined);
  try {
    log(`sqlite: server pid ${server.pid} at ${server.url}`);
    const one = await target('one process', server, true);
    await probe(one);
    log(`sqlite: submissions, ${SECONDS} s with ${CONNECTIONS} connections (after a ${WARM_UP} s warm-up)`);
    await submit(one, WARM_UP);
    figures.submit = timingOf([await measured(one, SECONDS)]);
    logSubmissions('sqlite', figures, server);
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * PostgreSQL: one process, two (`--workers 2`) and pgbench with a submission's statements, each in ROUNDS slices
 * taken in turn on the same database, so that the machine's drift weighs on the three alike; returns the one-process
 * server (running: the caller stops it).
 */
async function pgSubmissions(figures: Figures, dataDir: string, url: string): Promise<ServerProcess> {
  const server = await start(dataDir, url);
  let workers: ServerProcess | undefined;
  try {
    workers = await startServer({ dataDir, databaseUrl: url, args: ['--workers', '2'] });
    log(`pg: one process (pid ${server.pid}) at ${server.url}, two processes at ${workers.url}`);
    const one = await target('one process', server, true);
    const two = await target('two processes', workers, false);
    const script = await submissionScript(url, await probe(one), WORKING_UNITS.length);
    for (const t of [one, two]) {
      log(`pg: ${t.name}: a ${WARM_UP} s warm-up with ${CONNECTIONS} connections`);
      await submit(t, WARM_UP);
    }
    const slice = Math.max(1, Math.round(SECONDS / ROUNDS));
    log(
      `pg: ${ROUNDS} rounds of ${slice} s slices with ${CONNECTIONS} connections or clients: pgbench, ` +
        'one process and two in turn, then pgbench once more',
    );
    const pgbench: PgbenchFigures[] = [];
    const samples = new Map<Target, Sample[]>([
      [one, []],
      [two, []],
    ]);
    for (let round = 0; ; round++) {
      const p = await runPgbench({ url, script, dir: dataDir, clients: CONNECTIONS, seconds: slice });
      pgbench.push(p);
      log(`pg: pgbench ${p.tps.toFixed(0)} tps (latency ${p.latencyMs.toFixed(1)} ms)`);
      if (round === ROUNDS) break;
      // Which server goes first alternates, so that neither always runs right after pgbench.
      for (const t of round % 2 === 0 ? [one, two] : [two, one]) {
        const sample = await measured(t, slice, url);
        samples.get(t)!.push(sample);
        log(`pg: ${t.name}: ${rate(sample)} submissions/s`);
      }
    }
    figures.submit = timingOf(samples.get(one)!);
    figures.submitByWorkers = timingOf(samples.get(two)!);
    const tps = pgbench.reduce((sum, p) => sum + p.tps, 0) / pgbench.length;
    figures.pgbench = { slices: pgbench.map((p) => p.tps), tps };
    logSubmissions('pg', figures, server);
    log(
      `pg: two processes ${figures.submitByWorkers.rps.toFixed(0)} submissions/s, p99 ` +
        `${figures.submitByWorkers.p99.toFixed(1)} ms; one process ${(figures.submit.rps / tps).toFixed(2)} of ` +
        `pgbench's mean, ${tps.toFixed(0)} tps`,
    );
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    await workers?.stop();
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
      server =
        url === undefined
          ? await sqliteSubmissions(figures, dataDir)
          : await pgSubmissions(figures, dataDir, url);
      await server.stop();
      server = undefined;
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
    const worklistRun = async (connections: number, seconds: number, query = '') =>
      timingOf([
        await loadRun({
          url: server!.url,
          path: `/api/v1/worklist${query}`,
          method: 'GET',
          headers: { cookie: specialist },
          connections,
          seconds,
          pid: server!.pid,
        }),
      ]);
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
      '  pgbench, same statements and database, slices → mean (tps)',
      ...ran.map((f) =>
        f.pgbench
          ? `${f.pgbench.slices.map((tps) => tps.toFixed(0)).join(' / ')} → ${f.pgbench.tps.toFixed(0)}`
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
  `Một Cửa server benchmark: node ${process.version}, ${cpus().length} CPUs, load from 127.0.0.1, ` +
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
