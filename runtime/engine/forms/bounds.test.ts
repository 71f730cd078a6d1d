/**
 * A procedure's form is closed and bounded: undeclared properties are refused at their path, and strings, lists and
 * maps the schema leaves open get DEFAULT_BOUNDS; the designer's own bounds win, and lint names what is open.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../schemas/procedure.ts';
import {
  compileForm,
  DEFAULT_BOUNDS,
  openBoundProblems,
  PROCEDURE_FORM,
  type CompiledForm,
} from './index.ts';

function procedureForm(schema: Record<string, unknown>): CompiledForm {
  const result = compileForm({ schema } satisfies FormDefinition, PROCEDURE_FORM);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result;
}

const person = {
  type: 'object',
  properties: { fullName: { type: 'string', maxLength: 100 }, idNumber: { type: 'string', maxLength: 12 } },
};
const schema = {
  type: 'object',
  properties: {
    status: { type: 'string', maxLength: 20 },
    note: { type: 'string' },
    long: { type: 'string', maxLength: 5000 },
    lines: { type: 'array', items: { type: 'string', maxLength: 10 } },
    tags: { type: 'object', additionalProperties: { type: 'string', maxLength: 10 } },
    mother: { $ref: '#/$defs/person' },
    father: { allOf: [{ $ref: '#/$defs/person' }, { properties: { alive: { type: 'boolean' } } }] },
    anything: true,
  },
  $defs: { person },
};
const form = procedureForm(schema);
const codesAt = (data: unknown) => form.validate(data).map((e) => [e.path, e.code]);

describe('a procedure form refuses what its schema does not declare', () => {
  it('an unknown field, at the root or inside a group, at its own path', () => {
    const data = {
      status: 'completed',
      x: '<script>alert(1)</script>',
      mother: { fullName: 'A', nick: 'B' },
    };
    expect(codesAt(data)).toEqual([
      ['/mother/nick', 'FORM_UNEVALUATED_PROPERTIES'],
      ['/x', 'FORM_ADDITIONAL_PROPERTIES'],
    ]);
    const [, x] = form.validate(data);
    expect(x.message).toEqual({
      vi: 'Trường “x” không được phép có ở đây',
      en: 'The field “x” is not allowed here',
    });
  });

  it('fields declared through $ref and allOf are declared', () => {
    expect(codesAt({ mother: { fullName: 'A' }, father: { fullName: 'B', alive: true } })).toEqual([]);
    expect(codesAt({ father: { fullName: 'B', ghost: 1 } })).toEqual([
      ['/father/ghost', 'FORM_UNEVALUATED_PROPERTIES'],
    ]);
  });

  it('the same schema read as plain JSON Schema (conformance, imports) stays open', () => {
    const plain = compileForm({ schema });
    if ('problems' in plain) throw new Error('compiles');
    expect(plain.validate({ x: '<script>', note: 'n'.repeat(900_000) })).toEqual([]);
  });

  it('any key the schema does not know is refused, whatever its value', () => {
    const known = new Set(Object.keys(schema.properties));
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !known.has(k) && k !== '__proto__'),
        fc.jsonValue(),
        (key, value) => {
          const errors = form.validate({ [key]: value });
          expect(errors.map((e) => e.code)).toContain('FORM_ADDITIONAL_PROPERTIES');
        },
      ),
    );
  });
});

describe('open sizes get the default bounds; the designer’s bounds win', () => {
  it('a 900 KB string in an unbounded field is refused; the default length is accepted', () => {
    expect(codesAt({ note: 'n'.repeat(900_000) })).toEqual([['/note', 'FORM_MAX_LENGTH']]);
    expect(codesAt({ note: 'n'.repeat(DEFAULT_BOUNDS.maxLength) })).toEqual([]);
    expect(codesAt({ long: 'n'.repeat(4000) })).toEqual([]);
    expect(codesAt({ status: 'n'.repeat(21) })).toEqual([['/status', 'FORM_MAX_LENGTH']]);
  });

  it('a list of 50,000 items is refused; a map with too many entries too', () => {
    expect(codesAt({ lines: Array.from({ length: 50_000 }, () => 'a') })).toEqual([
      ['/lines', 'FORM_MAX_ITEMS'],
    ]);
    expect(codesAt({ lines: Array.from({ length: DEFAULT_BOUNDS.maxItems }, () => 'a') })).toEqual([]);
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v']));
    expect(codesAt({ tags: many })).toEqual([['/tags', 'FORM_MAX_PROPERTIES']]);
  });

  it('a field that allows anything is bounded too', () => {
    expect(codesAt({ anything: 'n'.repeat(2001) })).toEqual([['/anything', 'FORM_MAX_LENGTH']]);
    expect(codesAt({ anything: { a: 1 } })).toEqual([['/anything/a', 'FORM_ADDITIONAL_PROPERTIES']]);
  });

  it('a string is accepted exactly up to its bound', () => {
    fc.assert(
      fc.property(fc.nat({ max: 3 * DEFAULT_BOUNDS.maxLength }), (length) => {
        const errors = form.validate({ note: 'x'.repeat(length) });
        expect(errors.length === 0).toBe(length <= DEFAULT_BOUNDS.maxLength);
      }),
      { numRuns: 200 },
    );
  });
});

describe('lint names every open size, where it is', () => {
  it('strings, lists and maps without a bound; a bounded, fixed or closed field is not named', () => {
    const problems = openBoundProblems({
      ...schema,
      properties: { ...schema.properties, born: { type: 'string', format: 'date' }, kind: { enum: ['a'] } },
    });
    expect(problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['warning', 'FORM_OPEN_BOUNDS', '/form/schema/properties/note'],
      ['warning', 'FORM_OPEN_BOUNDS', '/form/schema/properties/lines'],
      ['warning', 'FORM_OPEN_BOUNDS', '/form/schema/properties/tags'],
      ['warning', 'FORM_OPEN_BOUNDS', '/form/schema/properties/anything'],
    ]);
    expect(problems[0].message).toEqual({
      vi: 'Trường không giới hạn độ dài (maxLength; mặc định 2.000 ký tự): hồ sơ nộp sẽ theo giới hạn mặc định',
      en: 'The field sets no bound on its length (maxLength; default 2,000 characters): submissions get the default',
    });
    expect(problems[3].message.en).toContain('its length');
    expect(problems[3].message.en).toContain('its number of items');
  });
});
