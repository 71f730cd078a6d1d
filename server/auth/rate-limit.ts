/**
 * Login throttling: after too many failures in a sliding window, further attempts are refused (429) until the
 * oldest failure leaves the window. Counted per login and per client address in the database, so that several
 * server processes behind one address share the count (no process gives a guesser a fresh allowance).
 */
import type { AuditInput, Store } from '../store/index.ts';

export interface RateLimits {
  perLogin: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: RateLimits = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000 };

type LimiterStore = Pick<Store, 'loginFailures' | 'recordLoginFailure' | 'clearLoginFailures'>;

const loginKey = (login: string) => `login:${login.toLowerCase()}`;
const addressKey = (address: string) => `addr:${address}`;

export class LoginLimiter {
  constructor(
    private readonly store: LimiterStore,
    private readonly clock: () => number,
    private readonly limits: RateLimits = DEFAULT_LIMITS,
  ) {}

  /**
   * Milliseconds until an attempt is allowed again (0: allowed now), and how many failures the login has in the
   * window: a sign-in without any has nothing for `recordSuccess` to clear.
   */
  async check(login: string, address: string): Promise<{ wait: number; loginFailures: number }> {
    const now = this.clock();
    const keys = { login: loginKey(login), address: addressKey(address) };
    const failures = await this.store.loginFailures([keys.login, keys.address], now - this.limits.windowMs);
    const timesOf = (key: string) => failures.filter((f) => f.key === key).map((f) => f.at);
    const wait = (times: number[], limit: number) =>
      times.length < limit ? 0 : times[times.length - limit] + this.limits.windowMs - now;
    const byLogin = timesOf(keys.login);
    return {
      wait: Math.max(
        wait(byLogin, this.limits.perLogin),
        wait(timesOf(keys.address), this.limits.perAddress),
      ),
      loginFailures: byLogin.length,
    };
  }

  /** Counts the failure under the login and the address, with the audit entry that records it. */
  recordFailure(login: string, address: string, audit: AuditInput): Promise<void> {
    const at = this.clock();
    return this.store.recordLoginFailure(
      { keys: [loginKey(login), addressKey(address)], at, forgetUpTo: at - this.limits.windowMs },
      audit,
    );
  }

  /** A success clears the login's failures (not the address's: one good account must not unlock guessing). */
  recordSuccess(login: string): Promise<void> {
    return this.store.clearLoginFailures(loginKey(login));
  }
}
