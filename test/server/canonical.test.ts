/**
 * canonicalJson is what every request hash and every audit / event chain link covers: its text must never change
 * for a given value, or stored hashes stop verifying.
 */
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
