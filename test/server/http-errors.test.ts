/**
 * Bad input on every route: whatever arrives, the answer is a specific 4xx with the error body, never a 500 and
 * never a stack trace. The route list comes from the OpenAPI document, so a new route is covered at once.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, errorOf, seedDemoFast, signIn, testServer, type TestServer } from '../support/http.ts';

let server: TestServer;
let cookie: string;
let routes: { method: string; url: string; hasBody: boolean; jsonBody: boolean }[];

beforeAll(async () => {
  server = await testServer({
    bodyLimit: 64 * 1024,
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
  cookie = await signIn(server.app, 'motcua', demoPassword('motcua'));
  const doc = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  type Op = { requestBody?: { content: Record<string, unknown> } };
  routes = Object.entries(doc.paths as Record<string, Record<string, Op>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      // A result's verification token has no dots: it takes a token of its own shape.
      url: '/api/v1' + path.replace(/\{token\}/g, 'Tok3n_x').replace(/\{\w+\}/g, '000.01.01.H41-261123-0001'),
      hasBody: op.requestBody !== undefined,
      // Uploads take multipart/form-data: refused as JSON of the wrong shape with 415, not 400.
      jsonBody: op.requestBody?.content['application/json'] !== undefined,
    })),
  );
});
afterAll(() => server.close());

function send(options: InjectOptions) {
  return server.app.inject({ ...options, headers: { cookie, ...(options.headers ?? {}) } });
}

/** Every answer to bad input: a 4xx (or a 2xx/3xx where the input happens to be acceptable), never 5xx. */
function expectClean(res: Awaited<ReturnType<typeof send>>, label: string) {
  expect(res.statusCode, `${label}: ${res.body}`).toBeLessThan(500);
  if (res.statusCode >= 400) errorOf(res);
}

