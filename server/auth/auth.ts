/**
 * Accounts and sign-in: passwords, sessions, API tokens and OIDC identities. Every secret handed out is a random
 * 32-byte token of which only the SHA-256 is stored, so a copy of the database opens no session.
 */
import { randomUUID } from 'node:crypto';
import { serviceError } from '../errors.ts';
import { Lru, type ApiTokenRow, type Store, type UserRow } from '../store/index.ts';
import { invalidCredentials, tooManyAttempts } from './errors.ts';
import type { OidcIdentity } from './oidc.ts';
import {
  DEFAULT_COST,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  hashPassword,
  verifyDecoy,
  verifyPassword,
  type PasswordCost,
} from './passwords.ts';
import { DEFAULT_LIMITS, LoginLimiter, type RateLimits } from './rate-limit.ts';
import { API_TOKEN_PREFIX, hashToken, newApiToken, newToken } from './tokens.ts';
import { message } from '../../runtime/engine/messages/index.ts';
import type { Localized } from '../../runtime/engine/index.ts';

/** The Store methods the auth code uses (tests may hand in a fake with just these). */
export type AuthStore = Pick<
  Store,
  | 'findUserByLogin'
  | 'getUser'
  | 'findUserByOidcSubject'
  | 'createUser'
  | 'updateUser'
  | 'createSession'
  | 'getSignedIn'
  | 'extendSession'
  | 'deleteSession'
  | 'deleteUserSessions'
  | 'createApiToken'
  | 'getApiToken'
  | 'revokeApiToken'
  | 'listApiTokens'
  | 'findApiTokenByPrefix'
  | 'appendAudit'
  | 'loginFailures'
  | 'recordLoginFailure'
  | 'clearLoginFailures'
>;

export interface AuthOptions {
  clock: () => number;
  /** Idle lifetime of a session: each use past half of it extends it again. */
  sessionTtlMs: number;
  limits?: RateLimits;
  passwordCost?: PasswordCost;
  /** The unit where people who sign in with OIDC for the first time get their `citizen` role. */
  citizenUnit: () => Promise<string>;
}

export interface Session {
  token: string;
  expiresAt: number;
  /** Who the new session signs in: what `fromSession(token)` would answer, without reading it back. */
  identity: Identity;
}

/** Who is calling, and how they proved it. */
export interface Identity {
  user: UserRow;
  via: 'session' | 'token';
  /** The hash of the session token, to end this session. */
  sessionHash?: string;
  /** Set when this request extended the session: the cookie is sent again with the new lifetime. */
  renewedUntil?: number;
  /** The reference stamp read with the session: the request's cached reference reads start from it. */
  referenceStamp?: number;
}

/** Bounds the sign-ins a process remembers for `presumed` (one per open session that made a request). */
const RECENT_SIGN_INS = 10_000;

export class Auth {
  private readonly limiter: LoginLimiter;
  private readonly cost: PasswordCost;
  /** The sessions this process read lately, by token hash, with the expiry read: what `presumed` answers. */
  private readonly recent = new Lru<string, { identity: Identity; expiresAt: number }>(RECENT_SIGN_INS);

  constructor(
    private readonly store: AuthStore,
    private readonly options: AuthOptions,
  ) {
    this.limiter = new LoginLimiter(store, options.clock, options.limits ?? DEFAULT_LIMITS);
    this.cost = options.passwordCost ?? DEFAULT_COST;
  }

  now(): number {
    return this.options.clock();
  }

  /** Checks the password (throttled per login and per address) and opens a session. */
  async login(login: string, password: string, address: string): Promise<Session> {
    const { wait, loginFailures } = await this.limiter.check(login, address);
    if (wait > 0) throw tooManyAttempts(wait);
    const user = await this.store.findUserByLogin(login);
    // Unknown logins cost one verification too, so timing does not tell which logins exist.
    const ok = user?.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyDecoy(password);
    if (!user || !ok || user.disabled) {
      await this.limiter.recordFailure(login, address, {
        at: this.now(),
        actorId: user?.id ?? null,
        action: 'auth.login_failed',
        target: `login:${login}`,
        payload: { address },
      });
      throw invalidCredentials();
    }
    // Clearing is a write transaction: skipped when there is nothing to clear, as for most sign-ins.
    if (loginFailures > 0) await this.limiter.recordSuccess(login);
    return this.openSession(user, { address, method: 'password' });
  }

