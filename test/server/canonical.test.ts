/**
 * canonicalJson is what every request hash and every audit / event chain link covers: its text must never change
 * for a given value, or stored hashes stop verifying.
 */
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS } from '../../server/store/canonical.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: undefined, c: [{ z: 1, y: null }], A: 'x' })).toBe(
      '{"A":"x","b":1,"c":[{"y":null,"z":1}]}',
    );
    expect(canonicalJson({ a: undefined })).toBe('{}');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson({ '': 1, é: 2, B: 3 })).toBe('{"":1,"B":3,"é":2}');
  });

  it('writes primitives as JSON and undefined as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson('a"b\n')).toBe('"a\\"b\\n"');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(Number.NaN)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
  });

  it('keeps array order; undefined items are null, holes stay empty', () => {
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson([undefined])).toBe('[null]');
    expect(canonicalJson([3, 1, undefined, { b: 2, a: 1 }])).toBe('[3,1,null,{"a":1,"b":2}]');
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    expect(canonicalJson(sparse)).toBe('[1,,3]');
  });

  it('hashes a link over the previous hash and the canonical text', () => {
    expect(chainHash(GENESIS, { seq: 1, payload: { b: [1, 'x'], a: null } })).toBe(
      '0df16f4672e31f55810377dfe25afee9b7505cf868cc85c3a9025b8114a7f3a5',
    );
  });
});

describe('canonicalJson of any JSON value', () => {
  /** The same value with the keys of every object added in reverse order. */
  const reversed = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(reversed)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reversed(v)]),
          )
        : value;

  it('reads back as the value, whatever order its keys were added in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reversed(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  /** The definition, written plainly: sorted keys, undefined members left out. */
  const spec = (value: unknown): string =>
    Array.isArray(value)
      ? `[${value.map(spec).join(',')}]`
      : value !== null && typeof value === 'object'
        ? `{${Object.keys(value)
            .sort()
            .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${spec((value as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(value);

  it('is the sorted-keys text at every depth, numeric-looking keys included', () => {
    const key = fc.oneof(fc.string(), fc.nat().map(String));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 0 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(spec(v));
      }),
    );
    expect(canonicalJson({ '9': 1, '10': 2, b: { '2': 0, '1': 0 } })).toBe(
      '{"10":2,"9":1,"b":{"1":0,"2":0}}',
    );
    expect(canonicalJson({ d: new Date(0), f: () => 1 })).toBe('{"d":{},"f":undefined}');
  });
});

describe('canonicalJson is RFC 8785 (JSON Canonicalization Scheme) on JSON values', () => {
  // An auditor recomputes a chain hash with any RFC 8785 implementation: the `canonicalize` package is one.
  it('writes the text the canonicalize package writes', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    const json = fc.jsonValue({ depthSize: 'medium' });
    fc.assert(
      fc.property(fc.oneof(json, fc.dictionary(text, fc.jsonValue())), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 500 },
    );
  });

  it('on the numbers and strings RFC 8785 singles out', () => {
    const cases: unknown[] = [
      // Its Appendix B numbers, ECMAScript's shortest round-trip form.
      [0, -0, 1e21, 1e-7, 333333333.3333333, 4.5, 2e-3, 1e23, 5e-324, 1.7976931348623157e308],
      // Keys sort by UTF-16 code units: "\u20ac" (€) before "\ud83d\ude00" (😀) before "\ufb33".
      { '\ufb33': 1, '\ud83d\ude00': 2, '\u20ac': 3, '\r': 4, '1': 5, '\u0080': 6, ö: 7 },
      { text: '\u2028\u0000\u001f"\\/é😀' },
      // A member named "__proto__", as JSON.parse makes it (an own key): it was once left out of the hash.
      JSON.parse('{"b":{"c":1,"__proto__":false}}'),
    ];
    for (const value of cases) expect(canonicalJson(value)).toBe(canonicalize(value));
  });
});
