/**
 * A submission on a presumed sign-in (server/http/operations/invoke.ts, server/store/presumed.ts), on both
 * dialects: after a session's first request, its submissions do not read it again — their one write checks it —
 * and whatever changed meanwhile, on another server or by raw SQL, is still refused or applied at once, with
 * nothing written twice and no dossier number lost.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { hashToken } from '../../server/auth/tokens.ts';
import { SignInChanged, type NewDossier, type Store } from '../../server/store/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH, requiredOf } from '../support/examples.ts';
import {
  demoPassword,
  errorOf,
  seedDemoFast,
  signIn,
  T0,
  TestClock,
  testServer,
  type TestServer,
} from '../support/http.ts';

const audit = { at: T0, actorId: null, action: 'test.change', target: 'test' };
const COUNTER = { ...BIRTH, channel: 'counter', components: requiredOf(BIRTH) };

await withStores('presumed sign-in', (s) => {
  let other: Store;
  let a: TestServer;
  const clock = new TestClock(T0 + 3_600_000);
  beforeAll(async () => {
    await seedDemoFast(s.store(), T0);
    other = await s.db().open();
    a = await testServer({ store: s.store(), dataDir: s.db().dataDir, clock });
  });
  afterAll(async () => {
    await a?.close();
  });

  /** A fresh session of the counter officer: its cookie and token hash. */
  async function session() {
    const cookie = await signIn(a.app, 'motcua', demoPassword('motcua'));
    return { cookie, tokenHash: hashToken(decodeURIComponent(cookie.split(';')[0].split('=')[1])) };
  }
  const submit = (cookie: string, payload: object = COUNTER) =>
    a.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { cookie, 'idempotency-key': randomUUID() },
      payload,
    });
  const dossiers = async () => Number((await s.db().exec('select count(*) as n from dossiers'))[0].n);
  const numberOf = (code: string) => Number(code.split('-').at(-1));

  /** Spies on the server's store for the time of `body`. */
  async function watching(
    body: (calls: { reads: () => number; writes: () => NewDossier[] }) => Promise<void>,
  ) {
    const reads = vi.spyOn(s.store(), 'getSignedIn');
    const writes = vi.spyOn(s.store(), 'createDossier');
    try {
      await body({
        reads: () => reads.mock.calls.length,
        writes: () => writes.mock.calls.map(([plan]) => plan),
      });
    } finally {
      reads.mockRestore();
      writes.mockRestore();
    }
  }

  it("reads a session for its first submission only, and hands the next ones' writes the sign-in to check", async () => {
    const { cookie, tokenHash } = await session();
    await watching(async ({ reads, writes }) => {
      const codes: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await submit(cookie);
        expect(res.statusCode, res.body).toBe(201);
        codes.push(res.json().code);
      }
      expect(reads()).toBe(1);
      expect(writes().map((plan) => plan.signIn)).toEqual([
        undefined,
        { tokenHash, referenceStamp: await other.referenceStamp(), at: clock.now },
        { tokenHash, referenceStamp: await other.referenceStamp(), at: clock.now },
      ]);
      expect(codes.map(numberOf)).toEqual([1, 2, 3].map((n) => numberOf(codes[0]) + n - 1));
    });
  });

  it('refuses at once a session ended, expired or whose user was disabled elsewhere, and writes nothing', async () => {
    const officer = (await other.findUserByLogin('motcua'))!;
    const cases: [string, (tokenHash: string) => Promise<unknown>, () => Promise<unknown>][] = [
      ['ended', (tokenHash) => other.deleteSession(tokenHash, audit), async () => undefined],
      [
        'expired',
        (tokenHash) =>
          s.db().exec('update sessions set expires_at = ? where token_hash = ?', [T0, tokenHash]),
        async () => undefined,
      ],
      [
        'disabled',
        () => other.updateUser(officer.id, { disabled: true }, audit),
        () => other.updateUser(officer.id, { disabled: false }, audit),
      ],
    ];
    for (const [what, change, undo] of cases) {
      const { cookie, tokenHash } = await session();
      expect((await submit(cookie)).statusCode, what).toBe(201);
      await change(tokenHash);
      const before = await dossiers();
      await watching(async ({ reads, writes }) => {
        const res = await submit(cookie);
        expect(res.statusCode, what).toBe(401);
        expect(errorOf(res).code, what).toBe('UNAUTHENTICATED');
        // The presumed write was refused; the session read then answered.
        expect(
          writes().map((plan) => plan.signIn?.tokenHash),
          what,
        ).toEqual([tokenHash]);
        expect(reads(), what).toBe(1);
      });
      expect(await dossiers(), what).toBe(before);
      await undo();
    }
  });

  it('refuses the write when reference data changed since, and submits once on the stamp read again', async () => {
    const { cookie } = await session();
    const first = await submit(cookie);
    expect(first.statusCode, first.body).toBe(201);
    await other.putCalendar({ id: 'default', spec: { holidays: ['2026-12-24'] }, updatedAt: T0 + 1 }, audit);
    const before = await dossiers();
    await watching(async ({ reads, writes }) => {
      const create = vi.mocked(s.store().createDossier);
      const res = await submit(cookie);
      expect(res.statusCode, res.body).toBe(201);
      expect(reads()).toBe(1);
      expect(writes()).toHaveLength(2);
      await expect(create.mock.results[0].value).rejects.toBeInstanceOf(SignInChanged);
      expect(writes()[1].signIn).toBeUndefined();
      expect(numberOf(res.json().code)).toBe(numberOf(first.json().code) + 1);
    });
    expect(await dossiers()).toBe(before + 1);
    // The stamp read again is presumed from then on.
    await watching(async ({ reads }) => {
      expect((await submit(cookie)).statusCode).toBe(201);
      expect(reads()).toBe(0);
    });
  });

  it('answers a refused form as the ordinary run does, after reading the session', async () => {
    const { cookie } = await session();
    expect((await submit(cookie)).statusCode).toBe(201);
    await watching(async ({ reads, writes }) => {
      const res = await submit(cookie, { ...COUNTER, data: {} });
      expect(res.statusCode).toBe(422);
      expect(errorOf(res).code).toBe('FORM_INVALID');
      expect(reads()).toBe(1);
      expect(writes()).toEqual([]);
    });
  });

  it('replays a submission sent again with its key, on a presumed sign-in too', async () => {
    const { cookie } = await session();
    expect((await submit(cookie)).statusCode).toBe(201);
    const key = randomUUID();
    const send = () =>
      a.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: { cookie, 'idempotency-key': key },
        payload: COUNTER,
      });
    const before = await dossiers();
    await watching(async ({ reads }) => {
      const first = await send();
      const again = await send();
      expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
      expect(again.json().code).toBe(first.json().code);
      expect(reads()).toBe(0);
    });
    expect(await dossiers()).toBe(before + 1);
  });
});
