import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems.ts';
import type { FormDefinition } from '../../../schemas/procedure.ts';
import { compileForm } from './index.ts';
import { compileCount } from './compile.ts';

const schema = { type: 'object', properties: { name: { type: 'string' } } };

function problemsOf(form: FormDefinition): Problem[] {
  const result = compileForm(form);
  if (!('problems' in result)) throw new Error('expected problems');
  return result.problems;
}

describe('compile cache', () => {
  it('compiles a form object once and returns the same validator', () => {
    const form = { schema };
    const before = compileCount();
    const first = compileForm(form);
    expect(compileForm(form)).toBe(first);
    expect(compileForm(form)).toBe(first);
    expect(compileCount()).toBe(before + 1);
  });

  it('compiles another object with the same content (another version) separately', () => {
    const before = compileCount();
    expect(compileForm({ schema: { ...schema } })).not.toBe(compileForm({ schema: { ...schema } }));
    expect(compileCount()).toBe(before + 2);
  });

  it('does not compile a schema again when only the UI schema changed, and names fields by the new one', () => {
    const required = { ...schema, required: ['name'] };
    const before = compileCount();
    const first = compileForm({
      schema: required,
      ui: { fields: { name: { label: { vi: 'Họ tên', en: 'Name' } } } },
    });
    const relabelled = compileForm({
      schema: required,
      ui: { fields: { name: { label: { vi: 'Họ và tên', en: 'Full name' } } } },
    });
    expect(compileCount()).toBe(before + 1);
    if ('problems' in first || 'problems' in relabelled) throw new Error('should compile');
    expect(first.validate({})[0].message.vi).toContain('Họ tên');
    expect(relabelled.validate({})[0].message.vi).toContain('Họ và tên');
  });

  it('caches per options object too', () => {
    const form = { schema: { ...schema } };
    const options = { schemas: {} };
    const before = compileCount();
    const withOptions = compileForm(form, options);
    expect(compileForm(form, options)).toBe(withOptions);
    expect(compileForm(form)).not.toBe(withOptions);
    expect(compileCount()).toBe(before + 2);
  });

  it('caches a schema that does not compile, with its problems', () => {
    const form = { schema: { type: 12 } };
    const before = compileCount();
    expect(compileForm(form)).toBe(compileForm(form));
    expect(compileCount()).toBe(before + 1);
  });

  it('keeps forms with the same $id apart', () => {
    const v1 = compileForm({ schema: { $id: 'https://motcua.vn/forms/khai-sinh', type: 'string' } });
    const v2 = compileForm({ schema: { $id: 'https://motcua.vn/forms/khai-sinh', type: 'number' } });
    if ('problems' in v1 || 'problems' in v2) throw new Error('should compile');
    expect(v1.validate('a')).toEqual([]);
    expect(v2.validate(1)).toEqual([]);
  });
});

