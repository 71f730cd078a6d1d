import { describe, expect, it, vi } from 'vitest';
import type { FormDefinition } from '../../../schemas/procedure.ts';
import { compileForm, validateForm, type CompiledForm, type FieldError } from './index.ts';
import { HUNDRED, hundredFieldData, hundredFieldForm } from '../../../test/fixtures/hundred-fields.ts';

function compiled(form: FormDefinition): CompiledForm {
  const result = compileForm(form);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result;
}

const paths = (errors: FieldError[]): string[] => errors.map((e) => e.path);
const codes = (errors: FieldError[]): string[] => errors.map((e) => e.code);

/** A birth registration form in miniature. */
const birth: FormDefinition = {
  schema: {
    type: 'object',
    required: ['declarant', 'child'],
    properties: {
      declarant: {
        type: 'object',
        title: 'Người đi khai',
        required: ['fullName', 'idNumber'],
        properties: {
          fullName: { type: 'string', title: 'Họ, chữ đệm, tên', minLength: 1 },
          idNumber: { $ref: '#/$defs/cccd' },
          relationship: { type: 'string', enum: ['cha', 'mẹ', 'ông', 'bà', 'khác'] },
          relationshipOther: { type: 'string' },
        },
        if: { properties: { relationship: { const: 'khác' } }, required: ['relationship'] },
        then: { required: ['relationshipOther'] },
      },
      child: {
        type: 'object',
        required: ['birthDate', 'name'],
        properties: {
          name: { type: 'string', title: 'Họ tên trẻ' },
          birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' },
          'a/b~c': { type: 'string' },
        },
      },
      twins: {
        type: 'array',
        items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      },
      email: { type: 'string', format: 'email' },
    },
    $defs: { cccd: { type: 'string', title: 'Số định danh cá nhân', pattern: '^\\d{12}$' } },
  },
  ui: {
    fields: {
      email: { label: { vi: 'Thư điện tử', en: 'Email' } },
      'twins.*.name': { label: { vi: 'Tên trẻ sinh đôi', en: 'Twin’s name' } },
    },
  },
};

const good = {
  declarant: { fullName: 'Trần Thị Bình', idNumber: '001190012345', relationship: 'mẹ' },
  child: { name: 'Lê Minh An', birthDate: '2025-03-01' },
};

describe('validate', () => {
  const form = compiled(birth);

  it('accepts valid data with no errors, without allocating a new array', () => {
    const errors = form.validate(good);
    expect(errors).toEqual([]);
    expect(Object.isFrozen(errors)).toBe(true);
    expect(form.validate(good)).toBe(errors);
  });

  it('places a required error on the missing field itself, not on its parent', () => {
    const errors = form.validate({
      declarant: { fullName: 'A', idNumber: '001190012345' },
      child: { name: 'An' },
    });
    expect(errors).toEqual([
      {
        path: '/child/birthDate',
        code: 'FORM_REQUIRED',
        message: { vi: 'Trường “Ngày sinh” là bắt buộc', en: '“Ngày sinh” is required' },
      },
    ]);
  });

  it('escapes property names in pointers', () => {
    const schema = { type: 'object', required: ['a/b~c'], properties: { 'a/b~c': { type: 'string' } } };
    expect(paths(compiled({ schema }).validate({}))).toEqual(['/a~1b~0c']);
  });

  it('names fields by UI label first, then schema title, then the title behind a $ref', () => {
    const errors = form.validate({
      ...good,
      declarant: { fullName: 'A', idNumber: '12' },
      email: 'not-an-email',
      twins: [{}],
    });
    expect(errors.map((e) => e.message)).toEqual([
      {
        vi: 'Trường “Số định danh cá nhân” không đúng định dạng yêu cầu',
        en: '“Số định danh cá nhân” is not in the required format',
      },
      {
        vi: 'Trường “Thư điện tử” phải là địa chỉ thư điện tử hợp lệ',
        en: '“Email” must be a valid email address',
      },
      { vi: 'Trường “Tên trẻ sinh đôi” là bắt buộc', en: '“Twin’s name” is required' },
    ]);
  });

  it('reports what the `then` branch of a condition requires, on the field', () => {
    const errors = form.validate({ ...good, declarant: { ...good.declarant, relationship: 'khác' } });
    expect(errors).toEqual([
      expect.objectContaining({ path: '/declarant/relationshipOther', code: 'FORM_REQUIRED' }),
    ]);
  });

  it('keeps one error per field, the most useful, and sorts by path with indices in numeric order', () => {
    const schema = {
      type: 'object',
      properties: {
        list: { type: 'array', items: { type: 'string', minLength: 3, pattern: '^[a-z]+$' } },
        b: { type: 'integer', enum: [1, 2] },
      },
    };
    const list = Array.from({ length: 12 }, (_, i) => (i === 2 || i === 10 ? 'X' : 'abc'));
    const errors = compiled({ schema }).validate({ list, b: 'x' });
    expect(paths(errors)).toEqual(['/b', '/list/2', '/list/10']);
    expect(codes(errors)).toEqual(['FORM_TYPE', 'FORM_PATTERN', 'FORM_PATTERN']);
  });

  it('reports the matching alternative of a discriminated oneOf, and the choice itself otherwise', () => {
    const schema = {
      type: 'object',
      properties: {
        applicant: {
          oneOf: [
            { $ref: '#/$defs/person' },
            {
              type: 'object',
              required: ['kind', 'taxCode'],
              properties: { kind: { const: 'org' }, taxCode: { type: 'string', title: 'Mã số thuế' } },
            },
          ],
        },
      },
      $defs: {
        person: {
          type: 'object',
          required: ['kind', 'fullName'],
          properties: { kind: { const: 'person' }, fullName: { type: 'string', title: 'Họ tên' } },
        },
      },
    };
    const form = compiled({ schema });
    expect(form.validate({ applicant: { kind: 'person' } })).toEqual([
      {
        path: '/applicant/fullName',
        code: 'FORM_REQUIRED',
        message: { vi: 'Trường “Họ tên” là bắt buộc', en: '“Họ tên” is required' },
      },
    ]);
    expect(codes(form.validate({ applicant: { kind: 'company' } }))).toEqual(['FORM_ONE_OF']);
    expect(paths(form.validate({ applicant: 5 }))).toEqual(['/applicant']);
  });

  it('reports data that is not an object on the root', () => {
    for (const data of [null, 5, 'x', [], true, undefined]) {
      expect(form.validate(data)).toEqual([
        {
          path: '',
          code: 'FORM_TYPE',
          message: {
            vi: 'Dữ liệu biểu mẫu phải là một nhóm thông tin',
            en: 'The form data must be a group of fields',
          },
        },
      ]);
    }
  });

  it('answers FORM_NOT_CHECKED instead of throwing when validation recurses past the stack', () => {
    const schema = {
      $ref: '#/$defs/node',
      $defs: { node: { type: 'array', items: { $ref: '#/$defs/node' } } },
    };
    let deep: unknown[] = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(codes(compiled({ schema }).validate(deep))).toEqual(['FORM_NOT_CHECKED']);
  });
});

