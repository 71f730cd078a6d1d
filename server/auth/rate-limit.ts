/**
 * Throttling of guessing: after too many attempts in a sliding window, further ones are refused (429) until the
 * oldest leaves the window. Counted in the database (one row per attempt under each key), so that several server
 * processes behind one address share the count (no process gives a guesser a fresh allowance). Two kinds:
 * failed sign-ins, per login and per client address; public status lookups, per client address (every lookup,
 * and apart those that found no dossier: guessing codes in sequence).
 */
import type { AuditInput, Store } from '../store/index.ts';

export interface RateLimits {
  perLogin: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: RateLimits = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000 };

/** Public lookups per client address in the window: all of them, and those that found nothing. */
export interface LookupLimits {
  perAddress: number;
  missesPerAddress: number;
}

export const DEFAULT_LOOKUP_LIMITS: LookupLimits = { perAddress: 300, missesPerAddress: 20 };

type LimiterStore = Pick<Store, 'loginFailures' | 'recordLoginFailure' | 'clearLoginFailures'>;

const loginKey = (login: string) => `login:${login.toLowerCase()}`;
const addressKey = (address: string) => `addr:${address}`;
const lookupKey = (address: string) => `lookup:${address}`;
const missKey = (address: string) => `lookup-miss:${address}`;

/** The attempts under these keys in the window, oldest first, with the wait each limit imposes. */
class Window {
  constructor(
    private readonly store: LimiterStore,
    readonly clock: () => number,
    private readonly windowMs: number,
  ) {}

  async counted(keys: string[]) {
    const now = this.clock();
    const attempts = await this.store.loginFailures(keys, now - this.windowMs);
    const times = (key: string) => attempts.filter((a) => a.key === key).map((a) => a.at);
    /** Milliseconds until fewer than `limit` attempts under `key` lie in the window (0: now). */
    const wait = (key: string, limit: number) => {
      const t = times(key);
      return t.length < limit ? 0 : t[t.length - limit] + this.windowMs - now;
    };
    return { times, wait };
  }

  /** Counts one attempt under each key (with its audit entry, if any); forgets what has left the window. */
  record(keys: string[], audit?: AuditInput): Promise<void> {
    const at = this.clock();
    return this.store.recordLoginFailure({ keys, at, forgetUpTo: at - this.windowMs }, audit);
  }
}

export class LoginLimiter {
  private readonly window: Window;

  constructor(
    private readonly store: LimiterStore,
    clock: () => number,
    private readonly limits: RateLimits = DEFAULT_LIMITS,
  ) {
    this.window = new Window(store, clock, limits.windowMs);
  }

  /**
   * Milliseconds until an attempt is allowed again (0: allowed now), and how many failures the login has in the
   * window: a sign-in without any has nothing for `recordSuccess` to clear.
   */
  async check(login: string, address: string): Promise<{ wait: number; loginFailures: number }> {
    const keys = { login: loginKey(login), address: addressKey(address) };
    const { times, wait } = await this.window.counted([keys.login, keys.address]);
    return {
      wait: Math.max(wait(keys.login, this.limits.perLogin), wait(keys.address, this.limits.perAddress)),
      loginFailures: times(keys.login).length,
    };
  }

  /** Counts the failure under the login and the address, with the audit entry that records it. */
  recordFailure(login: string, address: string, audit: AuditInput): Promise<void> {
    return this.window.record([loginKey(login), addressKey(address)], audit);
  }

  /** A success clears the login's failures (not the address's: one good account must not unlock guessing). */
  recordSuccess(login: string): Promise<void> {
    return this.store.clearLoginFailures(loginKey(login));
  }
}

/**
 * Public lookups by dossier code or QR token. `windowMs` must be the sign-in throttle's: both count in one table,
 * and recording an attempt forgets every attempt older than the window.
 */
export class LookupLimiter {
  private readonly window: Window;

  constructor(
    store: LimiterStore,
    clock: () => number,
    private readonly limits: LookupLimits = DEFAULT_LOOKUP_LIMITS,
    windowMs: number = DEFAULT_LIMITS.windowMs,
  ) {
    this.window = new Window(store, clock, windowMs);
  }

  /** Milliseconds until the address may look up again (0: now). */
  async check(address: string): Promise<number> {
    const { wait } = await this.window.counted([lookupKey(address), missKey(address)]);
    return Math.max(
      wait(lookupKey(address), this.limits.perAddress),
      wait(missKey(address), this.limits.missesPerAddress),
    );
  }

  /** A lookup that found its dossier counts toward the address's allowance (not audited). */
  recordFound(address: string): Promise<void> {
    return this.window.record([lookupKey(address)]);
  }

  /** A lookup that found nothing counts twice, with the audit entry that shows who is guessing what. */
  recordMiss(address: string, audit: AuditInput): Promise<void> {
    return this.window.record([lookupKey(address), missKey(address)], audit);
  }
}
