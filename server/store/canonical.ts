import { createHash } from 'node:crypto';

/** JSON with object keys sorted and `undefined` members left out: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The first link of every chain. */
export const GENESIS = '0'.repeat(64);

/** One link: sha256 over the previous hash and the canonical JSON of the record. */
export function chainHash(prevHash: string, record: unknown): string {
  return sha256(prevHash + canonicalJson(record));
}