describe('visibility', () => {
  const form = compiled(birth);

  it('does not require a hidden field', () => {
    const data = { declarant: { fullName: 'A', idNumber: '001190012345' }, child: { name: 'An' } };
    expect(form.validate(data, (p) => p !== 'child.birthDate')).toEqual([]);
    expect(paths(form.validate(data, () => true))).toEqual(['/child/birthDate']);
  });

  it('drops every error under a hidden group', () => {
    const data = { declarant: { fullName: '', idNumber: 'x' }, child: {} };
    expect(paths(form.validate(data))).toEqual([
      '/child/birthDate',
      '/child/name',
      '/declarant/fullName',
      '/declarant/idNumber',
    ]);
    expect(paths(form.validate(data, (p) => p !== 'child'))).toEqual([
      '/declarant/fullName',
      '/declarant/idNumber',
    ]);
  });

  it('asks about fields in dot notation with array indices, each prefix once, and never on valid data', () => {
    const isVisible = vi.fn((p: string) => p !== 'twins.1');
    expect(paths(form.validate({ ...good, twins: [{}, {}, {}] }, isVisible))).toEqual([
      '/twins/0/name',
      '/twins/2/name',
    ]);
    expect(isVisible.mock.calls.map((c) => c[0]).sort()).toEqual([
      'twins',
      'twins.0',
      'twins.0.name',
      'twins.1',
      'twins.2',
      'twins.2.name',
    ]);
    isVisible.mockClear();
    form.validate(good, isVisible);
    expect(isVisible).not.toHaveBeenCalled();
  });

  it('keeps errors on the form as a whole', () => {
    expect(paths(form.validate(7, () => false))).toEqual(['']);
  });
});

describe('a 100-field form', () => {
  const form = compiled(hundredFieldForm());

  it('declares 100 fields and accepts its valid data', () => {
    expect(HUNDRED).toBe(100);
    expect(form.validate(hundredFieldData())).toEqual([]);
  });

  it('reports each wrong field once, localized and titled', () => {
    const data = hundredFieldData() as Record<string, Record<string, unknown>>;
    data.applicant.f1 = '2024-02-30';
    delete data.child.f0;
    data.father.f1 = -1;
    data.mother.f3 = '12345';
    (data.witnesses as unknown as Record<string, unknown>[])[1].f2 = 'x';
    expect(form.validate(data).map((e) => `${e.path} ${e.code} ${e.message.vi}`)).toEqual([
      '/applicant/f1 FORM_FORMAT Trường “Trường 2” phải là ngày hợp lệ',
      '/child/f0 FORM_REQUIRED Trường “Trường 1” là bắt buộc',
      '/father/f1 FORM_MINIMUM Trường “Trường 2” phải lớn hơn hoặc bằng 0',
      '/mother/f3 FORM_PATTERN Trường “Trường 4” không đúng định dạng yêu cầu',
      '/witnesses/1/f2 FORM_TYPE Trường “Trường 3” phải là giá trị có/không',
    ]);
  });
});

describe('validateForm', () => {
  it('compiles on first use and validates', () => {
    expect(validateForm(birth, good)).toEqual([]);
    expect(paths(validateForm(birth, {}) as FieldError[])).toEqual(['/child', '/declarant']);
  });

  it('returns the problems of a schema that cannot be compiled', () => {
    expect(validateForm({ schema: { type: 12 } }, {})).toEqual({
      problems: [expect.objectContaining({ code: 'FORM_SCHEMA_INVALID', path: '/form/schema/type' })],
    });
  });
});
