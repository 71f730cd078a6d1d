/**
 * The input an action needs, filled with test values from its JSON Schema so that a step is one click: the only
 * choice or fixed value, a sample text, a date a week on. The clerk may change each before acting.
 */
import type { JsonSchema } from '../../runtime/engine/index.ts';
import { formatInstant } from '../../runtime/engine/index.ts';

/** A required property of the input and how it is edited. */
export interface InputField {
  key: string;
  kind: 'choice' | 'fixed' | 'text' | 'time' | 'number' | 'yes_no';
  choices?: unknown[];
}

const WEEK_MS = 7 * 24 * 3_600_000;

const asSchema = (value: unknown): JsonSchema =>
  value && typeof value === 'object' ? (value as JsonSchema) : {};

/** The properties the action requires: its `required`, and the first way of `anyOf` (a reason over reasons). */
function requiredKeys(schema: JsonSchema): string[] {
  const first = Array.isArray(schema.anyOf) ? asSchema(schema.anyOf[0]).required : undefined;
  const keys = [
    ...(Array.isArray(schema.required) ? schema.required : []),
    ...(Array.isArray(first) ? first : []),
  ];
  return [...new Set(keys.filter((k): k is string => typeof k === 'string'))];
}

/** The fields a clerk fills for this input. */
export function inputFields(schema: JsonSchema): InputField[] {
  const properties = asSchema(schema.properties) as Record<string, unknown>;
  return requiredKeys(schema).map((key) => {
    const p = asSchema(properties[key]);
    if (Object.hasOwn(p, 'const')) return { key, kind: 'fixed', choices: [p.const] };
    if (Array.isArray(p.enum)) return { key, kind: 'choice', choices: p.enum };
    if (p.format === 'date-time') return { key, kind: 'time' };
    if (p.type === 'integer' || p.type === 'number') return { key, kind: 'number' };
    if (p.type === 'boolean') return { key, kind: 'yes_no' };
    return { key, kind: 'text' };
  });
}

/** Test values for every field of the input at simulated time `now`; `text` gives the sample words of a key. */
export function sampleInput(
  schema: JsonSchema,
  now: number,
  text: (key: string) => string,
): Record<string, unknown> {
  const properties = asSchema(schema.properties) as Record<string, unknown>;
  return Object.fromEntries(
    inputFields(schema).map((field) => {
      const p = asSchema(properties[field.key]);
      switch (field.kind) {
        case 'fixed':
        case 'choice':
          return [field.key, field.choices?.[0]];
        case 'time':
          return [field.key, formatInstant(now + WEEK_MS)];
        case 'number':
          return [field.key, typeof p.minimum === 'number' ? p.minimum : 1];
        case 'yes_no':
          return [field.key, true];
        default:
          return [field.key, text(field.key)];
      }
    }),
  );
}