  private async openSession(user: UserRow, payload: Record<string, unknown>): Promise<Session> {
    const token = newToken();
    const tokenHash = hashToken(token);
    const createdAt = this.now();
    const expiresAt = createdAt + this.options.sessionTtlMs;
    await this.store.createSession(
      { tokenHash, userId: user.id, createdAt, expiresAt },
      { at: createdAt, actorId: user.id, action: 'auth.login', target: `user:${user.id}`, payload },
    );
    return { token, expiresAt, identity: { user, via: 'session', sessionHash: tokenHash } };
  }

  /** The signed-in user of a session cookie, or undefined when it is unknown, expired or the user disabled. */
  async fromSession(token: string): Promise<Identity | undefined> {
    if (token.length > 100) return undefined;
    const tokenHash = hashToken(token);
    this.recent.delete(tokenHash);
    const signedIn = await this.store.getSignedIn(tokenHash);
    if (!signedIn) return undefined;
    const { session, user, referenceStamp } = signedIn;
    const now = this.now();
    if (session.expiresAt <= now) {
      await this.store.deleteSession(tokenHash, {
        at: now,
        actorId: session.userId,
        action: 'auth.session_expired',
        target: `user:${session.userId}`,
      });
      return undefined;
    }
    if (!user || user.disabled) return undefined;
    const identity: Identity = { user, via: 'session', sessionHash: tokenHash, referenceStamp };
    let expiresAt = session.expiresAt;
    if (expiresAt - now < this.options.sessionTtlMs / 2) {
      expiresAt = now + this.options.sessionTtlMs;
      await this.store.extendSession(tokenHash, expiresAt);
    }
    this.recent.set(tokenHash, { identity, expiresAt });
    return expiresAt === session.expiresAt ? identity : { ...identity, renewedUntil: expiresAt };
  }

  /**
   * The identity a session cookie had when this process last read it, without reading it again: for a request
   * whose one write checks the sign-in in its own transaction (store/presumed.ts). None when the session was not
   * read lately or is due to be extended (which only a read does).
   */
  presumed(token: string): Identity | undefined {
    if (token.length > 100) return undefined;
    const recent = this.recent.get(hashToken(token));
    if (!recent || recent.expiresAt - this.now() < this.options.sessionTtlMs / 2) return undefined;
    return recent.identity;
  }