describe('bad input on every REST route', () => {
  it('knows at least the routes of the issue', () => {
    const names = routes.map((r) => `${r.method} ${r.url.replace(/000\.01\.01\.H41-261123-0001/g, '{x}')}`);
    for (const route of [
      'GET /api/v1/health',
      'POST /api/v1/session',
      'DELETE /api/v1/session',
      'GET /api/v1/procedures',
      'GET /api/v1/procedures/{x}',
      'POST /api/v1/dossiers',
      'GET /api/v1/dossiers/{x}',
      'POST /api/v1/dossiers/{x}/actions',
      'GET /api/v1/worklist',
    ]) {
      expect(names).toContain(route);
    }
  });

  it('invalid JSON is 400 INVALID_JSON on every route that takes a body', async () => {
    for (const r of routes.filter((x) => x.hasBody)) {
      for (const payload of ['{"login": ', '{"a":1}}', "{'a': 1}", '\u0000', '{"__proto__": {"x": 1}}']) {
        const res = await send({
          method: r.method as InjectOptions['method'],
          url: r.url,
          payload,
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode, `${r.method} ${r.url} ${payload}`).toBe(400);
        expect(errorOf(res).code).toBe('INVALID_JSON');
      }
      const empty = await send({
        method: r.method as InjectOptions['method'],
        url: r.url,
        payload: '',
        headers: { 'content-type': 'application/json' },
      });
      expect(empty.statusCode).toBe(400);
    }
  });

  it('a body of the wrong shape is 400 VALIDATION_FAILED with the path', async () => {
    for (const r of routes.filter((x) => x.jsonBody)) {
      for (const payload of [[], 42, 'text', null, { unexpected: true }]) {
        const res = await send({
          method: r.method as InjectOptions['method'],
          url: r.url,
          payload: JSON.stringify(payload),
          headers: { 'content-type': 'application/json' },
        });
        expect(res.statusCode, `${r.method} ${r.url} ${JSON.stringify(payload)}: ${res.body}`).toBe(400);
        const error = errorOf(res);
        expect(error.code).toBe('VALIDATION_FAILED');
        expect(error.path).toMatch(/^\/body/);
      }
    }
  });

  it('names the wrong field and type in both languages', async () => {
    const res = await send({
      method: 'POST',
      url: '/api/v1/dossiers/000.01.01.H41-261123-0001/actions',
      payload: { action: 'accept', revision: '3' },
    });
    expect(res.statusCode).toBe(400);
    const error = errorOf(res);
    expect(error.path).toBe('/body/revision');
    expect(error.message.vi).toMatch(/^Trường “revision” phải là số nguyên/);
    expect(error.message.en).toBe('“revision” must be a whole number.');
  });

  it('an oversized body is 413 BODY_TOO_LARGE on every route that takes a body', async () => {
    for (const r of routes.filter((x) => x.hasBody)) {
      const res = await send({
        method: r.method as InjectOptions['method'],
        url: r.url,
        payload: JSON.stringify({ data: 'x'.repeat(70 * 1024) }),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(413);
      expect(errorOf(res).code).toBe('BODY_TOO_LARGE');
    }
  });

  it('a body that is not JSON is 415', async () => {
    for (const r of routes.filter((x) => x.hasBody)) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        const res = await send({
          method: r.method as InjectOptions['method'],
          url: r.url,
          payload: 'login=a&password=b',
          headers: { 'content-type': type },
        });
        expect(res.statusCode, `${r.method} ${r.url} ${type}`).toBe(415);
        expect(errorOf(res).code).toBe('UNSUPPORTED_MEDIA_TYPE');
      }
    }
  });

  it('odd path parameters and query strings are 4xx, never 5xx', async () => {
    const odd = [
      '%00',
      '..%2F..%2Fetc%2Fpasswd',
      'x'.repeat(600),
      '%E0%A4%A',
      'ĐăngKý',
      '<script>',
      "1'OR'1'='1",
    ];
    for (const r of routes) {
      for (const value of odd) {
        const url = r.url.replace(/000\.01\.01\.H41-261123-0001/g, value);
        expectClean(await send({ method: r.method as InjectOptions['method'], url }), `${r.method} ${url}`);
      }
      for (const query of [
        '?limit=-1',
        '?limit=abc',
        '?offset=1e309',
        '?level=nope',
        '?q=' + 'a'.repeat(500),
        '?x=1',
        '?limit=1&limit=2',
      ]) {
        expectClean(
          await send({ method: r.method as InjectOptions['method'], url: r.url + query }),
          `${r.method} ${r.url}${query}`,
        );
      }
    }
  });

  it('a submission or action of the wrong shape is refused by its contract, naming the field', async () => {
    const birth = { procedureCode: '1.001193', data: {} };
    const cases: [string, object, string][] = [
      ['/api/v1/dossiers', { ...birth, channel: 'fax' }, '/body/channel'],
      ['/api/v1/dossiers', { data: {} }, '/body/procedureCode'],
      ['/api/v1/dossiers', { ...birth, idempotencyKey: '' }, '/body/idempotencyKey'],
      ['/api/v1/dossiers', { ...birth, components: [1] }, '/body/components/0'],
      [
        '/api/v1/dossiers/000.01.01.H41-261123-0001/actions',
        { action: 'accept', revision: 0 },
        '/body/revision',
      ],
      [
        '/api/v1/dossiers/000.01.01.H41-261123-0001/actions',
        { action: 'accept', revision: 1, input: [] },
        '/body/input',
      ],
    ];
    for (const [url, payload, path] of cases) {
      const res = await send({ method: 'POST', url, payload });
      expect(res.statusCode, `${url} ${JSON.stringify(payload)}: ${res.body}`).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', path });
    }
  });

  it('wrong query types are 400 VALIDATION_FAILED naming the parameter', async () => {
    const res = await send({ method: 'GET', url: '/api/v1/procedures?limit=abc' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', path: '/querystring/limit' });
  });

  it('arbitrary JSON bodies never cause a 5xx (property test, fixed seed)', async () => {
    for (const r of routes.filter((x) => x.hasBody)) {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.jsonValue(),
            fc.dictionary(
              fc.constantFrom(
                'login',
                'password',
                'procedureCode',
                'data',
                'action',
                'revision',
                'input',
                'name',
                'userId',
                'oldPassword',
                'newPassword',
                'channel',
                'components',
                'unit',
                'node',
              ),
              fc.jsonValue(),
            ),
          ),
          async (value) => {
            const res = await send({
              method: r.method as InjectOptions['method'],
              url: r.url,
              payload: JSON.stringify(value),
              headers: { 'content-type': 'application/json' },
            });
            expectClean(res, `${r.method} ${r.url} ${JSON.stringify(value).slice(0, 200)}`);
          },
        ),
        { seed: 20261123, numRuns: 40 },
      );
    }
  });
});

describe('unknown routes and methods', () => {
  it('an unknown path is 404 NOT_FOUND', async () => {
    for (const url of ['/api/v1/nothing', '/api/v2/health', '/nothing', '/api/v1/dossiers/x/y/z']) {
      const res = await send({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(errorOf(res).code).toBe('NOT_FOUND');
    }
  });

  it('the root is a page that says what runs here, in Vietnamese first', async () => {
    const res = await send({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="vi">');
    expect(res.body).toContain('/api/v1/openapi.json');
  });

  it('a known path with another method is 405 with Allow', async () => {
    const res = await send({ method: 'PUT', url: '/api/v1/session' });
    expect(res.statusCode).toBe(405);
    expect(errorOf(res).code).toBe('METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toBe('POST, GET, DELETE');
    const dossier = await send({ method: 'DELETE', url: '/api/v1/dossiers/000.01.01.H41-261123-0001' });
    expect(dossier.statusCode).toBe(405);
    expect(dossier.headers.allow).toBe('GET');
  });
});
