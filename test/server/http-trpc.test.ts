/** The tRPC surface of the web client: the same services, the same rules, the same error body as REST. */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { AppRouter } from '../../server/http/trpc/router.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { demoPassword, seedDemoFast, setCookie, testServer, type TestServer } from '../support/http.ts';
import { trpcClient, trpcReply } from '../support/trpc.ts';
import { withFiles } from '../support/uploads.ts';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
  server.clock.now = Date.parse(scenario('birth-registration').submit.at);
});
afterAll(() => server.close());

// `as` is the Cookie header.
const { query, mutate } = trpcClient(() => server.app);

async function login(name: string): Promise<string> {
  const { res, status } = await mutate('session.login', { login: name, password: demoPassword(name) });
  expect(status).toBe(200);
  return `motcua_session=${setCookie(res, 'motcua_session')!.value}`;
}

describe('tRPC at /trpc', () => {
  it('exports the router type for the web client', () => {
    expectTypeOf<inferRouterInputs<AppRouter>['dossiers']['act']>().toHaveProperty('revision');
    expectTypeOf<inferRouterOutputs<AppRouter>['procedures']['search']>().toHaveProperty('items');
  });

  it('serves the catalogue and the live procedure to anyone', async () => {
    const res = await query('procedures.search', {});
    expect(res.status).toBe(200);
    expect(res.data.total).toBe(5);
    const live = await query('procedures.live', { code: '1.001193' });
    expect(live.data.name).toMatchObject({ vi: 'Đăng ký khai sinh' });
  });

  it('signs in, submits, acts and looks up with the same rules as REST', async () => {
    const citizen = await login('congdan');
    const me = await query('session.me', undefined, citizen);
    expect(me.data.login).toBe('congdan');

    const submitted = await mutate('dossiers.submit', await withFiles(server.app, citizen, BIRTH), citizen);
    expect(submitted.status).toBe(200);
    const { code } = submitted.data;

    const reception = await login('motcua');
    const accepted = await mutate('dossiers.act', { code, action: 'accept', revision: 1 }, reception);
    expect(accepted.data.revision).toBe(2);

    const stale = await mutate('dossiers.act', { code, action: 'accept', revision: 1 }, reception);
    expect(stale.status).toBe(409);
    expect(stale.error).toMatchObject({ code: 'REVISION_CONFLICT', details: { currentRevision: 2 } });

    const other = await mutate('session.logout', {}, citizen);
    expect(other.status).toBe(200);
    const lookup = await query('dossiers.lookup', { code });
    expect(lookup.data.status).toBe('awaiting_payment');
  });

  it('maps refusals to their HTTP status and product error code', async () => {
    const anonymous = await mutate('dossiers.submit', { procedureCode: '1.001193', data: {} });
    expect(anonymous.status).toBe(401);
    expect(anonymous.error?.code).toBe('UNAUTHENTICATED');

    const citizen = await login('congdan');
    const worklist = await query('worklist.list', {}, citizen);
    expect(worklist.status).toBe(403);
    expect(worklist.error?.code).toBe('FORBIDDEN');

    const invalid = await mutate('dossiers.act', { code: 'x', action: 'accept', revision: 'one' }, citizen);
    expect(invalid.status).toBe(400);
    expect(invalid.error).toMatchObject({ code: 'VALIDATION_FAILED', path: '/input/revision' });

    const missing = await query('procedures.live', { code: '9.999999' });
    expect(missing.status).toBe(404);

    const unknown = await query('procedures.nothing', {});
    expect(unknown.status).toBe(404);
    expect(unknown.error?.code).toBe('NOT_FOUND');

    const wrong = await mutate('session.login', { login: 'congdan', password: 'wrong-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
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
        expect(res.status, `${p} ${JSON.stringify(g)}: ${res.res.body}`).toBeLessThan(500);
        if (res.status >= 400) expect(res.error, res.res.body).toBeDefined();
      }
      for (const p of queries) {
        const res = await query(p, g, cookie);
        expect(res.status, `${p} ${JSON.stringify(g)}: ${res.res.body}`).toBeLessThan(500);
        if (res.status >= 400) expect(res.error, res.res.body).toBeDefined();
      }
    }
    const broken = await server.app.inject({
      method: 'GET',
      url: '/trpc/procedures.search?input=%7Bnot-json',
    });
    expect(broken.statusCode).toBe(400);
    expect(trpcReply(broken).error).toBeDefined();
  });
});
