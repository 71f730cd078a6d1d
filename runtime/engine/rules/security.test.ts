import { describe, expect, test } from 'vitest';
import { compileRule, evaluate, lintRule, RuleError } from './index.ts';

function failure(run: () => unknown): RuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw new Error(`expected a RuleError, got ${String(error)}`);
  }
  throw new Error('expected a failure');
}

/** {"!": [{"!": [ ... 1 ... ]}]} nested n times, built without recursion. */
function nested(n: number): unknown {
  let rule: unknown = 1;
  for (let i = 0; i < n; i++) rule = { '!': [rule] };
  return rule;
}

describe('property access never reaches the prototype chain', () => {
  const data = JSON.parse('{"a": {"b": 1}, "__proto__": {"polluted": true}, "list": [1, 2]}');

  test.each([
    '__proto__',
    '__proto__.polluted',
    'constructor',
    'constructor.name',
    'a.constructor.prototype',
    'a.hasOwnProperty',
    'toString',
    'list.map',
  ])('var %s is null', (path) => {
    expect(evaluate({ var: path }, data)).toBeNull();
    expect(evaluate({ val: path.split('.') }, data)).toBeNull();
  });

  test('exists and missing see only own properties', () => {
    expect(evaluate({ exists: '__proto__' }, data)).toBe(false);
    expect(evaluate({ exists: ['a', 'constructor'] }, data)).toBe(false);
    expect(evaluate({ missing: ['constructor', 'a.b'] }, data)).toEqual(['constructor']);
  });

  test('rules cannot write: a rule result built from data leaves Object.prototype alone', () => {
    evaluate({ merge: [{ var: '__proto__' }, { map: [{ var: 'list' }, { var: 'constructor' }] }] }, data);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('evaluation fails only with RuleError', () => {
  test('a 100,000-level rule', () => {
    const rule = nested(100_000);
    expect(failure(() => evaluate(rule, null)).code).toBe('RULE_TOO_DEEP');
    expect(failure(() => compileRule(rule)(null)).code).toBe('RULE_TOO_DEEP');
    let list: unknown = [];
    for (let i = 0; i < 100_000; i++) list = [list];
    expect(failure(() => evaluate(list, null)).code).toBe('RULE_TOO_DEEP');
  });

  test('a 1,000,000-node rule', () => {
    const rule = { '+': new Array(1_000_000).fill(1) };
    const started = performance.now();
    expect(failure(() => evaluate(rule, null)).code).toBe('RULE_TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('a rule whose work doubles with the data', () => {
    const doubling = {
      reduce: [{ var: 'xs' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]],
    };
    const xs = Array.from({ length: 60 }, (_, i) => i);
    expect(failure(() => evaluate(doubling, { xs })).code).toBe('RULE_TOO_COSTLY');
  });

  test('hostile or deeply nested data', () => {
    const hostile = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(failure(() => evaluate({ var: 'x' }, hostile)).code).toBe('RULE_EVALUATION_FAILED');
    let deep: unknown = [];
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(failure(() => evaluate({ cat: [{ var: '' }] }, deep)).code).toBe('RULE_EVALUATION_FAILED');
  });
});

describe('lint stays quick on huge input', () => {
  test('100,000 levels: RULE_TOO_DEEP once, at the first level too deep', () => {
    const started = performance.now();
    const problems = lintRule(nested(100_000), { path: '/x' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(problems.map((p) => p.code)).toEqual(['RULE_TOO_DEEP']);
    expect(problems[0].path).toBe('/x' + '/!/0'.repeat(32));
  });

  test('1,000,000 nodes: RULE_TOO_LARGE', () => {
    const started = performance.now();
    const problems = lintRule({ cat: new Array(1_000_000).fill('a') }, { path: '/x' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(problems.map((p) => [p.code, p.path])).toEqual([['RULE_TOO_LARGE', '/x']]);
  });
});
