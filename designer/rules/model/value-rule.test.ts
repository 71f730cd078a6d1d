import { describe, expect, test } from 'vitest';
import type { Rule } from '../../../schemas/procedure.ts';
import { evaluate } from '../../../runtime/engine/index.ts';
import { example } from '../../../test/support/examples.ts';
import { formRuleFields } from './fields.ts';
import { valueRuleFromModel, valueRuleToModel } from './value-rule.ts';

const judicial = example('judicial-record');
const birth = example('birth-registration');
const FEES = { perCopy: true, fields: formRuleFields(judicial.form) };

describe('a value rule read as cases', () => {
  test('the judicial record fee: two exemption cases and a standard amount', () => {
    const view = valueRuleToModel(judicial.fees[0].amount, FEES);
    expect(view).toEqual({
      visual: true,
      model: {
        cases: [
          {
            when: { in: [{ var: 'applicantCategory' }, ['child', 'elderly', 'disabled', 'poor']] },
            then: { kind: 'fixed', value: 0 },
          },
          {
            when: { in: [{ var: 'applicantCategory' }, ['student', 'merit']] },
            then: { kind: 'fixed', value: 100000 },
          },
        ],
        otherwise: { kind: 'fixed', value: 200000 },
      },
    });
  });

  test('per-copy amounts, with and without free copies, in the shapes the examples write', () => {
    expect(valueRuleToModel(judicial.fees[1].amount, FEES)).toEqual({
      visual: true,
      model: { cases: [], otherwise: { kind: 'perCopy', field: 'copies', price: 5000, free: 2 } },
    });
    const birthFees = { perCopy: true, fields: formRuleFields(birth.form) };
    expect(valueRuleToModel(birth.fees[1].amount, birthFees)).toEqual({
      visual: true,
      model: { cases: [], otherwise: { kind: 'perCopy', field: 'extractCopies', price: 8000, free: 0 } },
    });
  });

  test('what the model compiles to is what the engine computes as a clerk reads it', () => {
    const perCopy = valueRuleFromModel({
      cases: [{ when: { var: 'isForeigner' }, then: { kind: 'fixed', value: 0 } }],
      otherwise: { kind: 'perCopy', field: 'copies', price: 5000, free: 2 },
    });
    expect(evaluate(perCopy, { isForeigner: true, copies: 5 })).toBe(0);
    expect(evaluate(perCopy, { isForeigner: false, copies: 5 })).toBe(15000);
    expect(evaluate(perCopy, { isForeigner: false, copies: 1 })).toBe(0);
  });

  test('a processing time offers no per-copy amount', () => {
    const time = { perCopy: false, fields: FEES.fields };
    expect(valueRuleToModel(judicial.fees[1].amount, time)).toEqual({
      visual: false,
      reason: { code: 'operator', operator: '*' },
    });
  });

  test.each<[string, Rule, unknown]>([
    [
      'an `if` without an amount otherwise',
      { if: [{ var: 'isForeigner' }, 1000] },
      { code: 'operator', operator: 'if' },
    ],
    ['arithmetic of another shape', { '+': [1000, { var: 'copies' }] }, { code: 'operator', operator: '+' }],
    [
      'per copy of a field that is not a count',
      { '*': [{ var: ['purpose', 0] }, 5000] },
      { code: 'field', field: 'purpose' },
    ],
    ['a negative amount', -5, { code: 'constant' }],
    [
      'a nested `if` otherwise',
      { if: [{ var: 'isForeigner' }, 1, { if: [{ var: 'x' }, 2, 3] }] },
      { code: 'operator', operator: 'if' },
    ],
  ])('%s stays raw', (_name, rule, reason) => {
    expect(valueRuleToModel(rule, FEES)).toEqual({ visual: false, reason });
  });
});
