import { describe, expect, test } from 'vitest';
import { answeredBranch, fits } from './conditions.ts';
import { fieldKind, startingValue } from './kind.ts';
import { objectFields } from './layout.ts';
import { resolveSchema } from './resolve.ts';
import { initialAnswers } from '../model/defaults.ts';
import { formSteps } from '../model/steps.ts';
import { example } from '../../../../test/support/examples.ts';

const kindOf = (root: unknown, node: unknown = root) => fieldKind(root, resolveSchema(root, node));

describe('what a schema becomes on screen', () => {
  test('$ref (definitions, $defs, anchors) and allOf resolve into one node; the field’s own title wins', () => {
    const root = {
      $defs: { name: { type: 'string', title: 'Tên', maxLength: 50 } },
      definitions: { n: { $anchor: 'num', type: 'number' } },
      properties: {
        a: { $ref: '#/$defs/name', title: 'Họ tên' },
        b: { $ref: '#num' },
        c: { allOf: [{ type: ['string', 'boolean'] }, { type: 'boolean', title: 'C' }] },
        d: { $ref: '#/$defs/missing' },
        e: { $ref: '#/properties/e' },
      },
    };
    const at = (k: string) => resolveSchema(root, root.properties[k as keyof typeof root.properties]);
    expect(at('a').schema).toMatchObject({ title: 'Họ tên', maxLength: 50 });
    expect(at('a').types).toEqual(['string']);
    expect(at('b').types).toEqual(['number']);
    expect(at('c').types).toEqual(['boolean']);
    expect(kindOf(root, root.properties.d)).toEqual({ kind: 'json', reason: '$ref #/$defs/missing' });
    expect(kindOf(root, root.properties.e)).toMatchObject({ kind: 'json', reason: 'cycle' });
  });

  test('reads kinds: nullable types, choices with their labels, checkboxes, alternatives, the generic editor', () => {
    expect(kindOf({ type: ['integer', 'null'] })).toEqual({ kind: 'number', integer: true });
    expect(kindOf({ type: 'null' })).toEqual({ kind: 'null' });
    expect(kindOf(false)).toEqual({ kind: 'never' });
    expect(kindOf({ enum: ['a', 'b'], enumNames: ['A', 'B'] })).toEqual({
      kind: 'choice',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    });
    expect(
      kindOf({
        type: 'boolean',
        oneOf: [
          { const: true, title: 'Bật' },
          { const: false, title: 'Tắt' },
        ],
      }),
    ).toEqual({
      kind: 'choice',
      options: [
        { value: true, label: 'Bật' },
        { value: false, label: 'Tắt' },
      ],
    });
    expect(kindOf({ type: 'array', uniqueItems: true, items: { enum: [1, 2] } }).kind).toBe('multi');
    expect(kindOf({ oneOf: [{ type: 'string' }, { type: 'number' }] }).kind).toBe('alternatives');
    // Branches that only say which fields to fill in shape nothing: a plain object.
    expect(kindOf({ type: 'object', anyOf: [{ required: ['a'] }, { required: ['b'] }] }).kind).toBe('object');
    expect(kindOf({ type: ['string', 'number'] })).toEqual({ kind: 'json', reason: 'type string, number' });
    expect(kindOf({})).toEqual({ kind: 'json', reason: 'any value' });
  });

  test('shows the branch of a condition that applies, both when it cannot be told', () => {
    const root = {
      type: 'object',
      properties: { country: { enum: ['VN', 'other'] } },
      if: { properties: { country: { const: 'VN' } }, required: ['country'] },
      then: { properties: { province: { type: 'string' } }, required: ['province'] },
      else: { properties: { foreignAddress: { type: 'string' } } },
      dependentSchemas: { country: { properties: { since: { type: 'string', format: 'date' } } } },
    };
    const r = resolveSchema(root, root);
    const keys = (value: unknown) => objectFields(root, r, value, undefined, undefined).map((f) => f.key);
    expect(keys({ country: 'VN' })).toEqual(['country', 'province', 'since']);
    expect(keys({ country: 'other' })).toEqual(['country', 'foreignAddress', 'since']);
    expect(keys({})).toEqual(['country', 'foreignAddress']);
    expect(objectFields(root, r, { country: 'VN' }, undefined, ['province']).map((f) => f.key)[0]).toBe(
      'province',
    );
    expect(objectFields(root, r, { country: 'VN' }, undefined, undefined)[1].required).toBe(true);
    expect(fits(root, { properties: { a: { format: 'email' } } }, { a: 'x' })).toBeUndefined();
    expect(fits(root, { not: { const: 1 } }, 2)).toBe(true);
  });

  test('never picks an alternative for the person: only one their answers point at', () => {
    const branches = [
      { title: 'A', properties: { a: { type: 'string' } } },
      { title: 'B', properties: { b: { type: 'string' } } },
    ];
    expect(answeredBranch({}, branches, undefined)).toBeUndefined();
    expect(answeredBranch({}, branches, {})).toBeUndefined();
    expect(answeredBranch({}, branches, { b: 'x' })).toBe(1);
  });

  test('a new form starts with typed defaults, required groups and minimum items — never a chosen option', () => {
    const root = {
      type: 'object',
      required: ['person'],
      properties: {
        person: {
          type: 'object',
          properties: {
            nationality: { type: 'string', default: 'Việt Nam' },
            sex: { enum: ['male', 'female'], default: 'male' },
            foreigner: { type: 'boolean', default: false },
          },
        },
        optional: { type: 'object', properties: { x: { type: 'string' } } },
        lines: { type: 'array', minItems: 2, items: { type: 'string' } },
        rows: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', properties: { n: { type: 'integer' } } },
        },
      },
    };
    expect(initialAnswers(root)).toEqual({
      person: { nationality: 'Việt Nam' },
      lines: ['', ''],
      rows: [{}],
    });
    expect(startingValue(root, { type: 'array' })).toEqual([]);
  });

  test('long forms go in steps: sections, or one step per top-level group with loose fields attached', () => {
    const { form } = example('birth-registration');
    const root = form.schema;
    const fields = objectFields(root, resolveSchema(root, root), undefined, undefined, form.ui?.order?.['']);
    expect(formSteps(root, fields, form.ui)?.map((s) => s.keys)).toEqual([
      ['child'],
      ['mother'],
      ['hasFather', 'father'],
      ['applicant'],
      ['birthProofKind', 'extractCopies'],
    ]);
    const sections = {
      sections: [{ title: { vi: 'Trẻ', en: 'Child' }, fields: ['child.fullName', 'mother'] }],
    };
    expect(formSteps(root, fields, sections)?.map((s) => s.keys)).toEqual([
      ['child', 'mother'],
      ['hasFather', 'father', 'applicant', 'birthProofKind', 'extractCopies'],
    ]);
    const judicial = example('judicial-record').form.schema;
    const few = objectFields(judicial, resolveSchema(judicial, judicial), undefined, undefined, undefined);
    expect(formSteps(judicial, few, undefined)).toBeUndefined();
  });
});
