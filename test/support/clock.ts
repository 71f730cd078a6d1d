/**
 * The injected clock and cheap password hashing of the tests, apart from test/support/http.ts so that tests of
 * the primitives need no server or store.
 */
import type { PasswordCost } from '../../server/auth/passwords.ts';

/** Cheap argon2id parameters: the tests check behaviour, not hashing cost. */
export const FAST_HASH: PasswordCost = { memoryCost: 1024, timeCost: 1 };

/** 2026-11-23 09:00 in Hà Nội (a Monday, office hours). */
export const T0 = Date.parse('2026-11-23T09:00:00+07:00');

export class TestClock {
  constructor(public now = T0) {}
  readonly read = () => this.now;
  advance(ms: number): void {
    this.now += ms;
  }
}