describe('schemas that cannot be used', () => {
  it('reports a wrong keyword value at its pointer, in both languages', () => {
    expect(problemsOf({ schema: { type: 12 } })).toEqual([
      {
        severity: 'error',
        code: 'FORM_SCHEMA_INVALID',
        path: '/form/schema/type',
        message: {
          vi: 'Lược đồ biểu mẫu không hợp lệ: giá trị của “type” phải là một trong các giá trị: “array”, “boolean”, “integer”, “null”, “number”, “object”, “string”',
          en: 'The form schema is invalid: the value of “type” must be one of: “array”, “boolean”, “integer”, “null”, “number”, “object”, “string”',
        },
      },
    ]);
    expect(problemsOf({ schema: { properties: { age: { minimum: 'x' } } } })).toEqual([
      expect.objectContaining({ path: '/form/schema/properties/age/minimum' }),
    ]);
    expect(problemsOf({ schema: { required: 'name' } })[0].message.vi).toBe(
      'Lược đồ biểu mẫu không hợp lệ: giá trị của “required” phải là một danh sách',
    );
  });

  it('reports an unresolvable $ref at the $ref', () => {
    expect(problemsOf({ schema: { properties: { a: { $ref: '#/$defs/missing' } } } })).toEqual([
      {
        severity: 'error',
        code: 'FORM_SCHEMA_INVALID',
        path: '/form/schema/properties/a/$ref',
        message: {
          vi: 'Lược đồ biểu mẫu không hợp lệ: không tìm thấy định nghĩa được tham chiếu “#/$defs/missing”',
          en: 'The form schema is invalid: the reference “#/$defs/missing” cannot be resolved',
        },
      },
    ]);
    expect(problemsOf({ schema: { $ref: 'https://example.com/other.json' } })[0].path).toBe(
      '/form/schema/$ref',
    );
  });

  it('reports a regular expression that does not compile', () => {
    expect(problemsOf({ schema: { properties: { a: { pattern: '\\p{Nope}' } } } })[0].path).toBe(
      '/form/schema/properties/a/pattern',
    );
    expect(problemsOf({ schema: { patternProperties: { '(': {} } } })[0].path).toBe(
      '/form/schema/patternProperties/(',
    );
  });

  it('refuses what is not a schema, and never throws', () => {
    for (const bad of [null, 'x', 3, [], undefined]) {
      expect(problemsOf({ schema: bad as never })[0]).toMatchObject({
        code: 'FORM_SCHEMA_INVALID',
        path: '/form/schema',
      });
    }
    expect(problemsOf(null as never)[0]).toMatchObject({ code: 'FORM_SCHEMA_INVALID', path: '/form' });
  });

  it('accepts boolean schemas', () => {
    const all = compileForm({ schema: true as never });
    const none = compileForm({ schema: false as never });
    if ('problems' in all || 'problems' in none) throw new Error('should compile');
    expect(all.validate(1)).toEqual([]);
    expect(none.validate(1).map((e) => e.code)).toEqual(['FORM_FALSE_SCHEMA']);
  });
});

describe('dialects', () => {
  it('reads 2020-12, with or without $schema', () => {
    for (const $schema of [
      undefined,
      'https://json-schema.org/draft/2020-12/schema',
      'https://json-schema.org/draft/2020-12/schema#',
    ]) {
      expect('problems' in compileForm({ schema: { $schema, type: 'string' } })).toBe(false);
    }
  });

  it('reads 2019-09 as 2020-12 unless it uses a keyword 2020-12 replaced', () => {
    const ok = compileForm({
      schema: { $schema: 'https://json-schema.org/draft/2019-09/schema#', required: ['a'] },
    });
    if ('problems' in ok) throw new Error('should compile');
    expect(ok.validate({}).map((e) => e.path)).toEqual(['/a']);
    expect(
      problemsOf({
        schema: {
          $schema: 'https://json-schema.org/draft/2019-09/schema',
          properties: { t: { $recursiveRef: '#' } },
        },
      })[0].path,
    ).toBe('/form/schema/properties/t/$recursiveRef');
  });

  it('refuses draft-04 and other dialects at $schema', () => {
    expect(problemsOf({ schema: { $schema: 'http://json-schema.org/draft-04/schema#' } })).toEqual([
      {
        severity: 'error',
        code: 'FORM_SCHEMA_INVALID',
        path: '/form/schema/$schema',
        message: {
          vi: 'Lược đồ biểu mẫu viết theo phiên bản JSON Schema “http://json-schema.org/draft-04/schema#”, không được hỗ trợ; hãy dùng phiên bản 2020-12',
          en: 'The form schema is written in the JSON Schema dialect “http://json-schema.org/draft-04/schema#”, which is not supported; use 2020-12',
        },
      },
    ]);
    expect(problemsOf({ schema: { $schema: 42 } })[0].path).toBe('/form/schema/$schema');
  });
});

describe('extra schemas', () => {
  it('resolves $refs to documents given in the options', () => {
    const options = {
      schemas: {
        'https://motcua.vn/defs.json': { $defs: { cccd: { type: 'string', pattern: '^\\d{12}$' } } },
      },
    };
    const form = { schema: { properties: { id: { $ref: 'https://motcua.vn/defs.json#/$defs/cccd' } } } };
    const result = compileForm(form, options);
    if ('problems' in result) throw new Error(JSON.stringify(result.problems));
    expect(result.validate({ id: '1' }).map((e) => e.code)).toEqual(['FORM_PATTERN']);
    expect('problems' in compileForm(form)).toBe(true);
  });
});
