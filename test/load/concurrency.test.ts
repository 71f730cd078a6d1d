/**
 * Concurrency over real HTTP on 127.0.0.1, against SQLite and a fresh PostgreSQL database: two servers (each on
 * its own connection or pool to the same database, as two processes would be) listen on ephemeral ports.
 * - Two officers act on one task at once: exactly one wins (200), the other gets 409 with the current revision.
 * - 200 concurrent submissions to one unit: 200 distinct codes, numbered 1–200 for the day.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAudit } from '../../server/services/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH, type Submission } from '../support/examples.ts';
import { withFiles } from '../support/uploads.ts';
import {
  addUsers,
  demoPassword,
  seedDemoFast,
  T0,
  TestClock,
  testServer,
  type TestServer,
} from '../support/http.ts';
import { BIRTH_UNIT, call, gapsIn, login, splitCode, type Reply } from './support.ts';

const UNIT = BIRTH_UNIT;
const DAY = 24 * 3_600_000;

await withStores('concurrency over HTTP', (s) => {
  const servers: TestServer[] = [];
  const urls: string[] = [];
  const clock = new TestClock(T0);
  let citizen: string;
  let officers: [string, string];

  beforeAll(async () => {
    const store = s.store();
    await seedDemoFast(store, T0 - 30 * DAY);
    // A second reception officer of the commune: two people who may both take the reception task.
    await addUsers(store, T0 - 30 * DAY, [
      { login: 'motcua2', password: 'motcua2-password', roles: [{ unitCode: UNIT, role: 'reception' }] },
    ]);
    // Two servers, each on its own Store (connection or pool), as two processes would be; one clock.
    for (const own of [store, await s.db().open()]) {
      const server = await testServer({ store: own, dataDir: s.db().dataDir, clock });
      urls.push(await server.app.listen({ port: 0, host: '127.0.0.1' }));
      servers.push(server);
    }
    // Sessions live in the database: a cookie from one server is good on the other.
    citizen = await login(urls[0], 'congdan', demoPassword('congdan'));
    officers = [
      await login(urls[0], 'motcua', demoPassword('motcua')),
      await login(urls[1], 'motcua2', 'motcua2-password'),
    ];
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  /** The citizen's file uploaded through `server`: the body of a submission. */
  const upload = (server: number) => withFiles(urls[server], citizen, BIRTH);
  const submit = (server: number, body: Submission, headers?: Record<string, string>) =>
    call(urls[server], 'POST', '/api/v1/dossiers', { cookie: citizen, body, headers });

  it('lets exactly one of two officers acting on one task at once win; the other gets 409 with the current revision', async () => {
    clock.now = T0;
    const rounds = 12;
    const codes: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const res = await submit(i % 2, await upload(i % 2));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      codes.push(res.body.code as string);
    }
    for (const [i, code] of codes.entries()) {
      // Both at once, each through its own server; which server goes first alternates.
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      const replies = await Promise.all(
        order.map((o) =>
          call(urls[o], 'POST', `/api/v1/dossiers/${code}/actions`, {
            cookie: officers[o],
            body: { action: 'accept', revision: 1 },
          }),
        ),
      );
      const won = replies.filter((r) => r.status === 200);
      const lost = replies.filter((r) => r.status !== 200);
      expect(
        won.length,
        `${code}: ${replies.map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`)}`,
      ).toBe(1);
      expect(won[0].body.revision).toBe(2);
      expect(lost[0].status).toBe(409);
      expect(lost[0].body.error).toMatchObject({
        code: 'REVISION_CONFLICT',
        details: { currentRevision: 2 },
      });
      const row = await s.store().getDossier({ code });
      expect(row!.revision).toBe(2);
      expect((await s.store().listEvents(row!.id)).map((e) => e.event)).toEqual(['submit', 'accept']);
    }
    const accepts = await s.db().exec(`select count(*) as n from audit_log where action = 'dossier.accept'`);
    expect(Number(accepts[0].n)).toBe(rounds);
  });

  it('gives 200 concurrent submissions to one unit 200 distinct codes, numbered 1–200 for the day', async () => {
    clock.now = T0 + DAY; // a day of its own (sessions last 12 hours: sign in again)
    citizen = await login(urls[1], 'congdan', demoPassword('congdan'));
    const count = 200;
    // The files first; then half through each server, all in flight together; a quarter with an Idempotency-Key.
    const bodies: Submission[] = [];
    for (let i = 0; i < count; i++) bodies.push(await upload(i % 2));
    const replies: Reply[] = await Promise.all(
      bodies.map((body, i) =>
        submit(i % 2, body, i % 4 === 0 ? { 'idempotency-key': `concurrent-${i}` } : undefined),
      ),
    );
    const failed = replies.filter((r) => r.status !== 201);
    expect(failed.map((r) => JSON.stringify(r.body)).slice(0, 3)).toEqual([]);
    const codes = replies.map((r) => r.body.code as string);
    expect(new Set(codes).size).toBe(count);
    const prefix = `${UNIT}-261124`;
    expect(codes.every((c) => splitCode(c).prefix === prefix)).toBe(true);
    expect(gapsIn(codes)).toEqual([]);
    const stored = await s.db().exec(`select code from dossiers where code like ?`, [`${prefix}-%`]);
    expect(stored.map((r) => r.code as string).sort()).toEqual([...codes].sort());
    const [sequence] = await s
      .db()
      .exec(`select last from dossier_sequences where unit_code = ? and day = ?`, [UNIT, '261124']);
    expect(Number(sequence.last)).toBe(count);
    const report = await verifyAudit(s.store());
    expect(report.ok, JSON.stringify(report.firstTampered)).toBe(true);
  });
});
