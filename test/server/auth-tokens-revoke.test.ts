/** Revoking and listing API tokens: DELETE /tokens/:id and GET /tokens, on both dialects. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { T0, addUsers, cookieJar, errorOf, testServer, type TestServer } from '../support/http.ts';

const USERS = [
  { login: 'sysadmin', password: 'mat-khau-sys-2026', roles: [{ unitCode: 'H41', role: 'system_admin' }] },
  { login: 'admin.tp', password: 'mat-khau-adm-2026', roles: [{ unitCode: 'H41.TP', role: 'agency_admin' }] },
  { login: 'cv.tp', password: 'mat-khau-cvt-2026', roles: [{ unitCode: 'H41.TP', role: 'specialist' }] },
  { login: 'cv.xd', password: 'mat-khau-cvx-2026', roles: [{ unitCode: 'H41.XD', role: 'specialist' }] },
];

await withStores('API token revocation', (suite) => {
  let server: TestServer;
  const app = () => server.app;
  const cookie = cookieJar(app, Object.fromEntries(USERS.map((u) => [u.login, u.password])));

  beforeAll(async () => {
    server = await testServer({
      store: suite.store(),
      dataDir: suite.db().dataDir,
      setup: (store) =>
        addUsers(
          store,
          T0,
          USERS.map((u) => ({ ...u })),
        ),
    });
    // Everyone signs in before the first test.
    for (const u of USERS) await cookie(u.login);
  });
  afterAll(() => server?.close());

  const issue = async (login: string, body: Record<string, unknown>) => {
    const res = await app().inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: await cookie(login) },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { token: string; id: string; userId: string };
  };
  const revoke = (headers: Record<string, string>, id: string) =>
    app().inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers });
  const list = async (login: string, query = '') =>
    app().inject({ method: 'GET', url: `/api/v1/tokens${query}`, headers: { cookie: await cookie(login) } });
  const me = (token: string) =>
    app().inject({ method: 'GET', url: '/api/v1/session', headers: { authorization: `Bearer ${token}` } });

  it('a revoked token is refused with 401 INVALID_TOKEN, and the revocation is audited', async () => {
    const { token, id } = await issue('cv.tp', { name: 'LGSP' });
    expect((await me(token)).statusCode).toBe(200);

    const res = await revoke({ cookie: await cookie('cv.tp') }, id);
    expect(res.statusCode, res.body).toBe(204);
    const refused = await me(token);
    expect(refused.statusCode).toBe(401);
    expect(errorOf(refused).code).toBe('INVALID_TOKEN');

    const audit = await suite.store().scanAudit('system', 0, 10_000);
    expect(audit.filter((a) => a.action === 'auth.api_token_revoked')).toMatchObject([
      { actorId: 'user-cv.tp', target: 'user:user-cv.tp', payload: { id, name: 'LGSP' } },
    ]);
    // Once revoked, revoking again changes nothing (and is not audited again).
    expect((await revoke({ cookie: await cookie('cv.tp') }, id)).statusCode).toBe(204);
    const again = await suite.store().scanAudit('system', 0, 10_000);
    expect(again.filter((a) => a.action === 'auth.api_token_revoked')).toHaveLength(1);
  });

  it('a token may revoke itself (an integrator ending its own access)', async () => {
    const { token, id } = await issue('cv.xd', { name: 'self' });
    expect((await revoke({ authorization: `Bearer ${token}` }, id)).statusCode).toBe(204);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('someone else’s token: 403 without admin rights over them, revoked by their admin', async () => {
    const { token, id } = await issue('cv.tp', { name: 'shared' });
    const refused = await revoke({ cookie: await cookie('cv.xd') }, id);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect((await me(token)).statusCode).toBe(200);
    // admin.tp administers H41.TP (cv.tp's unit), not H41.XD.
    const foreign = await issue('cv.xd', { name: 'other unit' });
    const outside = await revoke({ cookie: await cookie('admin.tp') }, foreign.id);
    expect(outside.statusCode).toBe(403);
    expect((await me(foreign.token)).statusCode).toBe(200);

    expect((await revoke({ cookie: await cookie('admin.tp') }, id)).statusCode).toBe(204);
    expect((await me(token)).statusCode).toBe(401);
    expect((await revoke({ cookie: await cookie('sysadmin') }, foreign.id)).statusCode).toBe(204);
    expect((await me(foreign.token)).statusCode).toBe(401);
  });

  it('an unknown id is 404 API_TOKEN_NOT_FOUND; a malformed one 400; anonymous 401', async () => {
    const unknown = await revoke({ cookie: await cookie('cv.tp') }, '0123456789abcdef');
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown)).toMatchObject({ code: 'API_TOKEN_NOT_FOUND', path: '/params/id' });
    expect((await revoke({ cookie: await cookie('cv.tp') }, 'not-an-id')).statusCode).toBe(400);
    const { id } = await issue('cv.tp', { name: 'anonymous' });
    expect((await revoke({}, id)).statusCode).toBe(401);
  });

  it('lists the caller’s tokens, or a managed user’s for an admin, without their secrets', async () => {
    const { id } = await issue('admin.tp', { name: 'for cv.tp', userId: 'user-cv.tp' });
    const revoked = await issue('cv.tp', { name: 'revoked' });
    expect((await revoke({ cookie: await cookie('cv.tp') }, revoked.id)).statusCode).toBe(204);
    const mine = await list('cv.tp');
    expect(mine.statusCode, mine.body).toBe(200);
    const items = mine.json().items as { id: string; name: string; revokedAt: string | null }[];
    expect(items.find((t) => t.id === id)).toMatchObject({
      name: 'for cv.tp',
      userId: 'user-cv.tp',
      revokedAt: null,
    });
    // The token revoked just now is listed with its revocation time (the test clock stays at T0).
    expect(items.find((t) => t.id === revoked.id)).toMatchObject({
      name: 'revoked',
      userId: 'user-cv.tp',
      revokedAt: new Date(T0).toISOString(),
    });
    expect(items.some((t) => t.revokedAt !== null)).toBe(true);
    expect(mine.body).not.toMatch(/mc_|tokenHash/);

    expect((await list('admin.tp', '?userId=user-cv.tp')).json().items).toEqual(items);
    expect((await list('cv.xd', '?userId=user-cv.tp')).statusCode).toBe(403);
    expect((await list('sysadmin', '?userId=no-such-user')).statusCode).toBe(404);
  });
});
