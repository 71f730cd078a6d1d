/**
 * Crash: a load loop submits dossiers with Idempotency-Keys to a server process; the server is killed with SIGKILL
 * while requests are in flight (twice) and restarted on the same data; the client retries what was not
 * acknowledged, with the same keys. Afterwards every acknowledged submission is there with the code it was given,
 * none is there twice, and `motcua audit verify` finds every hash chain intact. SQLite and PostgreSQL; and on
 * PostgreSQL, two workers behind one port (`--workers 2`) of which one is killed mid-load (twice): the other goes
 * on serving, and the primary starts a new one in its place.
 */
import { describe, expect, it } from 'vitest';
import { createTestDb, testDialects, type Dialect } from '../support/db.ts';
import { BIRTH, type Submission } from '../support/examples.ts';
import { demoPassword, seedDemoFast, T0 } from '../support/http.ts';
import { withFiles } from '../support/uploads.ts';
import { readFileSync } from 'node:fs';
import { allowedCpus } from '../../server/cpu-affinity.ts';
import {
  call,
  CLI,
  login,
  pool,
  run,
  startServer,
  until,
  type Reply,
  type ServerProcess,
} from './support.ts';

const SUBMISSIONS = 240;
/** Acknowledged submissions after which the server is killed, one kill per round. */
const KILL_AT = [60, 150];
const WORKERS = 12;

const available = await testDialects();

/** The pids of a process's children (Linux): the workers of a `--workers N` primary. */
const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

interface Deployment {
  name: string;
  dialect: Dialect;
  args: string[];
  /** Kills (SIGKILL) mid-load and answers the server that serves afterwards. */
  crash(server: ServerProcess, start: () => Promise<ServerProcess>): Promise<ServerProcess>;
}

const DEPLOYMENTS: Deployment[] = [
  ...(['sqlite', 'pg'] as Dialect[]).map((dialect) => ({
    name: dialect,
    dialect,
    args: [],
    async crash(server: ServerProcess, start: () => Promise<ServerProcess>) {
      expect(await server.kill()).toMatchObject({ signal: 'SIGKILL' });
      return start();
    },
  })),
  {
    name: 'pg, --workers 2',
    dialect: 'pg',
    args: ['--workers', '2'],
    async crash(server) {
      const replaced = () => server.output().match(/replacement worker is serving/g)?.length ?? 0;
      const before = replaced();
      // Each worker runs on a CPU of its own (where there are two), and its replacement on the same one.
      const pinned = () =>
        until(10_000, 50, async () => {
          const cpus = childrenOf(server.pid).map((pid) => allowedCpus(`/proc/${pid}/status`));
          return cpus.length === 2 && cpus.every((c) => c.length === 1) ? cpus.flat() : undefined;
        });
      const [victim] = childrenOf(server.pid);
      const cpus = await pinned();
      expect(new Set(cpus).size).toBe(Math.min(2, allowedCpus().length));
      process.kill(victim, 'SIGKILL');
      // The primary starts another in its place, which serves beside the one that never stopped.
      await until(60_000, 100, async () => (replaced() > before ? true : undefined));
      expect(childrenOf(server.pid)).toHaveLength(2);
      expect(childrenOf(server.pid)).not.toContain(victim);
      expect((await pinned()).sort()).toEqual([...cpus].sort());
      return server;
    },
  },
];

for (const deployment of DEPLOYMENTS) {
  const { dialect } = deployment;
  describe.skipIf(!available.includes(dialect))(`crash and restart (${deployment.name})`, () => {
    it('keeps every acknowledged submission, none twice, and every audit chain intact', async () => {
      const db = await createTestDb(dialect);
      let server: ServerProcess | undefined;
      try {
        const seeding = await db.open();
        await seedDemoFast(seeding, T0);
        await seeding.close();
        const start = () => startServer({ dataDir: db.dataDir, databaseUrl: db.url, args: deployment.args });
        server = await start();
        // The session is a row in the database: it outlives the server processes.
        const cookie = await login(server.url, 'congdan', demoPassword('congdan'));
        // Each submission's file, uploaded first: a retry sends the same body with the same key.
        const bodies: Submission[] = [];
        for (let i = 0; i < SUBMISSIONS; i++) bodies.push(await withFiles(server.url, cookie, BIRTH));

        const deadline = Date.now() + 90_000;
        const acked = new Map<number, string>();
        const unexpected: Reply[] = [];
        let replays = 0;
        let lost = 0;
        for (let round = 0; acked.size < SUBMISSIONS && round <= KILL_AT.length; round++) {
          if (Date.now() > deadline) break;
          const url = server.url;
          const unacknowledged = Array.from({ length: SUBMISSIONS }, (_, i) => i).filter(
            (i) => !acked.has(i),
          );
          const killAt = KILL_AT[round];
          let killing: Promise<ServerProcess> | undefined;
          await pool(unacknowledged.length, WORKERS, deadline, async (k) => {
            if (killing) return 'stop';
            const i = unacknowledged[k];
            let res: Reply;
            try {
              res = await call(url, 'POST', '/api/v1/dossiers', {
                cookie,
                body: bodies[i],
                headers: { 'idempotency-key': `crash-${i}` },
              });
            } catch {
              lost++; // no answer: unacknowledged, sent again with the same key next round
              return 'stop';
            }
            if (res.status === 201 || res.status === 200) {
              acked.set(i, res.body.code as string);
              if (res.status === 200) replays++;
            } else unexpected.push(res);
            if (killAt !== undefined && acked.size >= killAt && !killing) {
              // Mid-run: the other workers' requests are in flight.
              killing = deployment.crash(server!, start);
              return 'stop';
            }
          });
          if (killing) server = await killing;
        }
        expect(unexpected.map((r) => r.body)).toEqual([]);
        expect(acked.size).toBe(SUBMISSIONS);
        console.log(
          `crash (${deployment.name}): ${SUBMISSIONS} acknowledged over ${KILL_AT.length} kills; ` +
            `${lost} requests unanswered and retried, ${replays} answered as replays`,
        );
        expect((await server.stop()).code).toBe(0);
        server = undefined;

        // Every acknowledged code is stored under its key, and nothing else: none twice.
        const keys = await db.exec(`select key, response from idempotency_keys`);
        // JSON columns: jsonb (parsed by pg) or text (SQLite).
        const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as { code: string };
        const byKey = new Map(keys.map((r) => [r.key as string, json(r.response).code]));
        for (const [i, code] of acked) expect(byKey.get(`crash-${i}`), `crash-${i}`).toBe(code);
        expect(byKey.size).toBe(SUBMISSIONS);
        const dossiers = (await db.exec('select code from dossiers')).map((r) => r.code as string);
        expect(dossiers.length).toBe(SUBMISSIONS);
        expect(new Set(dossiers)).toEqual(new Set(acked.values()));

        const verify = run(CLI, ['audit', 'verify', '--json'], {
          DATABASE_URL: db.url ?? '',
          MOTCUA_DATA_DIR: db.dataDir,
        });
        const exit = await verify.waitExit(60_000);
        expect(exit.code, verify.output()).toBe(0);
        const report = JSON.parse(verify.output().slice(verify.output().indexOf('{'))) as {
          ok: boolean;
          checked: { dossiers: number; events: number };
        };
        expect(report.ok).toBe(true);
        expect(report.checked.dossiers).toBe(SUBMISSIONS);
      } finally {
        if (server) await server.kill();
        await db.drop();
      }
    }, 150_000);
  });
}
