/**
 * A 100-field form shaped like a real declaration (five groups of 19 fields and a list of 5-field rows), with
 * data that satisfies it. Shared by the tests and the benchmark.
 */
import type { FormDefinition } from '../../../schemas/procedure.ts';

type Kind = 'text' | 'date' | 'email' | 'integer' | 'choice' | 'yesno' | 'phone' | 'money';
const KINDS: Kind[] = ['text', 'date', 'email', 'integer', 'choice', 'yesno', 'phone', 'money'];

const FIELD: Record<Kind, Record<string, unknown>> = {
  text: { type: 'string', minLength: 1, maxLength: 200 },
  date: { type: 'string', format: 'date' },
  email: { type: 'string', format: 'email' },
  integer: { type: 'integer', minimum: 0, maximum: 150 },
  choice: { type: 'string', enum: ['kinh', 'tay', 'thai', 'muong', 'khmer'] },
  yesno: { type: 'boolean' },
  phone: { type: 'string', pattern: '^0\\d{9}$' },
  money: { type: 'integer', minimum: 0, multipleOf: 1000 },
};

const VALUE: Record<Kind, unknown> = {
  text: 'Nguyễn Văn An',
  date: '2024-02-29',
  email: 'an.nguyen@example.vn',
  integer: 42,
  choice: 'kinh',
  yesno: true,
  phone: '0912345678',
  money: 150000,
};

const GROUPS = ['applicant', 'child', 'father', 'mother', 'residence'];
const PER_GROUP = 19;
const ROW_FIELDS = 5;

const kindOf = (i: number): Kind => KINDS[i % KINDS.length];

function group(count: number, offset: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let i = 0; i < count; i++)
    properties[`f${i}`] = { title: `Trường ${i + 1}`, ...FIELD[kindOf(i + offset)] };
  return { type: 'object', additionalProperties: false, required: Object.keys(properties), properties };
}

function groupData(count: number, offset: number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) data[`f${i}`] = VALUE[kindOf(i + offset)];
  return data;
}

export function hundredFieldForm(): FormDefinition {
  const properties: Record<string, unknown> = {};
  GROUPS.forEach((g, i) => (properties[g] = { title: g, ...group(PER_GROUP, i) }));
  properties.witnesses = { type: 'array', minItems: 1, maxItems: 10, items: group(ROW_FIELDS, 3) };
  return {
    schema: { type: 'object', additionalProperties: false, required: [...GROUPS, 'witnesses'], properties },
  };
}

export function hundredFieldData(): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  GROUPS.forEach((g, i) => (data[g] = groupData(PER_GROUP, i)));
  data.witnesses = [groupData(ROW_FIELDS, 3), groupData(ROW_FIELDS, 3)];
  return data;
}

/** The number of leaf fields the schema declares. */
export const HUNDRED = GROUPS.length * PER_GROUP + ROW_FIELDS;
