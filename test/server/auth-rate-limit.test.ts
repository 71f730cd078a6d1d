/**
 * Login throttling counted in the database (both dialects, injected clock): per login and per address, in a sliding
 * window, and shared by every server process on the database.
 */
import { beforeAll, expect, it } from 'vitest';
import { LoginLimiter } from '../../server/auth/rate-limit.ts';
import type { AuditInput, Store } from '../../server/store/index.ts';
import { TestClock } from '../support/clock.ts';
import { withStores } from '../support/db.ts';

const LIMITS = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000 };
const failed = (at: number, login: string): AuditInput => ({
  at,
  actorId: null,
  action: 'auth.login_failed',
  target: `login:${login}`,
});

await withStores('login throttling', (suite) => {
  let run = 0;
  let clock: TestClock;
  /** Logins and addresses of their own per test: the suite's database is shared by its tests. */
  let tag: string;
  const limiterOn = (store: Store, limits = LIMITS) => new LoginLimiter(store, clock.read, limits);
  const fail = (limiter: LoginLimiter, login: string, address: string) =>
    limiter.recordFailure(`${tag}${login}`, `${tag}${address}`, failed(clock.now, `${tag}${login}`));
  const wait = (limiter: LoginLimiter, login: string, address: string) =>
    limiter.check(`${tag}${login}`, `${tag}${address}`).then((c) => c.wait);

  beforeAll(() => {
    clock = new TestClock();
  });
  const fresh = () => {
    tag = `t${++run}-`;
    clock.advance(LIMITS.windowMs);
  };

  it('blocks a login after 5 failures within 15 minutes, until the oldest leaves the window', async () => {
    fresh();
    const limiter = limiterOn(suite.store());
    for (let i = 0; i < 5; i++) {
      expect(await wait(limiter, 'an', '10.0.0.1')).toBe(0);
      await fail(limiter, 'an', '10.0.0.1');
      clock.advance(60_000);
    }
    // First failure at T0, now T0 + 5 min: it leaves the window at T0 + 15 min.
    expect(await wait(limiter, 'an', '10.0.0.1')).toBe(10 * 60_000);
    expect(await wait(limiter, 'AN', '10.0.0.2')).toBe(10 * 60_000);
    expect(await wait(limiter, 'binh', '10.0.0.1')).toBe(0);
    clock.advance(10 * 60_000);
    expect(await wait(limiter, 'an', '10.0.0.1')).toBe(0);
  });

  it('blocks an address that tries many logins', async () => {
    fresh();
    const limiter = limiterOn(suite.store());
    for (let i = 0; i < 20; i++) await fail(limiter, `user${i}`, '10.0.0.9');
    expect(await wait(limiter, 'someone-else', '10.0.0.9')).toBeGreaterThan(0);
    expect(await wait(limiter, 'someone-else', '10.0.0.8')).toBe(0);
  });

  it('forgets a login’s failures after a success, but not the address’s', async () => {
    fresh();
    const limiter = limiterOn(suite.store(), { ...LIMITS, perAddress: 6 });
    for (let i = 0; i < 4; i++) await fail(limiter, 'an', '10.0.0.1');
    const loginFailures = async () => (await limiter.check(`${tag}an`, `${tag}10.0.0.7`)).loginFailures;
    expect(await loginFailures()).toBe(4);
    await limiter.recordSuccess(`${tag}an`);
    expect(await loginFailures()).toBe(0);
    await fail(limiter, 'an', '10.0.0.1');
    expect(await wait(limiter, 'an', '10.0.0.7')).toBe(0);
    await fail(limiter, 'binh', '10.0.0.1');
    expect(await wait(limiter, 'chi', '10.0.0.1')).toBeGreaterThan(0);
  });

  it('counts the failures seen by another server process on the same database', async () => {
    fresh();
    const here = limiterOn(suite.store());
    const there = limiterOn(await suite.db().open());
    for (let i = 0; i < 3; i++) await fail(here, 'an', `10.0.1.${i}`);
    for (let i = 0; i < 2; i++) await fail(there, 'an', `10.0.2.${i}`);
    expect(await wait(here, 'an', '10.0.3.1')).toBe(LIMITS.windowMs);
    expect(await wait(there, 'an', '10.0.3.1')).toBe(LIMITS.windowMs);
  });

  it('writes each failure with its audit entry, and forgets failures once they leave the window', async () => {
    fresh();
    const limiter = limiterOn(suite.store());
    await fail(limiter, 'an', '10.0.0.1');
    const key = `login:${tag}an`;
    const rows = () => suite.db().exec('select key, at from login_failures where key = ?', [key]);
    expect(await rows()).toHaveLength(1);
    const audit = await suite
      .db()
      .exec("select target from audit_log where action = 'auth.login_failed' and target = ?", [key]);
    expect(audit).toHaveLength(1);
    clock.advance(LIMITS.windowMs);
    await fail(limiter, 'binh', '10.0.0.2');
    expect(await rows()).toHaveLength(0);
  });
});
