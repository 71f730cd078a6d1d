/**
 * A local OpenID provider (oidc-provider) on 127.0.0.1 with a random port, standing in for VNeID, and a browser
 * made of fetch calls that walks its login and consent pages.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

export const CLIENT = { id: 'motcua-test', secret: 'motcua-test-secret-0123456789abcdef' };

/** Citizens the provider knows: sub → name. Any other login gets a generated name. */
const PEOPLE: Record<string, string> = { '001099000123': 'Nguyễn Thị Hoa' };

export async function startProvider(redirectUris: string[]): Promise<TestProvider> {
  // The issuer URL names the port, so the server listens first and gets its handler once the provider exists.
  const route: { handler?: RequestListener } = {};
  const server: Server = createServer((req, res) => route.handler?.(req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name'] },
    cookies: { keys: ['test-cookie-key-1'] },
    features: { devInteractions: { enabled: true } },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    async findAccount(_ctx: unknown, sub: string) {
      return { accountId: sub, claims: () => ({ sub, name: PEOPLE[sub] ?? `Công dân ${sub}` }) };
    },
  });
  route.handler = provider.callback();
  return {
    issuer,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A cookie jar per origin, enough for the provider's and our own cookies. */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookies(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const jar = this.cookies(origin);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects from `url`, submitting the provider's login form (as `login`) and consent form when they
   * appear, and stops at the first redirect to `stopAt` (our callback). Returns that callback URL.
   */
  async signIn(url: string, login: string, stopAt: string): Promise<string> {
    let next = url;
    for (let hop = 0; hop < 20; hop++) {
      if (next.startsWith(stopAt)) return next;
      const response = await this.request(next);
      if (response.status >= 300 && response.status < 400) {
        next = new URL(response.headers.get('location')!, next).href;
        continue;
      }
      const html = await response.text();
      if (response.status !== 200) throw new Error(`provider said ${response.status}: ${html.slice(0, 300)}`);
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`no form on ${next}`);
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? 'consent';
      const body = new URLSearchParams({ prompt });
      if (prompt === 'login') {
        body.set('login', login);
        body.set('password', 'any');
      }
      const submit = await this.request(new URL(action.replace(/&amp;/g, '&'), next).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      if (submit.status < 300 || submit.status >= 400) throw new Error(`form submit said ${submit.status}`);
      next = new URL(submit.headers.get('location')!, next).href;
    }
    throw new Error('too many redirects');
  }
}
