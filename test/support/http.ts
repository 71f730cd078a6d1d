/**
 * Test support for the HTTP layer: a real store in a temporary directory, a server built on it with an injected
 * clock (no listening: requests go through fastify.inject), and small helpers for cookies and accounts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../server/auth/passwords.ts';
import { createServer, type ServerOptions } from '../../server/http/server.ts';
import { openStore, type Store } from '../../server/store/index.ts';
import { FAST_HASH, TestClock } from './clock.ts';

export { FAST_HASH, T0, TestClock } from './clock.ts';

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  clock: TestClock;
  dir: string;
  close(): Promise<void>;
}

export async function tempStore(): Promise<{ store: Store; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-http-'));
  return { store: await openStore({ dataDir: dir }), dir };
}

/**
 * A server on a temporary SQLite store of its own (closed and deleted by close()); or, given `store` and its
 * `dataDir` (a per-dialect test database), on those, which stay their owner's to close.
 */
export async function testServer(
  options: Partial<Omit<ServerOptions, 'clock'>> & {
    setup?: (store: Store, clock: TestClock) => Promise<void>;
    /** A clock shared with other servers on the same database; default a new one at T0. */
    clock?: TestClock;
  } = {},
): Promise<TestServer> {
  const { setup, clock = new TestClock(), ...serverOptions } = options;
  const own = options.store ? undefined : await tempStore();
  const store = options.store ?? own!.store;
  const dir = options.dataDir ?? own?.dir;
  if (dir === undefined) throw new Error('testServer: a store given needs its dataDir');
  await setup?.(store, clock);
  const app = await createServer({
    passwordCost: FAST_HASH,
    dataDir: dir,
    ...serverOptions,
    store,
    clock: clock.read,
  });
  await app.ready();
  return {
    app,
    store,
    clock,
    dir,
    async close() {
      await app.close();
      if (!own) return;
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestUser {
  login: string;
  password: string;
  roles: { unitCode: string; role: string }[];
  id?: string;
}

/** Creates users directly in the store (and their units, flat under the first, if missing): no demo seed needed. */
export async function addUsers(store: Store, at: number, users: TestUser[]): Promise<void> {
  const units = new Set(users.flatMap((u) => u.roles.map((r) => r.unitCode)));
  const audit = { at, actorId: null, action: 'test.setup', target: 'test' };
  let root: string | undefined;
  for (const code of units) {
    if (!(await store.getUnit(code))) {
      const row = {
        code,
        parentCode: root ?? null,
        kind: root ? 'agency' : 'province',
        nameVi: code,
        nameEn: code,
      };
      await store.putUnit({ ...row, createdAt: at }, audit);
    }
    root ??= code;
  }
  for (const u of users) {
    u.id ??= `user-${u.login}`;
    await store.createUser(
      {
        id: u.id,
        login: u.login,
        displayName: u.login,
        passwordHash: await hashPassword(u.password, FAST_HASH),
        oidcSubject: null,
        disabled: false,
        createdAt: at,
      },
      u.roles,
      audit,
    );
  }
}

/** The value and attributes of one Set-Cookie header of an injected response. */
export function setCookie(
  res: LightMyRequestResponse,
  name: string,
): { value: string; attributes: Record<string, string | true> } | undefined {
  const headers = res.headers['set-cookie'];
  const list = headers === undefined ? [] : Array.isArray(headers) ? headers : [headers];
  for (const line of list) {
    const [pair, ...rest] = line.split(';');
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq).trim() !== name) continue;
    const attributes: Record<string, string | true> = {};
    for (const a of rest) {
      const [k, ...v] = a.trim().split('=');
      attributes[k.toLowerCase()] = v.length > 0 ? v.join('=') : true;
    }
    return { value: decodeURIComponent(pair.slice(eq + 1).trim()), attributes };
  }
  return undefined;
}

/** Signs in through POST /api/v1/session and returns the Cookie header to send next. */
export async function signIn(app: FastifyInstance, login: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${res.statusCode} ${res.body}`);
  return `motcua_session=${setCookie(res, 'motcua_session')!.value}`;
}

/**
 * The Cookie headers of signed-in accounts by login, each signed in (POST /api/v1/session) on first use and kept:
 * a demo account with its demo password, another with `passwords[login]`. `app` may be a getter, for a jar made
 * before its server. Sign-ins are audited: where a test counts audit entries, sign in first (`await jar(login)`).
 */
export function cookieJar(
  app: FastifyInstance | (() => FastifyInstance),
  passwords: Record<string, string> = {},
): (login: string) => Promise<string> {
  const cookies = new Map<string, Promise<string>>();
  return (login) => {
    let cookie = cookies.get(login);
    if (!cookie) {
      const server = typeof app === 'function' ? app() : app;
      cookie = signIn(server, login, passwords[login] ?? demoPassword(login));
      cookies.set(login, cookie);
      // A failed sign-in is not kept: the next use tries again.
      cookie.catch(() => cookies.delete(login));
    }
    return cookie;
  };
}

/** Asserts the shape every error has, and that nothing internal leaked. */
export function errorOf(res: LightMyRequestResponse): {
  code: string;
  message: { vi: string; en: string };
  path?: string;
  details?: unknown;
} {
  const body = JSON.parse(res.body) as {
    error?: { code: string; message: { vi: string; en: string }; path?: string };
  };
  if (!body.error || typeof body.error.code !== 'string' || typeof body.error.message?.vi !== 'string') {
    throw new Error(`not an error body: ${res.body}`);
  }
  if (/\bat .+:\d+:\d+|node_modules|stack/i.test(res.body)) throw new Error(`leaks internals: ${res.body}`);
  return body.error;
}

/** The demo seed (units, calendar, published examples, one account per role) with cheap password hashes. */
export async function seedDemoFast(store: Store, at: number) {
  const { seedDemo } = await import('../../server/services/index.ts');
  return seedDemo(store, at, { hashPassword: (p) => hashPassword(p, FAST_HASH) });
}

/** The demo password of a demo login (printed by `npm start` on first start). */
export const demoPassword = (login: string) => `motcua-${login}-demo`;
