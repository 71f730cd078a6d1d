import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/auth/passwords.ts';
import { hashToken, newApiToken, newToken } from '../../server/auth/tokens.ts';
import { checkNewPassword } from '../../server/auth/auth.ts';
import { FAST_HASH } from '../support/clock.ts';

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
