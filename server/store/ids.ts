/**
 * Time-ordered ids (UUID version 7, RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Rows keyed by
 * them land at the right edge of their indexes (the dossier's own, its events, tasks and timers, which all start
 * with the dossier id), so a commit dirties the same few pages instead of one random leaf per index.
 */
import { randomFillSync } from 'node:crypto';

const POOL = 4096;
const pool = Buffer.alloc(POOL);
let offset = POOL;

/** `n` (≤ POOL) bytes of the CSPRNG, from a pool filled 4 KiB at a time: one call of it costs as much as the pool. */
function randomOf(n: number): Buffer {
  if (offset + n > POOL) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + n);
  offset += n;
  return bytes;
}

/** A secret of `bytes` random bytes, base64url (a QR token: the capability its link carries). */
export const secretToken = (bytes: number): string => randomOf(bytes).toString('base64url');

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** The millisecond of the last id made here, and its 12-bit counter (rand_a). */
let lastMs = -1;
let counter = 0;

/**
 * Ids made in one millisecond by this process increase in the order they are made (RFC 9562, 6.2 method 1): rand_a
 * counts up from a random start below 2048, and starts afresh, at random, only after 2048 or more ids in one
 * millisecond. So rows written in one transaction (a dossier's notifications) sort by id in the order they were made.
 */
export function timeOrderedId(ms = Date.now()): string {
  const r = randomOf(10);
  const time = hex(ms, 12);
  if (ms !== lastMs || counter === 0xfff) {
    lastMs = ms;
    counter = ((r[0] & 0x07) << 8) | r[1];
  } else counter++;
  const randA = counter;
  const randB = ((r[2] & 0x3f) | 0x80).toString(16).padStart(2, '0') + r.toString('hex', 3, 10);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(randA, 3)}-${randB.slice(0, 4)}-${randB.slice(4)}`;
}
