import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcLogin, safeReturnTo } from '../../server/auth/oidc.ts';
import { Browser, CLIENT, startProvider, type TestProvider } from './auth-provider.ts';

const REDIRECT = 'http://127.0.0.1:9/api/v1/auth/oidc/callback';
let provider: TestProvider;

beforeAll(async () => {
  provider = await startProvider([REDIRECT]);
});
afterAll(() => provider.close());

const login = () =>
  new OidcLogin({
    issuer: provider.issuer,
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    redirectUri: REDIRECT,
    allowInsecure: true,
  });

describe('OIDC login (authorization code + PKCE) against a local provider', () => {
  it('sends the browser to the provider with PKCE S256, state and nonce', async () => {
    const { url, transaction } = await login().begin('/ho-so');
    const params = new URL(url).searchParams;
    expect(url.startsWith(provider.issuer)).toBe(true);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toBe(transaction.state);
    expect(params.get('nonce')).toBe(transaction.nonce);
    expect(params.get('redirect_uri')).toBe(REDIRECT);
    expect(transaction.returnTo).toBe('/ho-so');
  });

  it('finishes the code flow and reads the subject and name', async () => {
    const client = login();
    const { url, transaction } = await client.begin();
    const callback = await new Browser().signIn(url, '001099000123', REDIRECT);
    const identity = await client.finish(new URL(callback).search, transaction);
    expect(identity).toEqual({ sub: '001099000123', name: 'Nguyễn Thị Hoa' });
  });

  it('refuses a callback whose state does not match', async () => {
    const client = login();
    const { url, transaction } = await client.begin();
    const callback = await new Browser().signIn(url, '001099000124', REDIRECT);
    await expect(
      client.finish(new URL(callback).search, { ...transaction, state: 'forged' }),
    ).rejects.toMatchObject({
      code: 'OAUTH_INVALID_RESPONSE',
      cause: { message: expect.stringContaining('unexpected "state"') },
    });
  });

  it('refuses a callback finished with another PKCE verifier', async () => {
    const client = login();
    const first = await client.begin();
    const other = await client.begin();
    const callback = await new Browser().signIn(first.url, '001099000125', REDIRECT);
    // The provider refuses the token request: the verifier does not match the code's challenge.
    await expect(
      client.finish(new URL(callback).search, { ...first.transaction, verifier: other.transaction.verifier }),
    ).rejects.toMatchObject({ code: 'OAUTH_RESPONSE_BODY_ERROR', error: 'invalid_grant', status: 400 });
  });

  it('keeps redirects after login on this site', () => {
    expect(safeReturnTo('/tra-cuu?x=1')).toBe('/tra-cuu?x=1');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', 42, undefined]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
  });
});
