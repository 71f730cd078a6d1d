import { describe, expect, test } from 'vitest';
import { ALLOWED_OPERATORS, lintRule, ruleVariables } from './index.ts';

const FORM = new Set(['child.birthDate', 'applicant.age', 'members', 'district', 'start']);
const variables = (path: string) => FORM.has(path);

function codes(rule: unknown, limits?: { maxDepth?: number; maxNodes?: number }) {
  return lintRule(rule, { path: '/fees/0/amount', variables, limits }).map((p) => [p.code, p.path]);
}

describe('lintRule', () => {
  test('a sound rule has no problems', () => {
    const rule = {
      if: [{ '<=': [{ date_diff: [{ var: 'child.birthDate' }, { today: [] }] }, 60] }, 0, 8000],
    };
    expect(lintRule(rule, { path: '/fees/0/amount', variables })).toEqual([]);
  });

  test('unknown operators, pointing into the rule', () => {
    expect(codes({ if: [true, { plus: [1, 2] }, 0] })).toEqual([
      ['RULE_UNKNOWN_OPERATOR', '/fees/0/amount/if/1'],
    ]);
    expect(codes({ '/': [1, { nope: 1 }] })).toEqual([['RULE_UNKNOWN_OPERATOR', '/fees/0/amount/~1/1']]);
  });

  test('log runs but is not allowed in a definition', () => {
    expect(ALLOWED_OPERATORS.has('log')).toBe(false);
    expect(codes({ log: 1 })).toEqual([['RULE_OPERATOR_NOT_ALLOWED', '/fees/0/amount']]);
  });

  test('forbidden path segments', () => {
    for (const rule of [
      { var: '__proto__' },
      { var: 'a.constructor' },
      { val: ['prototype'] },
      { missing: ['district', 'a.__proto__'] },
    ]) {
      expect(codes(rule)).toEqual([['RULE_FORBIDDEN_PATH', '/fees/0/amount']]);
    }
  });

  test('unknown variables, outside iteration scopes only', () => {
    expect(codes({ '+': [{ var: 'applicant.agee' }, 1] })).toEqual([
      ['RULE_UNKNOWN_VARIABLE', '/fees/0/amount/+/0'],
    ]);
    expect(codes({ missing: ['district', 'ward'] })).toEqual([['RULE_UNKNOWN_VARIABLE', '/fees/0/amount']]);
    // The mapper reads the item; the list is read from the form.
    expect(codes({ map: [{ var: 'members' }, { var: 'age' }] })).toEqual([]);
    expect(codes({ all: [{ var: 'memberz' }, { '>': [{ var: 'age' }, 1] }] })).toEqual([
      ['RULE_UNKNOWN_VARIABLE', '/fees/0/amount/all/0'],
    ]);
    expect(
      codes({
        reduce: [
          { var: 'members' },
          { '+': [{ var: 'accumulator' }, { var: 'current.fee' }] },
          { var: 'start' },
        ],
      }),
    ).toEqual([]);
    expect(codes({ reduce: [{ var: 'members' }, 1, { var: 'begin' }] })).toEqual([
      ['RULE_UNKNOWN_VARIABLE', '/fees/0/amount/reduce/2'],
    ]);
    // val climbing two levels out of an iterator reads the form again.
    expect(codes({ map: [{ var: 'members' }, { val: [[2], 'distrikt'] }] })).toEqual([
      ['RULE_UNKNOWN_VARIABLE', '/fees/0/amount/map/1'],
    ]);
    // try's fallbacks read the error.
    expect(codes({ try: [{ var: 'district' }, { var: 'type' }] })).toEqual([]);
  });

  test('arity and argument shape', () => {
    expect(codes({ if: [] })).toEqual([['RULE_BAD_ARITY', '/fees/0/amount']]);
    expect(codes({ substr: ['abc', 1, 1, 1] })).toEqual([['RULE_BAD_ARITY', '/fees/0/amount']]);
    expect(codes({ '!': [true, false] })).toEqual([['RULE_BAD_ARITY', '/fees/0/amount']]);
    expect(codes({ today: [1] })).toEqual([['RULE_BAD_ARITY', '/fees/0/amount']]);
    expect(codes({ if: 'x' })).toEqual([['RULE_BAD_ARGUMENTS', '/fees/0/amount']]);
    // A computed argument list cannot be counted before running.
    expect(codes({ max: { var: 'members' } })).toEqual([]);
  });

  test('an object with several keys is not a rule', () => {
    expect(codes({ if: [true, { a: 1, b: 2 }, 0] })).toEqual([
      ['RULE_NOT_OBJECT_OPERATOR', '/fees/0/amount/if/1'],
    ]);
  });

  test('depth and size limits, with defaults 32 and 2000', () => {
    let rule: unknown = 1;
    for (let i = 0; i < 32; i++) rule = { '!': rule };
    expect(codes(rule)).toEqual([]);
    expect(codes({ '!': rule })).toEqual([['RULE_TOO_DEEP', '/fees/0/amount' + '/!'.repeat(32)]]);
    expect(codes({ '+': [1, [2, [3]]] }, { maxDepth: 2 })).toEqual([
      ['RULE_TOO_DEEP', '/fees/0/amount/+/1/1'],
    ]);
    // The operator's object is one node, each argument another.
    expect(codes({ cat: new Array(1999).fill('a') })).toEqual([]);
    expect(codes({ cat: new Array(2000).fill('a') })).toEqual([['RULE_TOO_LARGE', '/fees/0/amount']]);
    expect(codes({ cat: [new Array(1999).fill('a')] })).toEqual([['RULE_TOO_LARGE', '/fees/0/amount']]);
  });

  test('messages come in Vietnamese and English', () => {
    const problems = lintRule(
      { if: [{ var: 'x.__proto__' }, { nope: [] }, { '%': [1] }] },
      { path: '', variables },
    );
    expect(problems.map((p) => p.code)).toEqual([
      'RULE_FORBIDDEN_PATH',
      'RULE_UNKNOWN_OPERATOR',
      'RULE_BAD_ARITY',
    ]);
    for (const p of problems) {
      expect(p.severity).toBe('error');
      expect(p.message.vi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect(p.message.en).not.toBe(p.message.vi);
    }
  });

  test('never throws', () => {
    const hostile = Object.defineProperty({}, 'var', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(lintRule(hostile, { path: '/r' }).map((p) => p.code)).toEqual(['RULE_LINT_FAILED']);
    expect(lintRule(undefined, { path: '/r' })).toEqual([]);
  });
});

describe('ruleVariables', () => {
  test('the literal form paths a rule reads, each once', () => {
    const rule = {
      and: [
        { '>': [{ var: 'applicant.age' }, 18] },
        { '<': [{ var: ['applicant.age', 0] }, 60] },
        { missing: ['district'] },
        { some: [{ var: 'members' }, { '==': [{ var: 'relation' }, { val: [[2], 'head'] }] }] },
        { var: { cat: ['computed', '.path'] } },
        { var: '__proto__' },
        { var: '' },
      ],
    };
    expect(ruleVariables(rule)).toEqual(['applicant.age', 'district', 'members', 'head']);
  });
});
