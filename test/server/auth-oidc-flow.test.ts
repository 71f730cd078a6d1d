/**
 * Sign-in with VNeID end to end: our /start, the provider's login and consent pages (walked with fetch), our
 * /callback. The server is reached through inject; the provider over real HTTP on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addUsers, errorOf, setCookie, testServer, type TestServer } from '../support/http.ts';
import { Browser, CLIENT, startProvider, type TestProvider } from './auth-provider.ts';

const CALLBACK = 'http://motcua.test/api/v1/auth/oidc/callback';
let provider: TestProvider;
let server: TestServer;

beforeAll(async () => {
  provider = await startProvider([CALLBACK]);
});
afterAll(() => provider.close());
afterEach(() => server?.close());

const start = () =>
  testServer({
    oidc: {
      issuer: provider.issuer,
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      redirectUri: CALLBACK,
      allowInsecure: true,
    },
    setup: (store, clock) =>
      addUsers(store, clock.now, [
        { login: 'root', password: 'mat-khau-root-1', roles: [{ unitCode: 'H41', role: 'system_admin' }] },
      ]),
  }).then((s) => (server = s));

/** Runs /start → provider → /callback and returns our callback's response. */
async function signInWithVneid(sub: string, returnTo = '/ho-so-cua-toi') {
  const begin = await server.app.inject({
    method: 'GET',
    url: `/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
  });
  expect(begin.statusCode).toBe(302);
  const tx = setCookie(begin, 'motcua_oidc')!;
  expect(tx.attributes.httponly).toBe(true);
  expect(tx.attributes.samesite).toBe('Lax');
  expect(tx.attributes.path).toBe('/api/v1/auth/oidc');
  const back = await new Browser().signIn(begin.headers.location as string, sub, CALLBACK);
  const url = new URL(back);
  return server.app.inject({
    method: 'GET',
    url: url.pathname + url.search,
    headers: { cookie: `motcua_oidc=${encodeURIComponent(tx.value)}` },
  });
}

describe('sign-in with VNeID (OIDC code flow + PKCE) against a local provider', () => {
  it('creates a citizen account linked to the subject, opens a session and returns to the page', async () => {
    await start();
    const res = await signInWithVneid('001099000123');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/ho-so-cua-toi');
    const session = setCookie(res, 'motcua_session')!;
    expect(session.attributes.httponly).toBe(true);
    expect(setCookie(res, 'motcua_oidc')!.value).toBe('');

    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: `motcua_session=${session.value}` },
    });
    expect(me.json().user).toMatchObject({
      login: 'vneid:001099000123',
      displayName: 'Nguyễn Thị Hoa',
      roles: [{ unitCode: 'H41', role: 'citizen' }],
    });
    const user = await server.store.findUserByOidcSubject('001099000123');
    expect(user?.passwordHash).toBeNull();
  });

  it('signs the same person into the same account the next time', async () => {
    await start();
    await signInWithVneid('001099000777');
    const first = await server.store.findUserByOidcSubject('001099000777');
    await signInWithVneid('001099000777');
    const again = await server.store.findUserByOidcSubject('001099000777');
    expect(again?.id).toBe(first?.id);
    expect(
      (await server.store.listUsers({})).filter((u) => u.user.oidcSubject === '001099000777'),
    ).toHaveLength(1);
  });

  it('never redirects off the site after sign-in', async () => {
    await start();
    const res = await signInWithVneid('001099000888', 'https://evil.example/steal');
    expect(res.headers.location).toBe('/');
  });

  it('refuses a callback without the transaction cookie, or with a tampered one', async () => {
    await start();
    const begin = await server.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    const tx = setCookie(begin, 'motcua_oidc')!;
    const back = new URL(
      await new Browser().signIn(begin.headers.location as string, '001099000999', CALLBACK),
    );
    const path = back.pathname + back.search;
    const none = await server.app.inject({ method: 'GET', url: path });
    expect(none.statusCode).toBe(400);
    expect(errorOf(none).code).toBe('OIDC_FAILED');
    const forged = JSON.stringify({
      ...JSON.parse(tx.value.slice(0, tx.value.lastIndexOf('.'))),
      state: 'x',
    });
    const tampered = await server.app.inject({
      method: 'GET',
      url: path,
      headers: {
        cookie: `motcua_oidc=${encodeURIComponent(forged + tx.value.slice(tx.value.lastIndexOf('.')))}`,
      },
    });
    expect(tampered.statusCode).toBe(400);
    expect(setCookie(tampered, 'motcua_session')).toBeUndefined();
  });

  it('reports a provider refusal as 400, and a server without OIDC as 404 OIDC_DISABLED', async () => {
    await start();
    const begin = await server.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    const tx = setCookie(begin, 'motcua_oidc')!;
    const denied = await server.app.inject({
      method: 'GET',
      url: '/api/v1/auth/oidc/callback?error=access_denied&state=x',
      headers: { cookie: `motcua_oidc=${encodeURIComponent(tx.value)}` },
    });
    expect(denied.statusCode).toBe(400);
    expect(errorOf(denied).code).toBe('OIDC_FAILED');
    // The sign-in screen offers the VNeID button only where the server has it.
    const methods = () => server.app.inject({ method: 'GET', url: '/trpc/session.methods' });
    expect((await methods()).json().result.data).toEqual({ vneid: true });
    await server.close();

    server = await testServer();
    const off = await server.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    expect(off.statusCode).toBe(404);
    expect(errorOf(off).code).toBe('OIDC_DISABLED');
    expect((await methods()).json().result.data).toEqual({ vneid: false });
  });
});
