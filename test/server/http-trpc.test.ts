/** The tRPC surface of the web client: the same services, the same rules, the same error body as REST. */
import { readFileSync } from 'node:fs';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { AppRouter } from '../../server/http/trpc/router.ts';
import { demoPassword, seedDemoFast, setCookie, testServer, type TestServer } from '../support/http.ts';

const birth = JSON.parse(
  readFileSync(new URL('../../examples/scenarios/birth-registration.scenario.json', import.meta.url), 'utf8'),
) as { submit: { at: string; data: Record<string, unknown> } };

let server: TestServer;
beforeAll(async () => {
  server = await testServer({
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
  server.clock.now = Date.parse(birth.submit.at);
});
afterAll(() => server.close());

const query = (path: string, input: unknown, cookie?: string) =>
  server.app.inject({
    method: 'GET',
    url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
    headers: cookie ? { cookie } : {},
  });
const mutate = (path: string, input: unknown, cookie?: string) =>
  server.app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    payload: input as object,
    headers: cookie ? { cookie } : {},
  });

async function login(name: string): Promise<string> {
  const res = await mutate('session.login', { login: name, password: demoPassword(name) });
  expect(res.statusCode).toBe(200);
  return `motcua_session=${setCookie(res, 'motcua_session')!.value}`;
}

/** The product's error inside tRPC's envelope, and no stack anywhere. */
function trpcError(res: { body: string }) {
  expect(res.body).not.toMatch(/stack|\bat .+:\d+:\d+/);
  const body = JSON.parse(res.body) as {
    error: {
      message: string;
      data: {
        httpStatus: number;
        error: { code: string; message: { vi: string; en: string }; path?: string; details?: unknown };
      };
    };
  };
  expect(body.error.data.error.message.vi).toBeTruthy();
  return body.error.data.error;
}

describe('tRPC at /trpc', () => {
  it('exports the router type for the web client', () => {
    expectTypeOf<inferRouterInputs<AppRouter>['dossiers']['act']>().toHaveProperty('revision');
    expectTypeOf<inferRouterOutputs<AppRouter>['procedures']['search']>().toHaveProperty('items');
  });

  it('serves the catalogue and the live procedure to anyone', async () => {
    const res = await query('procedures.search', {});
    expect(res.statusCode).toBe(200);
    expect(res.json().result.data.total).toBe(5);
    const live = await query('procedures.live', { code: '1.001193' });
    expect(live.json().result.data.name.vi).toBe('Đăng ký khai sinh');
  });

  it('signs in, submits, acts and looks up with the same rules as REST', async () => {
    const citizen = await login('congdan');
    const me = await query('session.me', undefined, citizen);
    expect(me.json().result.data.login).toBe('congdan');

    const submitted = await mutate(
      'dossiers.submit',
      { procedureCode: '1.001193', data: birth.submit.data },
      citizen,
    );
    expect(submitted.statusCode).toBe(200);
    const { code } = submitted.json().result.data;

    const reception = await login('motcua');
    const accepted = await mutate('dossiers.act', { code, action: 'accept', revision: 1 }, reception);
    expect(accepted.json().result.data.revision).toBe(2);

    const stale = await mutate('dossiers.act', { code, action: 'accept', revision: 1 }, reception);
    expect(stale.statusCode).toBe(409);
    expect(trpcError(stale)).toMatchObject({ code: 'REVISION_CONFLICT', details: { currentRevision: 2 } });

    const other = await mutate('session.logout', {}, citizen);
    expect(other.statusCode).toBe(200);
    const lookup = await query('dossiers.lookup', { code });
    expect(lookup.json().result.data.status).toBe('awaiting_payment');
  });

  it('maps refusals to their HTTP status and product error code', async () => {
    const anonymous = await mutate('dossiers.submit', { procedureCode: '1.001193', data: {} });
    expect(anonymous.statusCode).toBe(401);
    expect(trpcError(anonymous).code).toBe('UNAUTHENTICATED');

    const citizen = await login('congdan');
    const worklist = await query('worklist.list', {}, citizen);
    expect(worklist.statusCode).toBe(403);
    expect(trpcError(worklist).code).toBe('FORBIDDEN');

    const invalid = await mutate('dossiers.act', { code: 'x', action: 'accept', revision: 'one' }, citizen);
    expect(invalid.statusCode).toBe(400);
    expect(trpcError(invalid)).toMatchObject({ code: 'VALIDATION_FAILED', path: '/input/revision' });

    const missing = await query('procedures.live', { code: '9.999999' });
    expect(missing.statusCode).toBe(404);

    const unknown = await query('procedures.nothing', {});
    expect(unknown.statusCode).toBe(404);
    expect(trpcError(unknown).code).toBe('NOT_FOUND');

    const wrong = await mutate('session.login', { login: 'congdan', password: 'wrong-password' });
    expect(wrong.statusCode).toBe(401);
    expect(trpcError(wrong)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('never answers garbage input with a 5xx', async () => {
    const cookie = await login('motcua');
    const paths = ['session.login', 'session.changePassword', 'dossiers.submit', 'dossiers.act'];
    const queries = [
      'procedures.search',
      'procedures.live',
      'dossiers.get',
      'dossiers.lookup',
      'dossiers.mine',
      'worklist.list',
    ];
    const garbage = [null, 42, 'x', [], { code: {} }, { limit: -1 }, { code: 'x'.repeat(1000) }];
    for (const g of garbage) {
      for (const p of paths) {
        const res = await mutate(p, g, cookie);
        expect(res.statusCode, `${p} ${JSON.stringify(g)}: ${res.body}`).toBeLessThan(500);
        if (res.statusCode >= 400) trpcError(res);
      }
      for (const p of queries) {
        const res = await query(p, g, cookie);
        expect(res.statusCode, `${p} ${JSON.stringify(g)}: ${res.body}`).toBeLessThan(500);
        if (res.statusCode >= 400) trpcError(res);
      }
    }
    const broken = await server.app.inject({
      method: 'GET',
      url: '/trpc/procedures.search?input=%7Bnot-json',
    });
    expect(broken.statusCode).toBe(400);
    trpcError(broken);
  });
});
