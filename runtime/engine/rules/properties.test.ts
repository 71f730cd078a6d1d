import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ALLOWED_OPERATORS, compileRule, evaluate, lintRule, RuleError, type RuleContext } from './index.ts';

const OPERATORS = [...ALLOWED_OPERATORS, 'log', 'unknown_op'];
const CTX: RuleContext = { now: Date.UTC(2024, 1, 29, 18) };

/** Leaves that make operators meet each other's edge cases: numerals, dates, paths, null, empties. */
const leaf = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, -0, 1e308),
  fc.constantFrom(
    '',
    'a',
    '0',
    '1.5',
    ' 2 ',
    'abc',
    '2024-01-31',
    '2024-02-29T23:00:00Z',
    'a.b',
    'list',
    'type',
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    { var: 'a' },
    { var: 'a.b' },
    { var: '' },
    { var: 'list' },
    { var: 'current' },
    { var: 'accumulator' },
    { val: [[1], 'index'] },
    { val: [[2], 'a'] },
    { today: [] },
  ),
);

const { rule } = fc.letrec<{ rule: unknown; operation: unknown }>((tie) => ({
  rule: fc.oneof(
    { maxDepth: 5, depthSize: 'small' },
    leaf,
    tie('operation'),
    fc.array(tie('rule'), { maxLength: 3 }),
  ),
  operation: fc
    .tuple(fc.constantFrom(...OPERATORS), fc.oneof(fc.array(tie('rule'), { maxLength: 4 }), tie('rule')))
    .map(([op, args]) => ({ [op]: args })),
}));

const data = fc.oneof(
  fc.record({
    a: fc.oneof(
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.record({ b: fc.jsonValue({ maxDepth: 2 }) }),
    ),
    list: fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 3 })), { maxLength: 5 }),
  }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Outcome = { value: unknown } | { code: string; value: unknown };

function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof RuleError) return { code: error.code, value: error.value };
    throw error;
  }
}

describe('properties', () => {
  test('a compiled rule, reused across data, gives what a fresh evaluation gives', () => {
    fc.assert(
      fc.property(rule, fc.array(data, { minLength: 1, maxLength: 4 }), (r, inputs) => {
        const compiled = compileRule(r);
        for (const input of inputs) {
          expect(outcome(() => compiled(input, CTX))).toEqual(outcome(() => evaluate(r, input, CTX)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('evaluation never throws anything but RuleError, on generated rules and on arbitrary JSON', () => {
    const anything = fc.oneof(rule, fc.jsonValue({ maxDepth: 6 }));
    fc.assert(
      fc.property(anything, fc.oneof(data, fc.jsonValue()), fc.option(fc.integer()), (r, input, now) => {
        const ctx = now === null ? undefined : { now };
        for (const run of [() => evaluate(r, input, ctx), () => compileRule(r)(input, ctx)]) {
          try {
            run();
          } catch (error) {
            expect(error).toBeInstanceOf(RuleError);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('results are JSON: no NaN, no Infinity, no undefined', () => {
    const isJson = (v: unknown): boolean =>
      v === null ||
      typeof v === 'string' ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (Array.isArray(v) && v.every(isJson)) ||
      (typeof v === 'object' && v !== null && Object.values(v).every(isJson));
    fc.assert(
      fc.property(rule, data, (r, input) => {
        const result = outcome(() => evaluate(r, input, CTX));
        if (!('code' in result)) expect(isJson(result.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('lint never throws and points inside the rule', () => {
    fc.assert(
      fc.property(fc.oneof(rule, fc.jsonValue({ maxDepth: 6 })), (r) => {
        for (const p of lintRule(r, { path: '/rule', variables: (v) => v.startsWith('a') })) {
          expect(p.path.startsWith('/rule')).toBe(true);
          expect(p.code).toMatch(/^RULE_[A-Z_]+$/);
          expect(p.message.vi.length).toBeGreaterThan(0);
          expect(p.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
