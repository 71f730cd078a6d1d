/** Account administration: agency admins manage only their unit's users and only agency roles. */
import { afterEach, describe, expect, it } from 'vitest';
import { addUsers, errorOf, signIn, testServer, type TestServer } from '../support/http.ts';

const PROVINCE = 'H41';
const JUSTICE = 'H41.TP';
const JUSTICE_OFFICE = 'H41.TP.VP';
const BUILDING = 'H41.XD';

let server: TestServer;
afterEach(() => server?.close());

async function start() {
  server = await testServer({
    setup: async (store, clock) => {
      const audit = { at: clock.now, actorId: null, action: 'test.setup', target: 'units' };
      for (const [code, parent] of [
        [PROVINCE, null],
        [JUSTICE, PROVINCE],
        [JUSTICE_OFFICE, JUSTICE],
        [BUILDING, PROVINCE],
      ] as const) {
        await store.putUnit(
          { code, parentCode: parent, kind: 'unit', nameVi: code, nameEn: code, createdAt: clock.now },
          audit,
        );
      }
      await addUsers(store, clock.now, [
        { login: 'sys', password: 'mat-khau-sys-01', roles: [{ unitCode: PROVINCE, role: 'system_admin' }] },
        {
          login: 'admin.tp',
          password: 'mat-khau-adm-01',
          roles: [{ unitCode: JUSTICE, role: 'agency_admin' }],
        },
        {
          login: 'cv.tp',
          password: 'mat-khau-cvt-01',
          roles: [{ unitCode: JUSTICE_OFFICE, role: 'specialist' }],
        },
        { login: 'cv.xd', password: 'mat-khau-cvx-01', roles: [{ unitCode: BUILDING, role: 'specialist' }] },
      ]);
    },
  });
  return {
    sys: await signIn(server.app, 'sys', 'mat-khau-sys-01'),
    admin: await signIn(server.app, 'admin.tp', 'mat-khau-adm-01'),
    specialist: await signIn(server.app, 'cv.tp', 'mat-khau-cvt-01'),
  };
}

const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  server.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

const newUser = (roles: { unitCode: string; role: string }[], login = 'moi.tp') => ({
  login,
  displayName: 'Người mới',
  password: 'mat-khau-moi-01',
  roles,
});

describe('account administration', () => {
  it('an agency admin creates users in their unit and its sub-units, who can then sign in', async () => {
    const as = await start();
    const res = await call(
      as.admin,
      'POST',
      '/api/v1/users',
      newUser([{ unitCode: JUSTICE_OFFICE, role: 'reception' }]),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      login: 'moi.tp',
      roles: [{ unitCode: JUSTICE_OFFICE, role: 'reception' }],
    });
    expect(JSON.stringify(res.json())).not.toMatch(/argon2|password/i);
    await signIn(server.app, 'moi.tp', 'mat-khau-moi-01');
    const taken = await call(
      as.admin,
      'POST',
      '/api/v1/users',
      newUser([{ unitCode: JUSTICE, role: 'leader' }]),
    );
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken)).toMatchObject({ code: 'LOGIN_TAKEN', path: '/body/login' });
  });

  it('an agency admin cannot create users elsewhere, nor grant province-wide roles', async () => {
    const as = await start();
    for (const roles of [
      [{ unitCode: BUILDING, role: 'specialist' }],
      [{ unitCode: PROVINCE, role: 'reception' }],
      [{ unitCode: JUSTICE, role: 'system_admin' }],
      [{ unitCode: JUSTICE, role: 'auditor' }],
      [{ unitCode: JUSTICE, role: 'designer' }],
    ]) {
      const res = await call(as.admin, 'POST', '/api/v1/users', newUser(roles, `x${roles[0].role}`));
      expect(res.statusCode, JSON.stringify(roles)).toBe(403);
      expect(errorOf(res).code).toBe('FORBIDDEN');
    }
    const unknown = await call(
      as.admin,
      'POST',
      '/api/v1/users',
      newUser([{ unitCode: 'NOPE', role: 'leader' }]),
    );
    expect(unknown.statusCode).toBe(422);
    expect(errorOf(unknown).path).toBe('/body/roles/0/unitCode');
  });

  it('an agency admin lists, edits, disables and re-roles only their unit’s users', async () => {
    const as = await start();
    const list = await call(as.admin, 'GET', '/api/v1/users');
    expect(
      list
        .json()
        .items.map((u: { login: string }) => u.login)
        .sort(),
    ).toEqual(['admin.tp', 'cv.tp']);
    expect((await call(as.admin, 'GET', `/api/v1/users?unit=${BUILDING}`)).statusCode).toBe(403);

    const grant = await call(as.admin, 'POST', '/api/v1/users/user-cv.tp/roles', {
      unitCode: JUSTICE,
      role: 'leader',
    });
    expect(grant.statusCode).toBe(200);
    expect(grant.json().roles).toContainEqual({ unitCode: JUSTICE, role: 'leader' });
    const revoke = await call(as.admin, 'DELETE', '/api/v1/users/user-cv.tp/roles', {
      unitCode: JUSTICE,
      role: 'leader',
    });
    expect(revoke.json().roles).not.toContainEqual({ unitCode: JUSTICE, role: 'leader' });

    expect((await call(as.admin, 'PATCH', '/api/v1/users/user-cv.xd', { disabled: true })).statusCode).toBe(
      403,
    );
    expect(
      (await call(as.admin, 'POST', '/api/v1/users/user-cv.xd/roles', { unitCode: JUSTICE, role: 'leader' }))
        .statusCode,
    ).toBe(403);
    expect((await call(as.admin, 'PATCH', '/api/v1/users/user-sys', { disabled: true })).statusCode).toBe(
      403,
    );
    expect((await call(as.admin, 'PATCH', '/api/v1/users/nobody', { disabled: true })).statusCode).toBe(404);

    // Disabling ends the user's sessions at once.
    const disabled = await call(as.admin, 'PATCH', '/api/v1/users/user-cv.tp', { disabled: true });
    expect(disabled.json().disabled).toBe(true);
    expect((await call(as.specialist, 'GET', '/api/v1/session')).statusCode).toBe(401);
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { login: 'cv.tp', password: 'mat-khau-cvt-01' },
    });
    expect(login.statusCode).toBe(401);
  });

  it('the system admin manages everyone; other users manage no one', async () => {
    const as = await start();
    const res = await call(
      as.sys,
      'POST',
      '/api/v1/users',
      newUser([{ unitCode: PROVINCE, role: 'auditor' }], 'thanhtra'),
    );
    expect(res.statusCode).toBe(201);
    expect(
      (await call(as.sys, 'PATCH', '/api/v1/users/user-cv.xd', { displayName: 'Lê Văn Xây' })).json()
        .displayName,
    ).toBe('Lê Văn Xây');
    expect((await call(as.sys, 'GET', '/api/v1/users')).json().total).toBe(5);
    const self = await call(as.sys, 'PATCH', '/api/v1/users/user-sys', { disabled: true });
    expect(self.statusCode).toBe(409);

    for (const [method, url, body] of [
      ['GET', '/api/v1/users', undefined],
      ['POST', '/api/v1/users', newUser([{ unitCode: JUSTICE_OFFICE, role: 'reception' }], 'x123')],
      ['PATCH', '/api/v1/users/user-cv.tp', { displayName: 'x' }],
    ] as const) {
      const refused = await call(as.specialist, method, url, body);
      expect(refused.statusCode, `${method} ${url} ${refused.body}`).toBe(403);
    }
  });
});
