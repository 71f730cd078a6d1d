import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/auth/passwords.ts';
import { LoginLimiter } from '../../server/auth/rate-limit.ts';
import { hashToken, newApiToken, newToken } from '../../server/auth/tokens.ts';
import { checkNewPassword } from '../../server/auth/auth.ts';
import { FAST_HASH, TestClock } from '../support/clock.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('mật-khẩu-đúng', FAST_HASH);
    expect(stored).toMatch(/^\$argon2id\$v=19\$/);
    expect(await verifyPassword(stored, 'mật-khẩu-đúng')).toBe(true);
    expect(await verifyPassword(stored, 'mat-khau-dung')).toBe(false);
  });

  it('uses the OWASP minimum cost by default', async () => {
    expect(await hashPassword('x')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('treats a missing or malformed stored hash as a wrong password, without throwing', async () => {
    expect(await verifyPassword(null, 'x')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });

  it('refuses weak new passwords with a specific code', () => {
    expect(() => checkNewPassword('short', 'an')).toThrow(/at least 8/);
    expect(() => checkNewPassword('nguyenvanan', 'NguyenVanAn')).toThrow(/must not be the login/);
    expect(() => checkNewPassword('đủ-dài-rồi', 'an')).not.toThrow();
  });
});

describe('tokens', () => {
  it('are 32 random bytes, and only their SHA-256 is meant for storage', () => {
    const a = newToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
    expect(newApiToken()).toMatch(/^mc_[\w-]{43}$/);
  });
});

describe('login rate limiting (injected clock)', () => {
  const limits = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000 };

  it('blocks a login after 5 failures within 15 minutes, until the oldest leaves the window', () => {
    const clock = new TestClock();
    const limiter = new LoginLimiter(clock.read, limits);
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter('an', '10.0.0.1')).toBe(0);
      limiter.recordFailure('an', '10.0.0.1');
      clock.advance(60_000);
    }
    // First failure at T0, now T0 + 5 min: it leaves the window at T0 + 15 min.
    expect(limiter.retryAfter('an', '10.0.0.1')).toBe(10 * 60_000);
    expect(limiter.retryAfter('AN', '10.0.0.2')).toBe(10 * 60_000);
    expect(limiter.retryAfter('binh', '10.0.0.1')).toBe(0);
    clock.advance(10 * 60_000);
    expect(limiter.retryAfter('an', '10.0.0.1')).toBe(0);
  });

  it('blocks an address that tries many logins', () => {
    const clock = new TestClock();
    const limiter = new LoginLimiter(clock.read, limits);
    for (let i = 0; i < 20; i++) limiter.recordFailure(`user${i}`, '10.0.0.9');
    expect(limiter.retryAfter('someone-else', '10.0.0.9')).toBeGreaterThan(0);
    expect(limiter.retryAfter('someone-else', '10.0.0.8')).toBe(0);
  });

  it('forgets a login’s failures after a success, but not the address’s', () => {
    const clock = new TestClock();
    const limiter = new LoginLimiter(clock.read, { ...limits, perAddress: 6 });
    for (let i = 0; i < 4; i++) limiter.recordFailure('an', '10.0.0.1');
    limiter.recordSuccess('an');
    limiter.recordFailure('an', '10.0.0.1');
    expect(limiter.retryAfter('an', '10.0.0.7')).toBe(0);
    limiter.recordFailure('binh', '10.0.0.1');
    expect(limiter.retryAfter('chi', '10.0.0.1')).toBeGreaterThan(0);
  });
});
