import { createHash } from 'node:crypto';

/** JSON with object keys sorted and `undefined` members left out: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  // Built by appending (no intermediate arrays): this runs on every request body and every hash-chain link.
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      const item: unknown = value[i];
      // A hole of a sparse array stays empty, as `map(...).join(',')` left it.
      if (item === undefined) text += i in value ? 'null' : '';
      else text += canonicalJson(item);
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${text}}`;
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
