/** Bearer secrets (session cookies, API tokens): 32 random bytes, only their SHA-256 is stored. */
import { createHash, randomBytes } from 'node:crypto';

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