  /** The user of an API token (`Authorization: Bearer mc_…`), or undefined. */
  async fromApiToken(token: string): Promise<Identity | undefined> {
    if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 100) return undefined;
    const record = await this.store.getApiToken(hashToken(token));
    if (!record || record.revokedAt !== null) return undefined;
    const user = await this.store.getUser(record.userId);
    if (!user || user.disabled) return undefined;
    return { user, via: 'token' };
  }

  async logout(identity: Identity): Promise<void> {
    if (!identity.sessionHash) return;
    this.recent.delete(identity.sessionHash);
    await this.store.deleteSession(identity.sessionHash, {
      at: this.now(),
      actorId: identity.user.id,
      action: 'auth.logout',
      target: `user:${identity.user.id}`,
    });
  }

  /**
   * The old password is required even with a valid session: a borrowed browser must not take the account.
   * Every session of the user ends (a thief's too); a caller who came by session gets a fresh one, a caller with
   * an API token keeps using the token and gets none (nobody would hold it). Answers who the caller is now.
   */
  async changePassword(
    identity: Identity,
    oldPassword: string,
    newPassword: string,
  ): Promise<{ identity: Identity; session?: Session }> {
    const { user } = identity;
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, oldPassword))) {
      throw serviceError('WRONG_PASSWORD', 403, message('auth.wrongPassword'), { path: '/body/oldPassword' });
    }
    checkNewPassword(newPassword, user.login);
    const at = this.now();
    const audit = { at, actorId: user.id, target: `user:${user.id}` };
    const passwordHash = await hashPassword(newPassword, this.cost);
    await this.store.updateUser(user.id, { passwordHash }, { ...audit, action: 'auth.password_changed' });
    await this.store.deleteUserSessions(user.id, { ...audit, action: 'auth.sessions_ended' });
    const changed = { ...user, passwordHash };
    if (identity.via !== 'session') return { identity: { user: changed, via: identity.via } };
    const session = await this.openSession(changed, { method: 'password_change' });
    return { identity: session.identity, session };
  }

  /**
   * Signs in a person the OIDC provider vouched for: the account linked to their `sub`, or a new citizen
   * account without a password (the provider is its only way in).
   */
  async oidcSignIn(identity: OidcIdentity): Promise<Session> {
    let user = await this.store.findUserByOidcSubject(identity.sub);
    if (!user) {
      user = {
        id: randomUUID(),
        login: `vneid:${identity.sub}`,
        displayName: identity.name ?? `Công dân ${identity.sub}`,
        passwordHash: null,
        oidcSubject: identity.sub,
        disabled: false,
        createdAt: this.now(),
      };
      await this.store.createUser(user, [{ unitCode: await this.options.citizenUnit(), role: 'citizen' }], {
        at: this.now(),
        actorId: user.id,
        action: 'auth.account_created',
        target: `user:${user.id}`,
        payload: { method: 'oidc' },
      });
    }
    if (user.disabled) throw invalidCredentials();
    return this.openSession(user, { method: 'oidc' });
  }

  /** A new API token for `userId`; the token itself is shown once and never stored. */
  async createApiToken(
    creatorId: string,
    userId: string,
    name: string,
  ): Promise<{ token: string; id: string }> {
    const token = newApiToken();
    const tokenHash = hashToken(token);
    const at = this.now();
    const id = apiTokenId(tokenHash);
    await this.store.createApiToken(
      { tokenHash, name, userId, createdAt: at, revokedAt: null },
      {
        at,
        actorId: creatorId,
        action: 'auth.api_token_created',
        target: `user:${userId}`,
        payload: { name, id },
      },
    );
    return { token, id };
  }

  /** The API tokens of a user, oldest first, revoked ones included (with when). */
  async listApiTokens(userId: string): Promise<ApiTokenInfo[]> {
    const rows = await this.store.listApiTokens(userId);
    return rows.map(tokenInfo);
  }

  /** The token an id names (see `apiTokenId`), revoked or not; undefined when there is none. */
  async findApiToken(id: string): Promise<(ApiTokenInfo & { tokenHash: string }) | undefined> {
    if (!/^[0-9a-f]{16}$/.test(id)) return undefined;
    const row = await this.store.findApiTokenByPrefix(id);
    return row ? { ...tokenInfo(row), tokenHash: row.tokenHash } : undefined;
  }

  /** Revokes a token: `fromApiToken` refuses it from now on. False when it was revoked already. */
  async revokeApiToken(actorId: string, token: ApiTokenInfo & { tokenHash: string }): Promise<boolean> {
    if (token.revokedAt !== null) return false;
    const at = this.now();
    return this.store.revokeApiToken(token.tokenHash, at, {
      at,
      actorId,
      action: 'auth.api_token_revoked',
      target: `user:${token.userId}`,
      payload: { name: token.name, id: token.id },
    });
  }

  hashPassword(password: string): Promise<string> {
    return hashPassword(password, this.cost);
  }
}

/** An API token as lists show it: named by its id, never by its hash. */
export interface ApiTokenInfo {
  id: string;
  name: string;
  userId: string;
  createdAt: number;
  revokedAt: number | null;
}

/** The first 16 hex digits of the hash name the token in lists and logs without revealing it. */
const apiTokenId = (tokenHash: string) => tokenHash.slice(0, 16);

const tokenInfo = (row: ApiTokenRow): ApiTokenInfo => ({
  id: apiTokenId(row.tokenHash),
  name: row.name,
  userId: row.userId,
  createdAt: row.createdAt,
  revokedAt: row.revokedAt,
});

export function checkNewPassword(password: string, login: string): void {
  const weak = (text: Localized) => serviceError('WEAK_PASSWORD', 400, text, { path: '/body/newPassword' });
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw weak(message('auth.passwordTooShort', { minPasswordLength: MIN_PASSWORD_LENGTH }));
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw weak(message('auth.passwordTooLong', { maxPasswordLength: MAX_PASSWORD_LENGTH }));
  }
  if (password.toLowerCase() === login.toLowerCase()) {
    throw weak(message('auth.passwordIsLogin'));
  }
}
