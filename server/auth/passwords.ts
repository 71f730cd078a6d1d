/** Password hashing for local accounts: argon2id (the @node-rs/argon2 default) in PHC string form. */
import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id minimum (19 MiB, 2 passes); tests may lower it to stay fast. */
export interface PasswordCost {
  memoryCost: number;
  timeCost: number;
}

export const DEFAULT_COST: PasswordCost = { memoryCost: 19_456, timeCost: 2 };

export function hashPassword(password: string, cost: PasswordCost = DEFAULT_COST): Promise<string> {
  return hash(password, { ...cost, parallelism: 1 });
}

/** False, never an exception, for a wrong password or a malformed stored hash. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Spends the time of one verification when the login is unknown, so that response times do not tell
 * which logins exist.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('decoy-password-never-matches');
  await verifyPassword(await decoy, password);
  return false;
}

/** The minimum the product asks of a new password. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;
