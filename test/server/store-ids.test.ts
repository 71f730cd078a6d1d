/**
 * Time-ordered ids (server/store/ids.ts): RFC 9562 version 7, ordered by their millisecond, unique; and the secrets
 * (QR and verify tokens) drawn from the same pool of random bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secretToken, timeOrderedId } from '../../server/store/ids.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedId', () => {
  it('is a version 7 UUID whose first 48 bits are the millisecond', () => {
    const ms = Date.parse('2026-11-23T09:00:00+07:00');
    const id = timeOrderedId(ms);
    expect(id).toMatch(V7);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(ms);
  });

  it('sorts as text in the order of its milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 2 }), fc.integer({ min: 1, max: 10 ** 9 }), (a, d) => {
        const b = Math.min(a + d, 2 ** 48 - 1);
        const [x, y] = [timeOrderedId(a), timeOrderedId(b)];
        expect(x).toMatch(V7);
        expect(x < y).toBe(true);
      }),
    );
  });

  it('counts up within one millisecond, in the order the ids are made', () => {
    const ids = Array.from({ length: 1000 }, () => timeOrderedId(2));
    for (const id of ids) expect(id).toMatch(V7);
    expect([...ids].sort()).toEqual(ids);
    // Another millisecond starts afresh; back in the first, the count starts again at random.
    expect(timeOrderedId(3) > ids[999]).toBe(true);
  });

  it('does not repeat within one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => timeOrderedId(1));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('secretToken', () => {
  it('is base64url of the bytes asked for, and never repeats across refills of the pool', () => {
    // 18 bytes a token: 1,000 of them take the 4 KiB pool round several times, ids drawn in between.
    const tokens = Array.from({ length: 1000 }, (_, i) => (i % 7 === 0 && timeOrderedId(1), secretToken(18)));
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(18);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
