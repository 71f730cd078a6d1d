import type { FormDefinition } from '../schemas/procedure.ts';

/** A 100-field form of mixed kinds (text, number, date, e-mail, choice, flag) and data that passes it. */
export function hundredFieldForm(): { form: FormDefinition; data: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  const kinds = [
    [{ type: 'string', minLength: 1, maxLength: 200 }, 'Nguyễn Thị Bích'],
    [{ type: 'integer', minimum: 0, maximum: 1000 }, 42],
    [{ type: 'string', format: 'date' }, '2026-11-23'],
    [{ type: 'string', format: 'email' }, 'a@example.vn'],
    [{ enum: ['a', 'b', 'c'] }, 'b'],
    [{ type: 'boolean' }, true],
    [{ type: 'string', pattern: '^[0-9]{12}$' }, '001203004567'],
    [{ type: 'number', exclusiveMinimum: 0 }, 12.5],
  ] as const;
  for (let i = 0; i < 100; i++) {
    const [schema, value] = kinds[i % kinds.length];
    properties[`field${i}`] = { ...schema, title: `Trường ${i}` };
    data[`field${i}`] = value;
  }
  return {
    form: { schema: { type: 'object', required: Object.keys(properties), properties } },
    data,
  };
}
