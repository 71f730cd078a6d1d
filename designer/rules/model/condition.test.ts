import { describe, expect, test } from 'vitest';
import type { FormDefinition, Rule } from '../../../schemas/procedure.ts';
import { evaluate } from '../../../runtime/engine/index.ts';
import { conditionToQuery, queryToCondition, simplify } from './condition.ts';
import { formRuleFields } from './fields.ts';

const FORM: FormDefinition = {
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string', title: 'Họ và tên' },
      code: { type: 'string', title: 'Mã xã' },
      copies: { type: 'integer', title: 'Số bản' },
      capital: { type: 'integer', title: 'Vốn' },
      birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
      foreigner: { type: 'boolean', title: 'Người nước ngoài' },
      category: {
        title: 'Đối tượng',
        oneOf: [
          { const: 'student', title: 'Học sinh, sinh viên' },
          { const: 'child', title: 'Trẻ em' },
        ],
      },
      applicant: { type: 'object', title: 'Người nộp', properties: { phone: { type: 'string' } } },
      children: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
    },
  },
  ui: { fields: { capital: { widget: 'money' }, name: { label: { vi: 'Họ tên', en: 'Full name' } } } },
};
const FIELDS = formRuleFields(FORM);

const shown = (rule: Rule) => conditionToQuery(rule, FIELDS);

describe('the fields a rule can read', () => {
  test('are the form’s scalar fields with their types, labels and choices; repeating groups are left out', () => {
    expect(FIELDS.map((f) => [f.path, f.type])).toEqual([
      ['name', 'text'],
      ['code', 'text'],
      ['copies', 'number'],
      ['capital', 'money'],
      ['birthDate', 'date'],
      ['foreigner', 'boolean'],
      ['category', 'choice'],
      ['applicant.phone', 'text'],
    ]);
    expect(FIELDS[0].label).toEqual({ vi: 'Họ tên', en: 'Full name' });
    expect(FIELDS[7].within).toEqual([{ vi: 'Người nộp', en: 'Người nộp' }]);
    expect(FIELDS[6].choices).toEqual([
      { value: 'student', label: { vi: 'Học sinh, sinh viên', en: 'Học sinh, sinh viên' } },
      { value: 'child', label: { vi: 'Trẻ em', en: 'Trẻ em' } },
    ]);
  });

  test('name an enum’s values with the UI schema’s words, as the citizen’s form does', () => {
    const [kind] = formRuleFields({
      schema: { type: 'object', properties: { kind: { enum: ['birth_certificate', 'witness'] } } },
      ui: {
        fields: {
          kind: { options: { birth_certificate: { vi: 'Giấy chứng sinh', en: 'Birth certificate' } } },
        },
      },
    });
    expect(kind.choices).toEqual([
      { value: 'birth_certificate', label: { vi: 'Giấy chứng sinh', en: 'Birth certificate' } },
      { value: 'witness', label: { vi: 'witness', en: 'witness' } },
    ]);
  });
});

describe('a condition shown in the visual builder', () => {
  test.each<[string, Rule]>([
    ['a choice', { '==': [{ var: 'category' }, 'child'] }],
    ['one of several choices', { in: [{ var: 'category' }, ['student', 'child']] }],
    ['a yes/no field', { var: 'foreigner' }],
    ['its negation', { '!': { var: 'foreigner' } }],
    ['a yes/no compared with a value', { '==': [{ var: 'foreigner' }, true] }],
    ['a number range', { '<=': [1, { var: 'copies' }, 5] }],
    ['money', { '>=': [{ var: 'capital' }, 1_000_000] }],
    ['a date before a date', { '<': [{ var: 'birthDate' }, '2026-01-01'] }],
    [
      'within 60 days before submission',
      { '<=': [{ date_diff: [{ var: 'birthDate' }, { today: [] }] }, 60] },
    ],
    ['not after the submission date', { '>=': [{ date_diff: [{ var: 'birthDate' }, { today: [] }] }, 0] }],
    ['a text containing', { in: ['Nguyễn', { var: 'name' }] }],
    ['a nested field filled in', { '!==': [{ var: 'applicant.phone' }, null] }],
    [
      'nested groups with NOT',
      {
        or: [
          { and: [{ var: 'foreigner' }, { '>': [{ var: 'copies' }, 2] }] },
          { '!': { or: [{ '==': [{ var: 'code' }, '68'] }, { '==': [{ var: 'code' }, '69'] }] } },
        ],
      },
    ],
  ])('%s exports exactly the same rule', (_name, rule) => {
    const view = shown(rule);
    expect(view.visual).toBe(true);
    if (view.visual) expect(queryToCondition(view.query)).toEqual(rule);
  });

  test('a code like "68" stays text: the import and export never turn it into a number', () => {
    const rule = { '==': [{ var: 'code' }, '68'] };
    const view = shown(rule);
    expect(view.visual && view.query.rules[0]).toMatchObject({ value: '68' });
    expect(view.visual && queryToCondition(view.query)).toEqual(rule);
  });
});

