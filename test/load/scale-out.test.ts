/**
 * Scale-out: two server processes (`node bin/start.js`, the first with --demo) on one fresh PostgreSQL database,
 * each with its own timer scheduler ticking every 100 ms. They take submissions and actions side by side; every
 * due timer fires exactly once across the two; dossier codes stay unique and consecutive.
 *
 * Due timers come from dossiers submitted and accepted in the past (through the services, at past instants, on the
 * test's own connection): some before the servers start, more while they run, and some are acted on over HTTP
 * while the schedulers fire them. PostgreSQL only (SQLite is one process); skipped with a notice when PostgreSQL
 * is unreachable, a failure under MOTCUA_STRICT_TESTS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, loadActor, serviceContext, submitDossier, verifyAudit } from '../../server/services/index.ts';
import type { Store } from '../../server/store/index.ts';
import { createTestDb, testDialects, type TestDb } from '../support/db.ts';
import { BIRTH, PERMIT, requiredOf, type Submission } from '../support/examples.ts';
import { demoPassword, seedDemoFast } from '../support/http.ts';
import { withFiles } from '../support/uploads.ts';
import { call, gapsIn, login, pool, startServer, until, type Reply, type ServerProcess } from './support.ts';

const TIMER_EVENTS = new Set(['step_overdue', 'due_warning', 'overdue', 'consult_timeout']);
const MINUTE = 60_000;
const DAY = 86_400_000;

/** A Monday 08:00 in Hà Nội at least eight weeks ago: everything its dossiers schedule is long due. */
function pastMonday(): number {
  const vn = 7 * 3_600_000;
  const midnight = Math.floor((Date.now() + vn) / DAY) * DAY - vn - 56 * DAY;
  const weekday = new Date(midnight + vn).getUTCDay(); // 0 Sunday … 6 Saturday, in Vietnam
  return midnight - ((weekday + 6) % 7) * DAY + 8 * 3_600_000;
}

const available = await testDialects();

