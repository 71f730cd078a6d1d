import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FormDefinition } from '../../../schemas/procedure.ts';
import { compileForm, formHasVariable, formVariables, type CompiledForm } from './index.ts';
import { comparePaths } from './pointers.ts';
import { hundredFieldForm } from '../../../test/fixtures/hundred-fields.ts';

const combinators: FormDefinition = {
  schema: {
    type: 'object',
    required: ['kind'],
    properties: {
      kind: { enum: ['person', 'org'] },
      list: { type: 'array', items: { $ref: '#' }, uniqueItems: true, contains: { type: 'object' } },
      n: { type: 'number', multipleOf: 0.5, exclusiveMaximum: 100 },
      s: { type: 'string', format: 'date-time', pattern: '^2' },
      any: { anyOf: [{ type: 'string' }, { type: 'object', required: ['a'] }] },
    },
    propertyNames: { maxLength: 10 },
    if: { properties: { kind: { const: 'org' } } },
    then: { required: ['taxCode'] },
    else: { not: { required: ['taxCode'] } },
    oneOf: [{ required: ['a'] }, { required: ['b'] }, { properties: { a: { const: 1 } } }],
    dependentRequired: { a: ['b'] },
    unevaluatedProperties: { type: ['string', 'number', 'object', 'array'] },
  },
};

function compiled(form: FormDefinition): CompiledForm {
  const result = compileForm(form);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('validate on arbitrary data', () => {
  const forms = [compiled(combinators), compiled(hundredFieldForm())];

  it('never throws, and returns at most one localized error per path, sorted', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.func(fc.boolean()), (data, visible) => {
        for (const form of forms) {
          for (const errors of [form.validate(data), form.validate(data, (p) => visible(p))]) {
            const ps = errors.map((e) => e.path);
            expect(new Set(ps).size).toBe(ps.length);
            expect([...ps].sort(comparePaths)).toEqual(ps);
            for (const e of errors) {
              expect(e.code).toMatch(/^FORM_[A-Z_]+$/);
              expect(e.message.vi.length).toBeGreaterThan(0);
              expect(e.message.en.length).toBeGreaterThan(0);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an isVisible that shows every field changes nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const errors = forms[0].validate(data);
        const again = forms[0].validate(data, () => true);
        expect(again).toEqual(errors);
      }),
      { numRuns: 200 },
    );
  });
});

describe('form variables', () => {
  it('every listed variable is accepted by the matcher, with any index in place of *', () => {
    const schema = combinators.schema;
    fc.assert(
      fc.property(fc.nat(50), (index) => {
        for (const v of formVariables(schema)) {
          expect(formHasVariable(schema, v.replace(/\*/g, String(index))), v).toBe(true);
        }
      }),
      { numRuns: 20 },
    );
  });
});
