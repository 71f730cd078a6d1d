/** Bearer secrets (session cookies, API tokens): 32 random bytes, only their SHA-256 is stored. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** API tokens carry a prefix so that a leaked one is recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'mc_';

export function newApiToken(): string {
  return API_TOKEN_PREFIX + newToken();
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
