import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/auth/tokens.ts';
import { addUsers, errorOf, setCookie, signIn, testServer, type TestServer } from '../support/http.ts';

const AN = {
  login: 'an.nguyen',
  password: 'mat-khau-an-2026',
  roles: [{ unitCode: 'H41', role: 'citizen' }],
};
const BINH = {
  login: 'binh.tran',
  password: 'mat-khau-binh-2026',
  roles: [{ unitCode: 'H41', role: 'citizen' }],
};

let server: TestServer;
afterEach(() => server?.close());

const start = (options: Parameters<typeof testServer>[0] = {}) =>
  testServer({
    ...options,
    setup: (store, clock) => addUsers(store, clock.now, [{ ...AN }, { ...BINH }]),
  }).then((s) => (server = s));

const login = (body: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'POST', url: '/api/v1/session', payload: body as object, headers });

describe('password sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie whose token is stored only as its SHA-256', async () => {
    await start();
    const res = await login({ login: AN.login, password: AN.password });
    expect(res.statusCode).toBe(200);
    const cookie = setCookie(res, 'motcua_session')!;
    expect(cookie.attributes.httponly).toBe(true);
    expect(cookie.attributes.samesite).toBe('Lax');
    expect(cookie.attributes.path).toBe('/');
    expect(cookie.attributes.secure).toBeUndefined();
    expect(Number(cookie.attributes['max-age'])).toBe(12 * 3600);
    expect(Buffer.from(cookie.value, 'base64url')).toHaveLength(32);
    expect(await server.store.getSignedIn(cookie.value)).toBeUndefined();
    expect((await server.store.getSignedIn(hashToken(cookie.value)))?.session.userId).toBe('user-an.nguyen');
    const body = res.json();
    expect(body.user).toMatchObject({ login: AN.login, roles: [{ unitCode: 'H41', role: 'citizen' }] });
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash/);
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy, and only then', async () => {
    await start({ trustProxy: true });
    const proxied = await login({ login: AN.login, password: AN.password }, { 'x-forwarded-proto': 'https' });
    expect(setCookie(proxied, 'motcua_session')!.attributes.secure).toBe(true);
    await server.close();

    await start({ trustProxy: false });
    const spoofed = await login({ login: AN.login, password: AN.password }, { 'x-forwarded-proto': 'https' });
    expect(setCookie(spoofed, 'motcua_session')!.attributes.secure).toBeUndefined();
  });

  it('answers a wrong password and an unknown login alike: 401 INVALID_CREDENTIALS in both languages', async () => {
    await start();
    for (const body of [
      { login: AN.login, password: 'sai-mat-khau' },
      { login: 'no.such.user', password: 'whatever-123' },
    ]) {
      const res = await login(body);
      expect(res.statusCode).toBe(401);
      const error = errorOf(res);
      expect(error.code).toBe('INVALID_CREDENTIALS');
      expect(error.message.vi).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(setCookie(res, 'motcua_session')).toBeUndefined();
    }
  });

  it('knows the user from the cookie, and forgets them after sign-out', async () => {
    await start();
    const cookie = await signIn(server.app, AN.login, AN.password);
    const me = await server.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.login).toBe(AN.login);

    const out = await server.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(setCookie(out, 'motcua_session')!.value).toBe('');
    const after = await server.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(errorOf(after).code).toBe('UNAUTHENTICATED');
  });

  it('expires an idle session, and extends one that is in use', async () => {
    await start({ sessionTtlMs: 60 * 60_000 });
    const cookie = await signIn(server.app, AN.login, AN.password);
    const me = () => server.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    server.clock.advance(40 * 60_000);
    const renewed = await me();
    expect(renewed.statusCode).toBe(200);
    expect(Number(setCookie(renewed, 'motcua_session')!.attributes['max-age'])).toBe(3600);
    server.clock.advance(59 * 60_000);
    expect((await me()).statusCode).toBe(200);
    server.clock.advance(61 * 60_000);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(setCookie(expired, 'motcua_session')!.value).toBe('');
  });

  it('refuses a forged cookie', async () => {
    await start();
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: 'motcua_session=' + 'A'.repeat(43) },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('rate limiting of sign-in (injected clock)', () => {
  it('answers 429 with Retry-After after 5 failures for a login in 15 minutes, even with the right password', async () => {
    await start();
    for (let i = 0; i < 5; i++) {
      expect((await login({ login: AN.login, password: `wrong-password-${i}` })).statusCode).toBe(401);
      server.clock.advance(30_000);
    }
    const blocked = await login({ login: AN.login, password: AN.password });
    expect(blocked.statusCode).toBe(429);
    const error = errorOf(blocked);
    expect(error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(error.message.vi).toMatch(/thử lại sau 13 phút/);
    expect(error.message.en).toMatch(/try again in 13 minutes/);
    expect(Number(blocked.headers['retry-after'])).toBe(15 * 60 - 150);
    // Another login from the same address is not blocked by this login's failures.
    expect((await login({ login: BINH.login, password: BINH.password })).statusCode).toBe(200);
    server.clock.advance(15 * 60_000);
    expect((await login({ login: AN.login, password: AN.password })).statusCode).toBe(200);
  });

  it('limits one address guessing across many logins', async () => {
    await start({ limits: { perLogin: 5, perAddress: 8, windowMs: 15 * 60_000 } });
    for (let i = 0; i < 8; i++) await login({ login: `guess${i}`, password: 'password-1' });
    const blocked = await login({ login: AN.login, password: AN.password });
    expect(blocked.statusCode).toBe(429);
    const other = await login(
      { login: AN.login, password: AN.password },
      { 'x-forwarded-for': '203.0.113.7' }, // not trusted: still the same address
    );
    expect(other.statusCode).toBe(429);
  });
});

describe('password change', () => {
  const change = (cookie: string, body: unknown) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/session/password',
      headers: { cookie },
      payload: body as object,
    });

  it('needs the old password, ends every other session and keeps this browser signed in', async () => {
    await start();
    const here = await signIn(server.app, AN.login, AN.password);
    const elsewhere = await signIn(server.app, AN.login, AN.password);

    const wrong = await change(here, { oldPassword: 'not-it-at-all', newPassword: 'mat-khau-moi-2027' });
    expect(wrong.statusCode).toBe(403);
    expect(errorOf(wrong)).toMatchObject({ code: 'WRONG_PASSWORD', path: '/body/oldPassword' });

    const weak = await change(here, { oldPassword: AN.password, newPassword: 'ngan' });
    expect(weak.statusCode).toBe(400);
    expect(errorOf(weak)).toMatchObject({ code: 'WEAK_PASSWORD', path: '/body/newPassword' });

    const ok = await change(here, { oldPassword: AN.password, newPassword: 'mat-khau-moi-2027' });
    expect(ok.statusCode).toBe(200);
    const fresh = `motcua_session=${setCookie(ok, 'motcua_session')!.value}`;
    const me = (cookie: string) =>
      server.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    expect((await me(fresh)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await me(here)).statusCode).toBe(401);

    expect((await login({ login: AN.login, password: AN.password })).statusCode).toBe(401);
    expect((await login({ login: AN.login, password: 'mat-khau-moi-2027' })).statusCode).toBe(200);
  });

  it('requires a session', async () => {
    await start();
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/session/password',
      payload: { oldPassword: 'x', newPassword: 'mat-khau-moi-2027' },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('cross-site writes with the session cookie', () => {
  it('are refused when the Origin names another host', async () => {
    await start();
    const cookie = await signIn(server.app, AN.login, AN.password);
    const res = await server.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, origin: 'https://evil.example', host: 'motcua.example' },
    });
    expect(res.statusCode).toBe(403);
    const same = await server.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, origin: 'https://motcua.example', host: 'motcua.example' },
    });
    expect(same.statusCode).toBe(204);
  });
});
