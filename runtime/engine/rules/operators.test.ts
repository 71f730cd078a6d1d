import { describe, expect, test } from 'vitest';
import { compileRule, evaluate, isTruthy, RuleError } from './index.ts';

/** The RuleError a rule fails with (the test fails if it does not). */
function failure(rule: unknown, data: unknown = null): RuleError {
  try {
    evaluate(rule, data);
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(rule)} to fail`);
}

describe('data access', () => {
  const data = { a: { b: 'c', n: 0, f: false }, list: ['x', 'y'], 'dot.key': 5 };

  test('var reads dotted paths, indexes and the whole data', () => {
    expect(evaluate({ var: 'a.b' }, data)).toBe('c');
    expect(evaluate({ var: 'list.1' }, data)).toBe('y');
    expect(evaluate({ var: 1 }, ['p', 'q'])).toBe('q');
    expect(evaluate({ var: '' }, 7)).toBe(7);
    expect(evaluate({ var: [] }, 7)).toBe(7);
    expect(evaluate({ var: 'dot\\.key' }, data)).toBe(5);
  });

  test('var falls back to the default only for a missing or null value', () => {
    expect(evaluate({ var: ['a.zz', 9] }, data)).toBe(9);
    expect(evaluate({ var: ['a.n', 9] }, data)).toBe(0);
    expect(evaluate({ var: ['a.f', 9] }, data)).toBe(false);
    expect(evaluate({ var: 'nope' }, data)).toBeNull();
    expect(evaluate({ var: 'a.b.c.d' }, data)).toBeNull();
  });

  test('a computed var path is evaluated first', () => {
    expect(evaluate({ var: { cat: ['a', '.', 'b'] } }, data)).toBe('c');
  });

  test('val takes keys literally and exists tells presence', () => {
    expect(evaluate({ val: ['dot.key'] }, data)).toBe(5);
    expect(evaluate({ val: ['a', 'b'] }, data)).toBe('c');
    expect(evaluate({ exists: ['a', 'n'] }, data)).toBe(true);
    expect(evaluate({ exists: 'zz' }, data)).toBe(false);
  });

  test('missing and missing_some treat null and "" as not filled', () => {
    const form = { name: 'An', phone: '', id: null };
    expect(evaluate({ missing: ['name', 'phone', 'id', 'email'] }, form)).toEqual(['phone', 'id', 'email']);
    expect(evaluate({ missing_some: [1, ['phone', 'name']] }, form)).toEqual([]);
    expect(evaluate({ missing_some: [2, ['phone', 'name', 'id']] }, form)).toEqual(['phone', 'id']);
  });
});

describe('logic', () => {
  test('if chains conditions and is lazy', () => {
    expect(evaluate({ if: [false, 1, true, 2, 3] }, null)).toBe(2);
    expect(evaluate({ if: [true, 'yes', { throw: 'never' }] }, null)).toBe('yes');
    expect(evaluate({ '?:': [0, 'a', 'b'] }, null)).toBe('b');
  });

  test('and / or return the deciding value', () => {
    expect(evaluate({ and: [1, 'x', 0, { throw: 'never' }] }, null)).toBe(0);
    expect(evaluate({ or: [0, '', 'x'] }, null)).toBe('x');
    expect(evaluate({ '??': [null, 0, 1] }, null)).toBe(0);
  });

  test('truthiness follows JSON Logic', () => {
    expect([[], '', 0, null, false].map(isTruthy)).toEqual([false, false, false, false, false]);
    expect([[0], '0', 1, {}, true].map(isTruthy)).toEqual([true, true, true, true, true]);
    expect(evaluate({ '!': [[]] }, null)).toBe(true);
    expect(evaluate({ '!!': ['0'] }, null)).toBe(true);
  });

  test('lazy operators need a literal list', () => {
    expect(failure({ if: 'x' }).code).toBe('RULE_INVALID_ARGUMENTS');
    expect(failure({ and: { preserve: [true] } }).code).toBe('RULE_INVALID_ARGUMENTS');
  });
});

describe('comparison', () => {
  test('numbers, numeric text and between', () => {
    expect(evaluate({ '==': [1, '1'] }, null)).toBe(true);
    expect(evaluate({ '===': [1, '1'] }, null)).toBe(false);
    expect(evaluate({ '<': [1, 5, 10] }, null)).toBe(true);
    expect(evaluate({ '<=': [1, 10, 10] }, null)).toBe(true);
    expect(evaluate({ '<': [1, 15, 10] }, null)).toBe(false);
    expect(evaluate({ '>': ['21', 3] }, null)).toBe(true);
  });

  test('text compares as text, so ISO dates order correctly', () => {
    expect(evaluate({ '<': ['2024-01-31', '2024-02-01'] }, null)).toBe(true);
    expect(evaluate({ '==': ['a', 'a'] }, null)).toBe(true);
  });

  test('a missing value never breaks a comparison with text', () => {
    expect(evaluate({ '==': [{ var: 'gender' }, 'nam'] }, {})).toBe(false);
    expect(evaluate({ '!=': [{ var: 'gender' }, 'nam'] }, {})).toBe(true);
    expect(evaluate({ '<': [{ var: 'date' }, '2024-01-01'] }, {})).toBe(false);
    expect(evaluate({ '>=': [{ var: 'date' }, '2024-01-01'] }, {})).toBe(false);
    expect(evaluate({ '>': [{ var: 'age' }, 18] }, {})).toBe(false);
  });

  test('comparing a number with words or a list fails the rule', () => {
    expect(failure({ '<': [1, 'A'] }).code).toBe('RULE_NAN');
    expect(failure({ '==': [[1], 1] }).code).toBe('RULE_NAN');
    expect(failure({ '>': [1] }).code).toBe('RULE_INVALID_ARGUMENTS');
  });
});

describe('arithmetic', () => {
  test('coerces numeric text, booleans and null', () => {
    expect(evaluate({ '+': ['1', true, null, 2.5] }, null)).toBe(4.5);
    expect(evaluate({ '*': [2, '3'] }, null)).toBe(6);
    expect(evaluate({ '-': [5] }, null)).toBe(-5);
    expect(evaluate({ '/': [1, 4] }, null)).toBe(0.25);
    expect(evaluate({ '%': [-8, 3] }, null)).toBe(-2);
    expect(evaluate({ max: [1, '7', 3] }, null)).toBe(7);
    expect(evaluate({ min: [] }, null)).toBeNull();
  });

  test('never lets NaN or Infinity out', () => {
    for (const rule of [
      { '+': ['abc', 1] },
      { '/': [1, 0] },
      { '*': [1e308, 10] },
      { '%': [1, 0] },
      { '+': [[1], 1] },
      // Numeric text too large for a number (fast-check found it: cat gives "-11e+308").
      { max: [{ cat: ['-1', 1e308] }] },
      { max: ['1e999', 2] },
    ]) {
      expect(failure(rule).code).toBe('RULE_NAN');
    }
    expect(failure({ '-': [] }).code).toBe('RULE_INVALID_ARGUMENTS');
  });

  test('a computed argument list is spread', () => {
    expect(evaluate({ '+': { var: 'amounts' } }, { amounts: [1000, 2000] })).toBe(3000);
    expect(evaluate({ max: { map: [{ var: 'xs' }, { '*': [{ var: '' }, 2] }] } }, { xs: [1, 4, 2] })).toBe(8);
  });
});

describe('lists', () => {
  const data = {
    people: [
      { age: 20, fee: 1000 },
      { age: 70, fee: 2000 },
      { age: 40, fee: 3000 },
    ],
  };

  test('map, filter and reduce read the current item', () => {
    expect(evaluate({ map: [{ var: 'people' }, { var: 'age' }] }, data)).toEqual([20, 70, 40]);
    expect(evaluate({ filter: [{ var: 'people' }, { '>': [{ var: 'age' }, 60] }] }, data)).toEqual([
      { age: 70, fee: 2000 },
    ]);
    expect(
      evaluate(
        { reduce: [{ var: 'people' }, { '+': [{ var: 'accumulator' }, { var: 'current.fee' }] }, 0] },
        data,
      ),
    ).toBe(6000);
    expect(evaluate({ map: [{ var: 'nobody' }, { var: 'age' }] }, data)).toEqual([]);
  });

  test('all / some / none', () => {
    expect(evaluate({ all: [{ var: 'people' }, { '>=': [{ var: 'age' }, 18] }] }, data)).toBe(true);
    expect(evaluate({ some: [{ var: 'people' }, { '>': [{ var: 'age' }, 65] }] }, data)).toBe(true);
    expect(evaluate({ none: [{ var: 'people' }, { '<': [{ var: 'age' }, 18] }] }, data)).toBe(true);
    expect(evaluate({ all: [[], true] }, null)).toBe(false);
    expect(failure({ all: [{ var: 'nobody' }, true] }, data).code).toBe('RULE_INVALID_ARGUMENTS');
  });

  test('val climbs out of an iterator to the index and the enclosing data', () => {
    expect(evaluate({ map: [{ var: 'xs' }, { val: [[1], 'index'] }] }, { xs: ['a', 'b'] })).toEqual([0, 1]);
    expect(
      evaluate({ map: [{ var: 'xs' }, { '+': [{ val: [] }, { val: [[2], 'k'] }] }] }, { xs: [1, 2], k: 10 }),
    ).toEqual([11, 12]);
  });

  test('merge and in', () => {
    expect(evaluate({ merge: [[1], 2, [3, [4]]] }, null)).toEqual([1, 2, 3, [4]]);
    expect(evaluate({ in: ['b', ['a', 'b']] }, null)).toBe(true);
    expect(evaluate({ in: ['Spring', 'Springfield'] }, null)).toBe(true);
    expect(evaluate({ in: ['x', null] }, null)).toBe(false);
  });
});

describe('text', () => {
  test('cat and substr', () => {
    expect(evaluate({ cat: ['Hồ sơ ', 12, null, true] }, null)).toBe('Hồ sơ 12true');
    expect(evaluate({ substr: ['jsonlogic', -5, -2] }, null)).toBe('log');
    expect(evaluate({ substr: ['Hà Nội', 3] }, null)).toBe('Nội');
  });
});

describe('errors and literals', () => {
  test('throw raises a typed error that try catches', () => {
    const error = failure({ throw: 'Hết hạn' });
    expect(error.code).toBe('RULE_THROWN');
    expect(error.value).toEqual({ type: 'Hết hạn' });
    expect(evaluate({ try: [{ '/': [1, 0] }, { val: 'type' }] }, null)).toBe('NaN');
  });

  test('try does not swallow errors about the rule itself', () => {
    expect(failure({ try: [{ nope: [] }, 1] }).code).toBe('RULE_UNKNOWN_OPERATOR');
    expect(failure({ try: [{ today: [] }, 1] }).code).toBe('RULE_NO_CLOCK');
  });

  test('preserve passes data through and log returns its argument', () => {
    expect(evaluate({ preserve: { var: 'x' } }, { x: 1 })).toEqual({ var: 'x' });
    expect(evaluate({ log: [{ var: 'x' }] }, { x: 1 })).toBe(1);
  });

  test('objects that are not rules are data; arrays are evaluated item by item', () => {
    expect(evaluate({ a: 1, b: { var: 'x' } }, { x: 1 })).toEqual({ a: 1, b: { var: 'x' } });
    expect(evaluate({}, null)).toEqual({});
    expect(evaluate([1, { var: 'x' }], { x: 2 })).toEqual([1, 2]);
  });

  test('an unknown operator fails only when reached, with a stable code and both languages', () => {
    expect(evaluate({ if: [false, { nope: [] }, 1] }, null)).toBe(1);
    const error = failure({ nope: [] });
    expect(error.code).toBe('RULE_UNKNOWN_OPERATOR');
    expect(error.localized.vi).toContain('Toán tử');
    expect(error.localized.en).toContain('nope');
    expect(error.value).toBeUndefined();
  });
});

describe('compileRule', () => {
  test('caches by rule identity, and evaluate always reads the rule as it is', () => {
    const rule = { '+': [1, { var: 'x' }] };
    const compiled = compileRule(rule);
    expect(compileRule(rule)).toBe(compiled);
    expect(compileRule({ '+': [1, { var: 'x' }] })).not.toBe(compiled);
    expect(compiled({ x: 1 })).toBe(2);
    rule['+'][0] = 10;
    expect(evaluate(rule, { x: 1 })).toBe(11);
  });

  test('constant lists in a rule cannot be altered through a result', () => {
    const compiled = compileRule({ if: [true, [1, 2], 0] });
    const first = compiled(null) as number[];
    expect(() => first.push(3)).toThrow(TypeError);
    expect(compiled(null)).toEqual([1, 2]);
  });
});
