/**
 * Hostile inputs generated from a request's JSON Schema: a value that fits it (to get past validation to the
 * checks behind it), and values that break it in every way the schema allows to name: wrong types, unknown fields,
 * strings and arrays past their bounds (or huge where the schema sets none), malformed and deeply nested JSON.
 */
import { compileStrict } from '../../server/http/validation.ts';

export type Schema = Record<string, unknown>;

/** What each variant is, for the failure message. */
export interface Variant<T> {
  label: string;
  value: T;
}

const STRINGS = [
  'abc',
  '0123456789abcdef',
  '000.01.01.H41',
  'a@b.vn',
  '2026-11-23',
  '2026-11-23T09:00:00+07:00',
  '15:00',
  'https://example.vn/',
];

const validators = new WeakMap<Schema, (v: unknown) => boolean>();
/** Whether `value` fits `schema` (the server's own strict compiler). */
export function fits(schema: Schema, value: unknown): boolean {
  let validate = validators.get(schema);
  if (!validate) validators.set(schema, (validate = compileStrict(schema)));
  return validate(value);
}

const typeOf = (s: Schema): string | undefined =>
  Array.isArray(s.type) ? (s.type[0] as string) : (s.type as string | undefined);
const propertiesOf = (s: Schema) => (s.properties ?? {}) as Record<string, Schema>;

/** A value that fits `schema` as far as a generator without a regex engine can tell (checked by `fits`). */
export function sample(schema: Schema): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const choices = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (choices) return choices.map(sample).find((v, i) => fits(choices[i], v)) ?? sample(choices[0]);
  switch (typeOf(schema) ?? (schema.properties ? 'object' : undefined)) {
    case 'object': {
      const props = propertiesOf(schema);
      const keys = (schema.required as string[] | undefined) ?? [];
      const min = (schema.minProperties as number | undefined) ?? 0;
      const chosen = [...keys, ...Object.keys(props).filter((k) => !keys.includes(k))].slice(
        0,
        Math.max(keys.length, min),
      );
      return Object.fromEntries(chosen.map((k) => [k, sample(props[k] ?? {})]));
    }
    case 'array':
      return Array.from({ length: (schema.minItems as number | undefined) ?? 0 }, () =>
        sample((schema.items as Schema | undefined) ?? {}),
      );
    case 'string': {
      const min = (schema.minLength as number | undefined) ?? 0;
      return STRINGS.find((s) => fits(schema, s)) ?? 'a'.repeat(Math.max(1, min));
    }
    case 'integer':
    case 'number':
      return (schema.minimum as number | undefined) ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'abc';
  }
}

/** A value of another JSON type than the schema asks for. */
function wrongType(schema: Schema): unknown {
  switch (typeOf(schema)) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'yes';
    case 'array':
      return { not: 'a list' };
    case 'null':
      return 0;
    default:
      return [1, 2, 3];
  }
}

/** Past the schema's bound, or huge where it sets none (still under the 1 MB body limit). */
function oversized(schema: Schema): unknown {
  switch (typeOf(schema)) {
    case 'string': {
      const max = schema.maxLength as number | undefined;
      return 'x'.repeat(max === undefined ? 200_000 : max + 1);
    }
    case 'array': {
      const max = schema.maxItems as number | undefined;
      const item = sample((schema.items as Schema | undefined) ?? {});
      return Array.from({ length: max === undefined ? 20_000 : max + 1 }, () => item);
    }
    case 'integer':
    case 'number':
      return 1e300;
    default:
      return { long: 'x'.repeat(200_000), many: Array.from({ length: 50_000 }, (_, i) => i) };
  }
}

/** `levels` objects inside each other. */
export const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

/** The JSON text of `value` with `text` in place of the member `key` (JSON.stringify cannot write 5,000 levels). */
const withText = (value: object, key: string, text: string) =>
  JSON.stringify({ ...value, [key]: 0 }).replace(
    `${JSON.stringify(key)}:0`,
    `${JSON.stringify(key)}:${text}`,
  );

/** JSON texts of objects (bodies, tRPC inputs) that break `schema` one way each. */
export function brokenObjects(schema: Schema): Variant<string>[] {
  const base = sample(schema);
  const out: Variant<string>[] = [[], 42, 'text', null, true].map((value) => ({
    label: `whole input ${JSON.stringify(value)}`,
    value: JSON.stringify(value),
  }));
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return out;
  const broken = (label: string, value: unknown) => out.push({ label, value: JSON.stringify(value) });
  broken('unknown field', { ...base, unexpected: '<script>alert(1)</script>' });
  for (const [key, prop] of Object.entries(propertiesOf(schema))) {
    broken(`${key}: wrong type`, { ...base, [key]: wrongType(prop) });
    broken(`${key}: oversized`, { ...base, [key]: oversized(prop) });
    // Inside an otherwise valid input, where only what reads the value further can choke on it.
    out.push({ label: `${key}: 5,000 levels deep`, value: withText(base, key, nested(5000)) });
    const inner = sample(prop);
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      broken(`${key}: unknown field inside`, { ...base, [key]: { ...inner, unexpected: 1 } });
    }
  }
  return out;
}

/** Texts that are not the JSON they claim to be, or JSON far too deep. */
export const BROKEN_JSON: Variant<string>[] = [
  { label: 'truncated JSON', value: '{"login": ' },
  { label: 'trailing brace', value: '{"a":1}}' },
  { label: 'single quotes', value: "{'a': 1}" },
  { label: 'NUL byte', value: '\u0000' },
  { label: 'prototype poisoning', value: '{"__proto__": {"isAdmin": true}}' },
  { label: 'constructor poisoning', value: '{"constructor": {"prototype": {"isAdmin": true}}}' },
  { label: 'lone surrogate', value: '{"a":"\\ud800"}' },
  { label: '5,000 levels deep', value: nested(5000) },
  { label: 'deep arrays', value: '['.repeat(100_000) + ']'.repeat(100_000) },
];

/** Query-string values that break `schema` (a querystring object schema), each as the text to append. */
export function brokenQueries(schema: Schema | undefined): Variant<string>[] {
  const out: Variant<string>[] = [
    { label: 'unknown parameter', value: 'unexpected=1' },
    { label: 'bad percent-encoding', value: 'q=%ZZ' },
  ];
  for (const [key, prop] of Object.entries(propertiesOf(schema ?? {}))) {
    const wrong = wrongType(prop);
    out.push({ label: `${key}: wrong type`, value: `${key}=${encodeURIComponent(JSON.stringify(wrong))}` });
    out.push({ label: `${key}: oversized`, value: `${key}=${'x'.repeat(20_000)}` });
    out.push({ label: `${key}: twice`, value: `${key}=1&${key}=2` });
  }
  return out;
}

/**
 * Whether a REST path is under /me/, where its parameters name the caller's own things (their draft of a
 * procedure), never someone else's: another user's request there acts on their own, and may well succeed.
 */
export const callersOwn = (path: string) => /^(\/api\/v1)?\/me\//.test(path);

/** Path parameter values that no route should choke on. */
export const HOSTILE_PARAMS: Variant<string>[] = [
  { label: 'missing resource', value: 'DOES-NOT-EXIST' },
  { label: 'path traversal', value: '..%2F..%2F..%2Fetc%2Fpasswd' },
  { label: 'NUL', value: '%00' },
  { label: 'bad percent-encoding', value: '%E0%A4%A' },
  { label: 'Vietnamese text', value: encodeURIComponent('Hồ sơ') },
  { label: 'SQL', value: encodeURIComponent("x' OR '1'='1") },
  { label: 'over the parameter limit', value: 'x'.repeat(600) },
];