describe.skipIf(!available.includes('pg'))('two server processes on one PostgreSQL database', () => {
  let db: TestDb;
  let store: Store;
  const servers: ServerProcess[] = [];
  const past = pastMonday();
  /** Past dossiers: U never accepted (1 timer), A accepted in the past (3 timers), R accepted over HTTP now. */
  const groups = { U: [] as string[], A: [] as string[], R: [] as string[], L: [] as string[] };
  const cookies: Record<string, string> = {};

  const ctxOf = async (login: string, at: number) => {
    const user = await store.findUserByLogin(login);
    return serviceContext(store, await loadActor(store, user!.id), at);
  };
  /** A permit handed in at the counter at `at` (past), optionally accepted an hour later. */
  const pastPermit = async (at: number, accept: boolean): Promise<string> => {
    const reception = await ctxOf('motcua', at);
    const { code } = await submitDossier(store, reception, {
      ...PERMIT, // house-building permit: reception 1 working day, appraisal 10, 15 in all
      channel: 'counter',
      components: requiredOf(PERMIT),
    });
    if (accept)
      await act(store, await ctxOf('motcua', at + 60 * MINUTE), { code, action: 'accept', revision: 1 });
    return code;
  };

  beforeAll(async () => {
    db = await createTestDb('pg');
    store = await db.open();
    await seedDemoFast(store, past - 30 * DAY);
    // Many more due timers than one scheduler claims in a tick (TIMER_BATCH): whichever ticks first cannot take all.
    for (let i = 0; i < 30; i++) groups.U.push(await pastPermit(past + i * MINUTE, false));
    for (let i = 0; i < 30; i++) groups.A.push(await pastPermit(past + (40 + i) * MINUTE, true));
    for (let i = 0; i < 20; i++) groups.R.push(await pastPermit(past + (80 + i) * MINUTE, false));
    const env = { TIMER_TICK_MS: '100', TIMER_BATCH: '10', MOTCUA_SECRET: 'scale-out-test-secret' };
    servers.push(
      ...(await Promise.all([
        startServer({ dataDir: db.dataDir, databaseUrl: db.url, args: ['--demo'], env }),
        startServer({ dataDir: db.dataDir, databaseUrl: db.url, env }),
      ])),
    );
    // Sessions are rows in the shared database: signed in on one server, good on both.
    for (const [i, who] of ['congdan', 'motcua', 'chuyenvien', 'lanhdao'].entries()) {
      cookies[who] = await login(servers[i % 2].url, who, demoPassword(who));
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => (s.child.exitCode === null ? s.kill() : undefined)));
    await db?.drop();
  });

  const post = (server: number, path: string, who: string, body: unknown, headers?: Record<string, string>) =>
    call(servers[server % 2].url, 'POST', path, { cookie: cookies[who], body, headers });

  it('takes submissions and actions on both servers side by side; codes stay unique', async () => {
    const deadline = Date.now() + 60_000;
    /** The citizen's file, uploaded through `server`: the body of a submission. */
    const upload = (server: number) => withFiles(servers[server % 2].url, cookies.congdan, BIRTH);
    const submit = (server: number, body: Submission, headers?: Record<string, string>) =>
      post(server, '/api/v1/dossiers', 'congdan', body, headers);
    // 40 plain submissions alternating servers, and 8 retried ones sent to both servers at once with one key.
    const plain: Reply[] = [];
    const keyed: [Reply, Reply][] = [];
    await pool(48, 16, deadline, async (i) => {
      if (i < 40) plain.push(await submit(i, await upload(i)));
      else {
        const key = { 'idempotency-key': `scale-out-${i}` };
        const body = await upload(i);
        keyed.push((await Promise.all([submit(0, body, key), submit(1, body, key)])) as [Reply, Reply]);
      }
    });
    expect(plain.filter((r) => r.status !== 201).map((r) => r.body)).toEqual([]);
    expect(plain).toHaveLength(40);
    expect(keyed).toHaveLength(8);
    for (const pair of keyed) {
      expect(pair.map((r) => r.status).sort()).toEqual([200, 201]);
      expect(pair[0].body.code).toBe(pair[1].body.code);
    }
    const submitted = [...plain, ...keyed.map((p) => p[0])].map((r) => r.body);
    const codes = submitted.map((b) => b.code as string);
    expect(new Set(codes).size).toBe(48);

    // 24 dossiers go all the way, each step through the other server than the last.
    const steps = (fees: number) =>
      [
        ['motcua', 'accept', undefined],
        ['motcua', 'pay', { amount: fees, method: 'counter', reference: 'SCALE-OUT' }],
        ['chuyenvien', 'complete', undefined],
        ['lanhdao', 'approve', undefined],
        ['lanhdao', 'issue_result', undefined],
        ['motcua', 'deliver_result', { method: 'counter' }],
      ] as const;
    const finals: Reply[] = [];
    await pool(24, 12, deadline, async (i) => {
      const code = codes[i];
      let revision = 1;
      let last: Reply | undefined;
      for (const [s, [who, action, input]] of steps(
        (submitted[i].fees as { total: number }).total,
      ).entries()) {
        last = await post(i + s, `/api/v1/dossiers/${code}/actions`, who, {
          action,
          revision,
          ...(input && { input }),
        });
        if (last.status !== 200) break;
        revision = last.body.revision as number;
      }
      finals.push(last!);
    });
    expect(finals.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    expect(finals.map((r) => [r.body.status, r.body.revision])).toEqual(
      Array.from({ length: 24 }, () => ['completed', 7]),
    );

    // The other 24: both servers accept the same dossier at once; exactly one wins.
    const races: Reply[][] = [];
    await pool(24, 12, deadline, async (i) => {
      const code = codes[24 + i];
      races.push(
        await Promise.all(
          [0, 1].map((s) =>
            post(s, `/api/v1/dossiers/${code}/actions`, 'motcua', { action: 'accept', revision: 1 }),
          ),
        ),
      );
    });
    expect(races).toHaveLength(24);
    for (const race of races) {
      expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(race.find((r) => r.status === 409)!.body.error).toMatchObject({
        code: 'REVISION_CONFLICT',
        details: { currentRevision: 2 },
      });
    }

    const all = (await db.exec('select code from dossiers')).map((r) => r.code as string);
    expect(new Set(all).size).toBe(all.length);
    expect(gapsIn(all)).toEqual([]);
  }, 90_000);

  it('fires every due timer exactly once across the two processes', async () => {
    const deadline = Date.now() + 60_000;
    // More due timers while both run, and accepts over HTTP racing the schedulers on group R.
    const live = (async () => {
      for (let i = 0; i < 30; i++) groups.L.push(await pastPermit(past + DAY + i * MINUTE, false));
    })();
    const accepted: Reply[] = [];
    await pool(groups.R.length, 5, deadline, async (i) => {
      const code = groups.R[i];
      // The scheduler may fire the reception's overdue first: then accept again at the revision it left.
      let revision = 1;
      for (let attempt = 0; attempt < 5; attempt++) {
        const res = await post(i + attempt, `/api/v1/dossiers/${code}/actions`, 'motcua', {
          action: 'accept',
          revision,
        });
        if (res.status === 409) {
          revision = res.body.error!.details!.currentRevision as number;
          continue;
        }
        accepted.push(res);
        break;
      }
    });
    await live;
    expect(accepted.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    expect(accepted).toHaveLength(groups.R.length);

    // Bounded wait for the children's schedulers: no due timer left unfired.
    const now = Date.now();
    await until(60_000, 200, async () => {
      const [left] = await db.exec(
        'select count(*) as n from timers where fired_at is null and fire_at <= ?',
        [now],
      );
      return Number(left.n) === 0 ? true : undefined;
    });

    const timers = await db.exec(
      'select t.id, t.timer, t.fired_at, t.leased_by, d.code from timers t join dossiers d on d.id = t.dossier_id',
    );
    const fired = await db.exec(`select target, payload from audit_log where action = 'dossier.timer'`);
    const firedKeys = fired.map((r) => `${r.target} ${(r.payload as { timer: string }).timer}`);
    // Nothing fired twice…
    expect(firedKeys.length - new Set(firedKeys).size).toBe(0);
    // …each timer marked fired was fired (not left as stale), once…
    const firedSet = new Set(firedKeys);
    const markedNotFired = timers.filter((t) => t.fired_at !== null && !firedSet.has(`${t.code} ${t.timer}`));
    expect(markedNotFired).toEqual([]);
    // …one history event per firing…
    const events = await db.exec(
      'select d.code, e.event from dossier_events e join dossiers d on d.id = e.dossier_id order by d.code, e.seq',
    );
    const perCode = new Map<string, string[]>();
    for (const e of events)
      perCode.set(e.code as string, [...(perCode.get(e.code as string) ?? []), e.event as string]);
    const timerEvents = events.filter((e) => TIMER_EVENTS.has(e.event as string)).length;
    expect(timerEvents).toBe(fired.length);
    // …and what each group should have, whatever the order the two schedulers fired in.
    const sorted = (code: string) => [...perCode.get(code)!].sort();
    for (const code of [...groups.U, ...groups.L])
      expect(sorted(code), code).toEqual(['step_overdue', 'submit']);
    for (const code of groups.A)
      expect(sorted(code), code).toEqual(['accept', 'due_warning', 'overdue', 'step_overdue', 'submit']);
    for (const code of groups.R) {
      const list = perCode.get(code)!;
      // The reception's overdue fired before the accept, or the accept cleared it: never both, never after.
      expect(list.filter((e) => e === 'step_overdue').length, code).toBeLessThanOrEqual(1);
      expect(list.filter((e) => e === 'accept')).toEqual(['accept']);
      expect(list.indexOf('step_overdue'), code).toBeLessThan(list.indexOf('accept') + 1);
    }
    // Both processes did some of the work (a lease names its holder; the row keeps it once fired).
    const byOwner = new Map<unknown, number>();
    for (const t of timers)
      if (t.fired_at !== null) byOwner.set(t.leased_by, (byOwner.get(t.leased_by) ?? 0) + 1);
    console.log(
      `scale-out: ${fired.length} timers fired once each; rows still held, by process: ` +
        [...byOwner].map(([owner, n]) => `${owner} ${n}`).join(', '),
    );
    const logs = servers.map((s) => `pid ${s.pid}:\n${s.output().slice(-3000)}`).join('\n');
    expect(logs).not.toMatch(/timer tick failed/);
    expect(byOwner.size, `${[...byOwner.keys()].join(', ')}\n${logs}`).toBe(2);
    expect(fired.length).toBeGreaterThanOrEqual(30 + 90 + 30);

    const codes = (await db.exec('select code from dossiers')).map((r) => r.code as string);
    expect(gapsIn(codes)).toEqual([]);
    const report = await verifyAudit(store);
    expect(report.ok, JSON.stringify(report.firstTampered)).toBe(true);
  }, 120_000);

  it('stops both cleanly on SIGTERM', async () => {
    const exits = await Promise.all(servers.map((s) => s.stop()));
    expect(exits.map((e) => e.code)).toEqual([0, 0]);
  }, 60_000);
});
