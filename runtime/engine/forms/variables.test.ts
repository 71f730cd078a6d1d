import { describe, expect, it } from 'vitest';
import { formHasVariable, formVariables } from './index.ts';

const schema = {
  type: 'object',
  properties: {
    applicant: { $ref: '#/$defs/person' },
    child: {
      type: 'object',
      properties: { birthDate: { type: 'string', format: 'date' }, name: { type: 'string' } },
    },
    children: { type: 'array', items: { $ref: '#/$defs/person' } },
    pair: {
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'object', properties: { x: { type: 'number' } } }],
    },
    extra: { type: 'object', additionalProperties: true },
    tags: { type: 'object', patternProperties: { '^t': { type: 'string' } } },
    scores: {
      type: 'object',
      additionalProperties: { type: 'object', properties: { value: { type: 'number' } } },
    },
    free: { type: 'object' },
    name: { type: 'string' },
    gone: false,
  },
  allOf: [{ properties: { fromAllOf: { type: 'string' } } }],
  if: { properties: { kind: { const: 'org' } } },
  then: { properties: { taxCode: { type: 'string' } } },
  else: { properties: { idNumber: { type: 'string' } } },
  oneOf: [{ properties: { a1: { type: 'string' } } }, { properties: { a2: { type: 'string' } } }],
  $defs: { person: { type: 'object', properties: { fullName: { type: 'string' }, tree: { $ref: '#' } } } },
};

describe('formVariables', () => {
  it('lists every path, with * for array items and open objects', () => {
    const vars = formVariables(schema);
    for (const p of [
      'applicant',
      'applicant.fullName',
      'child.birthDate',
      'children',
      'children.*',
      'children.*.fullName',
      'pair.0',
      'pair.1.x',
      'extra.*',
      'tags.*',
      'scores.*.value',
      'free.*',
      'fromAllOf',
      'kind',
      'taxCode',
      'idNumber',
      'a1',
      'a2',
    ]) {
      expect(vars, p).toContain(p);
    }
    expect(vars).not.toContain('gone');
    expect(vars).not.toContain('name.*');
  });

  it('terminates on self-referencing schemas', () => {
    const vars = formVariables(schema);
    expect(vars).toContain('applicant.tree');
    expect(vars).toContain('applicant.tree.child.birthDate');
  });
});

describe('formHasVariable', () => {
  it.each([
    ['', true],
    ['child', true],
    ['child.birthDate', true],
    ['child.birthdate', false],
    ['chld', false],
    ['name.length', false],
    ['children.0.fullName', true],
    ['children.12.fullName', true],
    ['children.x.fullName', false],
    ['children.0.nope', false],
    ['pair.1.x', true],
    ['pair.2', false],
    ['extra.anything.below', true],
    ['tags.whatever.deep', true],
    ['scores.math.value', true],
    ['scores.math.other', false],
    ['free.x.y', true],
    ['applicant.tree.children.3.tree.child.name', true],
    ['taxCode', true],
    ['idNumber', true],
    ['a2', true],
    ['gone', false],
  ])('%s → %s', (path, expected) => {
    expect(formHasVariable(schema, path)).toBe(expected);
  });
});
