/**
 * Deeply nested JSON is refused with 400 JSON_TOO_DEEP on every way JSON comes in (REST body, tRPC single and batch
 * bodies, tRPC's `?input=`), before anything parses it; at the bound it is processed like any input and nothing
 * recursive overflows (both dialects). A string holding NUL is refused alike (JSON_NUL_CHARACTER): PostgreSQL
 * cannot store it, and the same request must not be taken by one database and fail on the other.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonTextProblem, MAX_JSON_DEPTH, nestsDeeperThan } from '../../server/http/json-depth.ts';
import { canonicalJson, chainHash, GENESIS } from '../../server/store/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH } from '../support/examples.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { trpcReply } from '../support/trpc.ts';
import { demoServer } from './demo-server.ts';

/** `{"a":{"a":…1…}}`: `levels` objects inside each other. */
const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

const holdsNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : value !== null &&
      typeof value === 'object' &&
      Object.entries(value).some(([k, v]) => holdsNul(k) || holdsNul(v));

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const members = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...members.map(depthOf));
}

describe('the depth scan', () => {
  it('finds the nesting of any JSON text, brackets in strings and escapes aside', () => {
    // Strings full of brackets, quotes and backslashes: none of them may count.
    const stringUnit = fc.constantFrom('{', '[', '}', ']', '"', '\\', 'a', 'ư', '\n');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8, stringUnit }), fc.nat(9), (v, max) => {
        expect(nestsDeeperThan(JSON.stringify(v), max)).toBe(depthOf(v) > max);
      }),
    );
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1))).toBe(true);
  });

  it('finds a NUL in any string, key or value, and only a real one', () => {
    const stringUnit = fc.constantFrom('\\', 'u', '0', '"', 'a', '\u0000', '\u0001');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4, stringUnit }), (v) => {
        expect(jsonTextProblem(JSON.stringify(v)) === 'nul').toBe(holdsNul(v));
      }),
    );
    expect(jsonTextProblem('{"a":"\\\\u0000"}')).toBeUndefined(); // a backslash, then the letters u0000
  });

  it('leaves the canonical JSON and the hash chain far from the end of the stack at the bound', () => {
    const deepest = JSON.parse(`{"request":${nested(MAX_JSON_DEPTH)}}`) as unknown;
    expect(canonicalJson(deepest)).toBe(JSON.stringify(deepest));
    expect(chainHash(GENESIS, { seq: 1, payload: deepest })).toMatch(/^[0-9a-f]{64}$/);
  });
});

await withStores('deeply nested JSON', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;
  beforeAll(async () => {
    server = await demoServer(suite);
    cookie = cookieJar(server.app);
    await cookie('congdan');
  });
  afterAll(() => server.close());

  const submission = (levels: number) =>
    `{"procedureCode":"${BIRTH.procedureCode}","data":{"applicant":${nested(levels - 2)}}}`;
  const send = async (method: 'GET' | 'POST', url: string, payload?: string) =>
    server.app.inject({
      method,
      url,
      headers: { cookie: await cookie('congdan'), 'content-type': 'application/json' },
      ...(payload === undefined ? {} : { payload }),
    });
  const channels: [string, (levels: number) => Promise<import('fastify').LightMyRequestResponse>, string][] =
    [
      ['REST body', (n) => send('POST', '/api/v1/dossiers', submission(n)), '/body'],
      ['tRPC body', (n) => send('POST', '/trpc/dossiers.submit', submission(n)), '/input'],
      [
        'tRPC batch',
        (n) => send('POST', '/trpc/dossiers.submit?batch=1', `{"0":${submission(n - 1)}}`),
        '/input',
      ],
      [
        'tRPC ?input=',
        (n) => send('GET', `/trpc/dossiers.lookup?input=${encodeURIComponent(`{"code":${nested(n - 1)}}`)}`),
        '/input',
      ],
    ];

  it.each(channels)(
    '%s: 5,000 levels and one past the bound are a 400 naming it; nothing is written',
    async (_n, call, path) => {
      const before = [await suite.store().count('auditLog'), await suite.store().count('dossiers')];
      for (const levels of [5000, MAX_JSON_DEPTH + 1]) {
        const res = await call(levels);
        expect(res.statusCode, res.body).toBe(400);
        const error = path === '/body' ? errorOf(res) : trpcReply(res).error!;
        expect(error).toMatchObject({ code: 'JSON_TOO_DEEP', path, details: { maxDepth: MAX_JSON_DEPTH } });
        expect(error.message.vi).toContain(`tối đa ${MAX_JSON_DEPTH} cấp`);
      }
      expect([await suite.store().count('auditLog'), await suite.store().count('dossiers')]).toEqual(before);
    },
  );

  it.each(channels)(
    '%s: at the bound the input is read and judged like any other (a 4xx, never a 500)',
    async (_n, call) => {
      const res = await call(MAX_JSON_DEPTH);
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.body).not.toContain('JSON_TOO_DEEP');
    },
  );

  const named = JSON.stringify({
    ...BIRTH,
    data: { ...BIRTH.data, applicant: { fullName: 'Trần\u0000Hoa' } },
  });
  const withNul: [string, () => ReturnType<typeof send>, string][] = [
    ['REST body', () => send('POST', '/api/v1/dossiers', named), '/body'],
    ['tRPC body', () => send('POST', '/trpc/dossiers.submit', named), '/input'],
    ['tRPC batch', () => send('POST', '/trpc/dossiers.submit?batch=1', `{"0":${named}}`), '/input'],
    [
      'tRPC ?input=',
      () => send('GET', `/trpc/dossiers.lookup?input=${encodeURIComponent('{"code":"A\\u0000"}')}`),
      '/input',
    ],
  ];

  it.each(withNul)(
    '%s: a string holding NUL is a 400 naming it; nothing is written',
    async (_n, call, path) => {
      const before = [await suite.store().count('auditLog'), await suite.store().count('dossiers')];
      const res = await call();
      expect(res.statusCode, res.body).toBe(400);
      const error = path === '/body' ? errorOf(res) : trpcReply(res).error!;
      expect(error).toMatchObject({ code: 'JSON_NUL_CHARACTER', path });
      expect([await suite.store().count('auditLog'), await suite.store().count('dossiers')]).toEqual(before);
    },
  );
});
