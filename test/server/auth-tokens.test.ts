import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/auth/tokens.ts';
import { addUsers, errorOf, signIn, testServer, type TestServer } from '../support/http.ts';

const USERS = [
  { login: 'sysadmin', password: 'mat-khau-sys-2026', roles: [{ unitCode: 'H41', role: 'system_admin' }] },
  { login: 'admin.tp', password: 'mat-khau-adm-2026', roles: [{ unitCode: 'H41.TP', role: 'agency_admin' }] },
  { login: 'cv.tp', password: 'mat-khau-cvt-2026', roles: [{ unitCode: 'H41.TP', role: 'specialist' }] },
  { login: 'cv.xd', password: 'mat-khau-cvx-2026', roles: [{ unitCode: 'H41.XD', role: 'specialist' }] },
  { login: 'moi', password: 'mat-khau-moi-2026', roles: [] },
];

let server: TestServer;
afterEach(() => server?.close());

const start = () =>
  testServer({
    setup: (store, clock) =>
      addUsers(
        store,
        clock.now,
        USERS.map((u) => ({ ...u })),
      ),
  }).then((s) => (server = s));

async function issue(cookie: string, body: Record<string, unknown>) {
  return server.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { cookie }, payload: body });
}

const me = (authorization: string) =>
  server.app.inject({ method: 'GET', url: '/api/v1/session', headers: { authorization } });

describe('API tokens for integrating systems', () => {
  it('are shown once, stored hashed, and authenticate with Authorization: Bearer', async () => {
    await start();
    const cookie = await signIn(server.app, 'cv.tp', 'mat-khau-cvt-2026');
    const res = await issue(cookie, { name: 'LGSP Lâm Đồng' });
    expect(res.statusCode).toBe(201);
    const { token, userId } = res.json();
    expect(token).toMatch(/^mc_/);
    expect(userId).toBe('user-cv.tp');
    expect(await server.store.getApiToken(token)).toBeUndefined();
    expect((await server.store.getApiToken(hashToken(token)))?.name).toBe('LGSP Lâm Đồng');

    const who = await me(`Bearer ${token}`);
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toMatchObject({ login: 'cv.tp', via: 'token' });
  });

  it('refuses unknown, malformed and revoked tokens with 401 INVALID_TOKEN', async () => {
    await start();
    const cookie = await signIn(server.app, 'cv.tp', 'mat-khau-cvt-2026');
    const { token } = (await issue(cookie, { name: 'x' })).json();
    await server.store.revokeApiToken(hashToken(token), server.clock.now, {
      at: server.clock.now,
      actorId: null,
      action: 'test.revoke',
      target: 'token',
    });
    for (const header of [
      `Bearer ${token}`,
      'Bearer mc_unknown',
      'Basic dXNlcjpwYXNz',
      'Bearer',
      `Bearer ${'x'.repeat(5000)}`,
    ]) {
      const res = await me(header);
      expect(res.statusCode, header.slice(0, 20)).toBe(401);
      expect(errorOf(res).code).toBe('INVALID_TOKEN');
    }
  });

  it('may be issued for others only by a system admin, or an agency admin for their unit’s users', async () => {
    await start();
    const admin = await signIn(server.app, 'admin.tp', 'mat-khau-adm-2026');
    expect((await issue(admin, { name: 'a', userId: 'user-cv.tp' })).statusCode).toBe(201);
    const foreign = await issue(admin, { name: 'b', userId: 'user-cv.xd' });
    expect(foreign.statusCode).toBe(403);
    expect(errorOf(foreign).code).toBe('FORBIDDEN');

    // An account without roles yet: the agency admin's token for it would carry whatever roles it gets later.
    const roleless = await issue(admin, { name: 'f', userId: 'user-moi' });
    expect([roleless.statusCode, errorOf(roleless).code]).toEqual([403, 'FORBIDDEN']);

    const specialist = await signIn(server.app, 'cv.tp', 'mat-khau-cvt-2026');
    expect((await issue(specialist, { name: 'c', userId: 'user-admin.tp' })).statusCode).toBe(403);

    const sys = await signIn(server.app, 'sysadmin', 'mat-khau-sys-2026');
    expect((await issue(sys, { name: 'd', userId: 'user-cv.xd' })).statusCode).toBe(201);
    expect((await issue(sys, { name: 'g', userId: 'user-moi' })).statusCode).toBe(201);
    const missing = await issue(sys, { name: 'e', userId: 'no-such-user' });
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).path).toBe('/body/userId');
  });

  it('need a signed-in caller', async () => {
    await start();
    const res = await server.app.inject({ method: 'POST', url: '/api/v1/tokens', payload: { name: 'x' } });
    expect(res.statusCode).toBe(401);
  });
});
