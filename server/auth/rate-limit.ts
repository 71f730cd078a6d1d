/**
 * Login throttling: after too many failures in a sliding window, further attempts are refused (429) until
 * the oldest failure leaves the window. Counted per login and per client address, in memory: each server
 * process counts on its own, which bounds guessing to (processes × limit) per window.
 */
export interface RateLimits {
  perLogin: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: RateLimits = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000 };

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: () => number,
    private readonly limits: RateLimits = DEFAULT_LIMITS,
  ) {}

  /** Milliseconds until an attempt is allowed again; 0 when it is allowed now. */
  retryAfter(login: string, address: string): number {
    const now = this.clock();
    return Math.max(
      this.wait(`login:${login.toLowerCase()}`, this.limits.perLogin, now),
      this.wait(`addr:${address}`, this.limits.perAddress, now),
    );
  }

  recordFailure(login: string, address: string): void {
    const now = this.clock();
    for (const key of [`login:${login.toLowerCase()}`, `addr:${address}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
    if (this.failures.size > 100_000) this.sweep(now);
  }

  /** A success clears the login's failures (not the address's: one good account must not unlock guessing). */
  recordSuccess(login: string): void {
    this.failures.delete(`login:${login.toLowerCase()}`);
  }

  private wait(key: string, limit: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < limit) return 0;
    return list[list.length - limit] + this.limits.windowMs - now;
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.limits.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  private sweep(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
