/**
 * The public status lookup (REST and tRPC): only status and timeline, nothing personal; throttled per client
 * address, every lookup counted and codes that match nothing counted apart and audited, in the database that every
 * server process shares (both dialects).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { cookieJar, errorOf, testServer, type TestServer } from '../support/http.ts';
import { trpcReply } from '../support/trpc.ts';
import { demoServer } from './demo-server.ts';
import { submitOnline } from './online-submission.ts';

const WINDOW = 15 * 60_000;
const LIMITS = { perAddress: 8, missesPerAddress: 3 };
const birth = scenario('birth-registration');

await withStores('public lookup', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;
  /** A birth registration submitted, accepted and paid at the counter. */
  let code: string;
  let run = 0;
  /** An address of the test's own: the suite's database is shared by its tests. */
  const address = () => `10.8.${suite.dialect === 'pg' ? 1 : 0}.${++run}`;

  const rest = (from: string, looked: string, app = server.app) =>
    app.inject({ method: 'GET', url: `/api/v1/dossiers/${looked}`, remoteAddress: from });
  const trpc = (from: string, looked: string) =>
    server.app.inject({
      method: 'GET',
      url: `/trpc/dossiers.lookup?input=${encodeURIComponent(JSON.stringify({ code: looked }))}`,
      remoteAddress: from,
    });
  const audit = () => suite.store().count('auditLog');
  /** The last seq of the `system` audit chain, where lookups are audited. */
  const systemSeq = async () =>
    (await suite.store().auditHeads()).find((h) => h.chain === 'system')?.seq ?? 0;
  /** Codes of the same unit and day, in sequence, that match no dossier. */
  const guesses = (n: number) =>
    Array.from({ length: n }, (_, i) => code.replace(/\d{4}$/, String(9000 + i).padStart(4, '0')));

  beforeAll(async () => {
    server = await demoServer(suite, { lookupLimits: LIMITS });
    cookie = cookieJar(server.app);
    server.clock.now = Date.parse(birth.submit.at);
    const submitted = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
    expect(submitted.statusCode, submitted.body).toBe(201);
    code = submitted.json().code;
    const steps = [
      { action: 'accept', revision: 1 },
      { action: 'pay', revision: 2, input: { amount: 16000, method: 'counter', reference: 'BL-SECRET-77' } },
    ];
    for (const step of steps) {
      const res = await server.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${code}/actions`,
        headers: { cookie: await cookie('motcua') },
        payload: step,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  });
  afterAll(() => server.close());

  it('answers status and timeline only: no form data, no person, no receipt, no QR token', async () => {
    const res = await rest(address(), code);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        'code',
        'dueAt',
        'finishedAt',
        'procedure',
        'receivedAt',
        'status',
        'submittedAt',
        'timeline',
        'timing',
        'unit',
      ].sort(),
    );
    expect(body.procedure).toEqual({
      code: '1.001193',
      name: { vi: 'Đăng ký khai sinh', en: expect.any(String) },
    });
    expect(body.timeline.map((e: { event: string }) => e.event)).toEqual(['submit', 'accept', 'pay']);
    for (const entry of body.timeline)
      expect(Object.keys(entry).sort()).toEqual(['at', 'event', 'status', 'unit']);

    const stored = (await suite.store().getDossier({ code }))!;
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    const secrets = [
      ...strings(BIRTH.data).filter((s) => s.length >= 6),
      stored.qrToken,
      stored.applicantId!,
      stored.submittedBy!,
      (await suite.store().findUserByLogin('motcua'))!.id,
      'BL-SECRET-77',
      'congdan',
    ];
    for (const secret of secrets) expect(res.body, secret).not.toContain(secret);
    const viaTrpc = trpcReply(await trpc(address(), code));
    expect(viaTrpc.data).toEqual(body);
  });

  it('limits the lookups of one address in the window, REST and tRPC together; others are not held back', async () => {
    const from = address();
    for (let i = 0; i < LIMITS.perAddress; i++) {
      const res = await (i % 2 ? trpc(from, code) : rest(from, code));
      expect(res.statusCode, res.body).toBe(200);
    }
    const auditBefore = await audit();
    server.clock.advance(60_000);
    const refused = await rest(from, code);
    expect(refused.statusCode).toBe(429);
    expect(errorOf(refused)).toMatchObject({ code: 'TOO_MANY_LOOKUPS' });
    expect(errorOf(refused).message.vi).toContain('thử lại sau 14 phút');
    expect(refused.headers['retry-after']).toBe(String((WINDOW - 60_000) / 1000));
    const viaTrpc = trpcReply(await trpc(from, code));
    expect(viaTrpc.status).toBe(429);
    expect(viaTrpc.error?.code).toBe('TOO_MANY_LOOKUPS');
    expect(viaTrpc.res.headers['retry-after']).toBe(String((WINDOW - 60_000) / 1000));
    // A refused lookup is neither counted nor audited.
    expect(await audit()).toBe(auditBefore);
    expect((await rest(address(), code)).statusCode).toBe(200);
    server.clock.advance(WINDOW);
    expect((await rest(from, code)).statusCode).toBe(200);
  });

  it('throttles guessing codes in sequence, audits each miss, and the next server process sees the count', async () => {
    const from = address();
    const auditBefore = await audit();
    const seqBefore = await systemSeq();
    const [first, second, third, fourth] = guesses(4);
    for (const guess of [first, second]) expect((await rest(from, guess)).statusCode).toBe(404);
    expect(trpcReply(await trpc(from, third)).status).toBe(404);
    const entries = await suite.store().scanAudit('system', seqBefore, 10);
    expect(entries.map((e) => [e.action, e.target, e.actorId, e.payload])).toEqual(
      [first, second, third].map((guess) => ['dossier.lookup_miss', guess, null, { address: from }]),
    );

    // Another server process on the same database: the misses are already counted there.
    const other = await testServer({
      store: await suite.db().open(),
      dataDir: suite.db().dataDir,
      clock: server.clock,
      lookupLimits: LIMITS,
    });
    try {
      for (const looked of [fourth, code]) {
        const res = await rest(from, looked, other.app);
        expect(res.statusCode, res.body).toBe(429);
        expect(Number(res.headers['retry-after'])).toBe(WINDOW / 1000);
      }
    } finally {
      await other.close();
    }
    expect(await audit()).toBe(auditBefore + 3);
    // Found lookups of another address stay allowed; the guesser waits out the window.
    expect((await rest(address(), code)).statusCode).toBe(200);
    server.clock.advance(WINDOW);
    expect((await rest(from, code)).statusCode).toBe(200);
  });

  it('keeps the sign-in throttle’s counts when lookups forget theirs', async () => {
    const from = address();
    const login = (password: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: from,
        payload: { login: 'motcua', password },
      });
    for (let i = 0; i < 5; i++) expect((await login('wrong')).statusCode).toBe(401);
    server.clock.advance(60_000);
    for (const guess of guesses(2)) expect((await rest(from, guess)).statusCode).toBe(404);
    expect((await login('wrong')).statusCode).toBe(429);
    server.clock.advance(WINDOW);
  });
});
