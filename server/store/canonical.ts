import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted and `undefined` members left out: the same value always gives the same text.
 * Recursive, as JSON.stringify is: what it hashes nests at most a few levels beyond the bound every JSON input is
 * held to (MAX_JSON_DEPTH, server/http/json-depth.ts).
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  // JSON.stringify of a copy with sorted keys writes the same text, three times as fast, unless the value has
  // something JSON.stringify writes differently (an array hole, a toJSON method, a function, keys that look
  // like numbers): that value is written by hand.
  const sorted = sortedKeys(value);
  return sorted === UNUSUAL ? written(value) : JSON.stringify(sorted);
}

const UNUSUAL = Symbol('unusual');

/** The value with the keys of every object in order (objects already in order are kept), or UNUSUAL. */
function sortedKeys(value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return UNUSUAL;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return UNUSUAL;
      const item: unknown = value[i];
      const sorted = sortedKeys(item);
      if (sorted === UNUSUAL) return UNUSUAL;
      if (sorted !== item) (copy ??= value.slice())[i] = sorted;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.toJSON === 'function') return UNUSUAL;
  const keys = Object.keys(record);
  let ordered = true;
  for (let i = 0; i < keys.length; i++) {
    // An object lists integer-like keys first, whatever order they were added in: no sorted copy can hold them.
    const first = keys[i].charCodeAt(0);
    if (first >= 48 && first <= 57) return UNUSUAL;
    if (i > 0 && keys[i - 1] > keys[i]) ordered = false;
  }
  if (!ordered) keys.sort();
  // No prototype: a member named "__proto__" (JSON.parse makes it an own key) stays a member, not a prototype.
  const copy: Record<string, unknown> = Object.create(null);
  let changed = !ordered;
  for (const key of keys) {
    const member = record[key];
    const sorted = sortedKeys(member);
    if (sorted === UNUSUAL) return UNUSUAL;
    if (sorted !== member) changed = true;
    copy[key] = sorted;
  }
  return changed ? copy : record;
}

/** canonicalJson written out member by member: the definition of the text. */
function written(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      const item: unknown = value[i];
      // A hole of a sparse array stays empty, as `map(...).join(',')` left it.
      if (item === undefined) text += i in value ? 'null' : '';
      else text += written(item);
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
    text += `${JSON.stringify(key)}:${written(member)}`;
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