describe('a rule the visual builder cannot show exactly stays raw, with the reason', () => {
  test.each<[string, Rule, unknown]>([
    ['a fixed true', true, { code: 'constant' }],
    [
      'an `if`, which parseJsonLogic drops',
      { if: [{ var: 'foreigner' }, true, false] },
      { code: 'operator', operator: 'if' },
    ],
    ['a strict comparison', { '===': [{ var: 'code' }, '68'] }, { code: 'operator', operator: '===' }],
    ['a loose test for null, true for 0 copies', { '==': [{ var: 'copies' }, null] }, { code: 'exact' }],
    ['a field the form does not have', { '==': [{ var: 'nmae' }, 'x'] }, { code: 'field', field: 'nmae' }],
    [
      'a repeating group',
      { some: [{ var: 'children' }, { var: 'name' }] },
      { code: 'field', field: 'children' },
    ],
    ['a number written as text', { '==': [{ var: 'copies' }, '2'] }, { code: 'value', field: 'copies' }],
    [
      'a choice the form does not offer',
      { '==': [{ var: 'category' }, 'elderly'] },
      { code: 'value', field: 'category' },
    ],
    ['an order on a choice', { '<': [{ var: 'category' }, 'x'] }, { code: 'type', field: 'category' }],
    ['a yes/no test of a number', { var: 'copies' }, { code: 'type', field: 'copies' }],
    ['the value before the field', { '==': ['68', { var: 'code' }] }, { code: 'operator', operator: '==' }],
    ['a range without its ends', { '<': [1, { var: 'copies' }, 5] }, { code: 'operator', operator: '<' }],
    ['two fields compared', { '==': [{ var: 'code' }, { var: 'name' }] }, { code: 'exact' }],
    ['a double negation', { '!!': { var: 'foreigner' } }, { code: 'operator', operator: '!!' }],
    ['a malformed comparison', { '==': 1 }, { code: 'operator', operator: '==' }],
    ['a var with a default', { var: ['foreigner', false] }, { code: 'operator', operator: 'var' }],
  ])('%s', (_name, rule, reason) => {
    expect(shown(rule)).toEqual({ visual: false, reason });
  });
});

describe('simplify, the one normalisation of the round trip', () => {
  test('drops a single-item and/or at the top and under NOT, nowhere else', () => {
    const x = { var: 'foreigner' };
    expect(simplify({ and: [x] })).toEqual(x);
    expect(simplify({ and: [{ or: [x] }] })).toEqual(x);
    expect(simplify({ '!': { or: [x] } })).toEqual({ '!': x });
    expect(simplify({ or: [{ and: [x] }, x] })).toEqual({ or: [{ and: [x] }, x] });
  });

  test('keeps the meaning: and/or of one item is that item', () => {
    for (const value of [0, 1, '', 'a', null, true, false, [], [1]]) {
      const x = { var: 'v' };
      const rules: Rule[] = [{ and: [x] }, { or: [x] }, { '!': { and: [x] } }];
      for (const rule of rules) {
        expect(evaluate(simplify(rule), { v: value })).toEqual(evaluate(rule, { v: value }));
      }
    }
  });

  test('a rule written with a single-item group opens visually', () => {
    const view = shown({ and: [{ '==': [{ var: 'code' }, '68'] }] });
    expect(view.visual).toBe(true);
  });
});
