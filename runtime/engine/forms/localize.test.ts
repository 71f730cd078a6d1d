import { describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv';
import { compileForm, localizeError, type FieldError } from './index.ts';
import { LOCALIZED_KEYWORDS } from './messages.ts';

function errorsOf(schema: Record<string, unknown> | boolean, data: unknown): FieldError[] {
  const compiled = compileForm({ schema: schema as Record<string, unknown> });
  if ('problems' in compiled) throw new Error(JSON.stringify(compiled.problems));
  return compiled.validate(data);
}

/** One invalid case per keyword: schema of a field "x", its value, and the expected error. */
const CASES: { keyword: string; field: unknown; value: unknown; path?: string; vi: string; en: string }[] = [
  {
    keyword: 'type',
    field: { type: 'integer' },
    value: 'a',
    vi: 'Trường này phải là số nguyên',
    en: 'This field must be a whole number',
  },
  {
    keyword: 'const',
    field: { const: 'vn' },
    value: 'la',
    vi: 'Trường này phải là “vn”',
    en: 'This field must be “vn”',
  },
  {
    keyword: 'enum',
    field: { enum: ['a', 1] },
    value: 'b',
    vi: 'Trường này phải là một trong các giá trị: “a”, 1',
    en: 'This field must be one of: “a”, 1',
  },
  {
    keyword: 'format',
    field: { format: 'date' },
    value: '2023-02-29',
    vi: 'Trường này phải là ngày hợp lệ',
    en: 'This field must be a valid date',
  },
  {
    keyword: 'pattern',
    field: { pattern: '^\\d{12}$' },
    value: '12',
    vi: 'Trường này không đúng định dạng yêu cầu',
    en: 'This field is not in the required format',
  },
  {
    keyword: 'minLength',
    field: { minLength: 3 },
    value: 'ab',
    vi: 'Trường này phải có ít nhất 3 ký tự',
    en: 'This field must be at least 3 characters long',
  },
  {
    keyword: 'maxLength',
    field: { maxLength: 2 },
    value: 'abc',
    vi: 'Trường này không được dài quá 2 ký tự',
    en: 'This field must be at most 2 characters long',
  },
  {
    keyword: 'minimum',
    field: { minimum: 1500000 },
    value: 1,
    vi: 'Trường này phải lớn hơn hoặc bằng 1.500.000',
    en: 'This field must be at least 1,500,000',
  },
  {
    keyword: 'maximum',
    field: { maximum: 2.5 },
    value: 3,
    vi: 'Trường này phải nhỏ hơn hoặc bằng 2,5',
    en: 'This field must be at most 2.5',
  },
  {
    keyword: 'exclusiveMinimum',
    field: { exclusiveMinimum: 0 },
    value: 0,
    vi: 'Trường này phải lớn hơn 0',
    en: 'This field must be greater than 0',
  },
  {
    keyword: 'exclusiveMaximum',
    field: { exclusiveMaximum: 10 },
    value: 10,
    vi: 'Trường này phải nhỏ hơn 10',
    en: 'This field must be less than 10',
  },
  {
    keyword: 'multipleOf',
    field: { multipleOf: 1000 },
    value: 1500,
    vi: 'Trường này phải là bội số của 1.000',
    en: 'This field must be a multiple of 1,000',
  },
  {
    keyword: 'minItems',
    field: { minItems: 2 },
    value: [1],
    vi: 'Trường này phải có ít nhất 2 mục',
    en: 'This field must have at least 2 items',
  },
  {
    keyword: 'maxItems',
    field: { maxItems: 1 },
    value: [1, 2],
    vi: 'Trường này không được có quá 1 mục',
    en: 'This field must have at most 1 item',
  },
  {
    keyword: 'items',
    field: { prefixItems: [{}], items: false },
    value: [1, 2],
    vi: 'Trường này không được có quá 1 mục',
    en: 'This field must have at most 1 item',
  },
  {
    keyword: 'unevaluatedItems',
    field: { unevaluatedItems: false },
    value: [1],
    vi: 'Trường này không được có mục nào',
    en: 'This field must have no items',
  },
  {
    keyword: 'uniqueItems',
    field: { uniqueItems: true },
    value: [1, 2, 1],
    vi: 'Trường này có các mục trùng nhau (mục 1 và 3)',
    en: 'This field has duplicate items (items 1 and 3)',
  },
  {
    keyword: 'contains',
    field: { contains: { const: 'x' } },
    value: ['y'],
    vi: 'Trường này phải có ít nhất 1 mục phù hợp',
    en: 'This field must contain at least 1 matching item',
  },
  {
    keyword: 'minProperties',
    field: { minProperties: 1 },
    value: {},
    vi: 'Trường này phải có ít nhất 1 thông tin được điền',
    en: 'This field must have at least 1 field filled in',
  },
  {
    keyword: 'maxProperties',
    field: { maxProperties: 1 },
    value: { a: 1, b: 2 },
    vi: 'Trường này không được có quá 1 thông tin',
    en: 'This field must have at most 1 field',
  },
  {
    keyword: 'additionalProperties',
    field: { additionalProperties: false },
    value: { ghost: 1 },
    path: '/x/ghost',
    vi: 'Trường “ghost” không được phép có ở đây',
    en: 'The field “ghost” is not allowed here',
  },
  {
    keyword: 'unevaluatedProperties',
    field: { unevaluatedProperties: false },
    value: { ghost: 1 },
    path: '/x/ghost',
    vi: 'Trường “ghost” không được phép có ở đây',
    en: 'The field “ghost” is not allowed here',
  },
  {
    keyword: 'propertyNames',
    field: { propertyNames: { maxLength: 2 } },
    value: { abc: 1 },
    vi: 'Tên trường “abc” không hợp lệ',
    en: 'The field name “abc” is not valid',
  },
  {
    keyword: 'required',
    field: { required: ['a'] },
    value: {},
    path: '/x/a',
    vi: 'Trường này là bắt buộc',
    en: 'This field is required',
  },
  {
    keyword: 'dependentRequired',
    field: { dependentRequired: { a: ['b'] } },
    value: { a: 1 },
    path: '/x/b',
    vi: 'Trường này là bắt buộc khi đã điền “a”',
    en: 'This field is required when “a” is filled in',
  },
  {
    keyword: 'false schema',
    field: false,
    value: 1,
    vi: 'Trường này phải để trống',
    en: 'This field must be left empty',
  },
  {
    keyword: 'not',
    field: { not: { const: 0 } },
    value: 0,
    vi: 'Trường này có giá trị không được phép',
    en: 'This field has a value that is not allowed',
  },
  {
    keyword: 'anyOf',
    field: { anyOf: [{ type: 'string' }, { type: 'number' }] },
    value: true,
    vi: 'Trường này không khớp với lựa chọn nào được phép',
    en: 'This field does not match any of the allowed options',
  },
  {
    keyword: 'oneOf',
    field: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
    value: 1,
    vi: 'Trường này khớp với nhiều hơn một lựa chọn',
    en: 'This field matches more than one of the options',
  },
  {
    keyword: 'if',
    field: { if: { const: 1 }, then: false },
    value: 1,
    vi: 'Trường này chưa đáp ứng điều kiện kèm theo',
    en: 'This field does not meet a condition that applies to it',
  },
];

describe('localized messages', () => {
  it.each(CASES)(
    '$keyword → FORM_ code, Vietnamese and English message',
    ({ keyword, field, value, path, vi, en }) => {
      const errors = errorsOf({ type: 'object', properties: { x: field } }, { x: value });
      const code =
        'FORM_' +
        keyword
          .replace(/([a-z])([A-Z])/g, '$1_$2')
          .replace(' ', '_')
          .toUpperCase();
      expect(errors).toEqual([{ path: path ?? '/x', code, message: { vi, en } }]);
    },
  );

  it('has a case for every keyword of the catalog', () => {
    const covered = new Set(CASES.map((c) => c.keyword));
    // dependencies (draft 7), maxContains (reported as contains) and additionalItems (2019-09) are not 2020-12 keywords.
    const untestable = new Set(['dependencies', 'additionalItems']);
    expect(LOCALIZED_KEYWORDS.filter((k) => !covered.has(k) && !untestable.has(k))).toEqual([]);
  });

  it('names every format in words', () => {
    const cases: [string, string, string, string][] = [
      ['date-time', '2024-01-01', 'ngày giờ', 'date and time'],
      ['email', 'a@', 'địa chỉ thư điện tử', 'email address'],
      ['uri', 'không phải uri', 'địa chỉ URI', 'URI'],
      ['time', '25:00:00Z', 'giờ', 'time'],
      ['ipv4', '1.2.3', 'địa chỉ IPv4', 'IPv4 address'],
      ['uuid', 'x', 'mã UUID', 'UUID'],
    ];
    for (const [format, value, vi, en] of cases) {
      expect(errorsOf({ format }, value)[0].message).toEqual({
        vi: `Dữ liệu biểu mẫu phải là ${vi} hợp lệ`,
        en: `The form data must be a valid ${en}`,
      });
    }
  });

  it('words ranges with limits and a checkbox that must be ticked', () => {
    expect(errorsOf({ minLength: 1 }, '')[0].message.vi).toBe('Dữ liệu biểu mẫu không được để trống');
    expect(errorsOf({ contains: { const: 1 }, minContains: 2, maxContains: 3 }, [1])[0].message.en).toBe(
      'The form data must contain between 2 and 3 matching items',
    );
    expect(errorsOf({ const: true, title: 'Cam kết' }, false)[0].message).toEqual({
      vi: 'Dữ liệu biểu mẫu phải được chọn',
      en: 'The form data must be checked',
    });
    expect(errorsOf({ type: ['string', 'null'] }, 1)[0].message).toEqual({
      vi: 'Dữ liệu biểu mẫu phải là văn bản hoặc để trống',
      en: 'The form data must be text or empty',
    });
  });

  it('lists the titles of a one-of-constants choice and the fields of a one-of-required group', () => {
    const choice = {
      oneOf: [
        { const: 'nam', title: 'Nam' },
        { const: 'nu', title: 'Nữ' },
      ],
    };
    expect(errorsOf({ properties: { sex: choice } }, { sex: 'x' })[0]).toEqual({
      path: '/sex',
      code: 'FORM_ONE_OF',
      message: {
        vi: 'Trường này phải là một trong các giá trị: “Nam”, “Nữ”',
        en: 'This field must be one of: “Nam”, “Nữ”',
      },
    });
    const either = {
      properties: { cccd: { title: 'Số CCCD' }, passport: { title: 'Số hộ chiếu' } },
      anyOf: [{ required: ['cccd'] }, { required: ['passport'] }],
    };
    expect(errorsOf(either, {})[0].message).toEqual({
      vi: 'Cần điền ít nhất một trong các trường: “Số CCCD”, “Số hộ chiếu”',
      en: 'Fill in at least one of: “Số CCCD”, “Số hộ chiếu”',
    });
  });

  it('gives an unknown keyword a generic FORM_INVALID message', () => {
    const error: ErrorObject = {
      keyword: 'x-custom',
      instancePath: '/a',
      schemaPath: '#/x-custom',
      params: {},
    };
    expect(localizeError(error)).toEqual({
      path: '/a',
      code: 'FORM_INVALID',
      message: { vi: 'Trường này không hợp lệ', en: 'This field is not valid' },
    });
  });

  it('localizes errors of any ajv instance, using titles when ajv ran with verbose', () => {
    const required: ErrorObject = {
      keyword: 'required',
      instancePath: '/child',
      schemaPath: '#/properties/child/required',
      params: { missingProperty: 'birthDate' },
      parentSchema: { properties: { birthDate: { title: 'Ngày sinh' } } },
    };
    expect(localizeError(required)).toEqual({
      path: '/child/birthDate',
      code: 'FORM_REQUIRED',
      message: { vi: 'Trường “Ngày sinh” là bắt buộc', en: '“Ngày sinh” is required' },
    });
    const plain: ErrorObject = { ...required, parentSchema: undefined };
    expect(localizeError(plain).message.vi).toBe('Trường này là bắt buộc');
  });

  it('writes Vietnamese with its diacritics', () => {
    const all = CASES.map((c) => c.vi).join(' ');
    expect(all).toMatch(/bắt buộc/);
    expect(all).toMatch(/ký tự/);
    expect(all).not.toMatch(/bat buoc|ky tu/);
  });
});
