/**
 * Which conditional parts of a schema to show for the answers given so far: `if`/`then`/`else`,
 * `dependentSchemas` and the chosen oneOf/anyOf branch add fields to an object.
 *
 * This decides only what is on screen. Whether the data is valid is always the engine's validator's answer (the
 * same in the preview, the portal and the server); here a condition is read only when it uses the keywords that
 * forms use for it (const, enum, type, required, properties, bounds, not/anyOf/oneOf/allOf). For anything else the
 * answer is "cannot tell", and both branches are shown.
 */
import { isSchemaObject, resolveSchema, type SchemaObject } from './resolve.ts';

/** true, false, or undefined: cannot tell. */
export type Fit = boolean | undefined;

const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'default',
  'examples',
  '$id',
  '$schema',
  '$anchor',
  '$defs',
  'definitions',
  'readOnly',
  'writeOnly',
  'deprecated',
]);

const and = (fits: Fit[]): Fit =>
  fits.includes(false) ? false : fits.includes(undefined) ? undefined : true;

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return jsonType(value) === type;
}

/** Deep equality of JSON values (const, enum). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as SchemaObject)[k], (b as SchemaObject)[k]));
}

type Check = (s: SchemaObject, value: unknown, root: unknown) => Fit;

const num = (v: unknown): v is number => typeof v === 'number';

const CHECKS: Record<string, Check> = {
  const: (s, v) => sameJson(s.const, v),
  enum: (s, v) => (Array.isArray(s.enum) ? s.enum.some((e) => sameJson(e, v)) : undefined),
  required: (s, v) =>
    !isSchemaObject(v) || !Array.isArray(s.required) || s.required.every((k) => Object.hasOwn(v, String(k))),
  properties: (s, v, root) =>
    !isSchemaObject(v) || !isSchemaObject(s.properties)
      ? true
      : and(Object.entries(s.properties).map(([k, p]) => (Object.hasOwn(v, k) ? fits(root, p, v[k]) : true))),
  not: (s, v, root) => {
    const f = fits(root, s.not, v);
    return f === undefined ? undefined : !f;
  },
  anyOf: (s, v, root) => {
    if (!Array.isArray(s.anyOf)) return undefined;
    const all = s.anyOf.map((b) => fits(root, b, v));
    return all.includes(true) ? true : all.includes(undefined) ? undefined : false;
  },
  oneOf: (s, v, root) => {
    if (!Array.isArray(s.oneOf)) return undefined;
    const all = s.oneOf.map((b) => fits(root, b, v));
    if (all.includes(undefined)) return undefined;
    return all.filter(Boolean).length === 1;
  },
  minimum: (s, v) => !num(v) || !num(s.minimum) || v >= s.minimum,
  maximum: (s, v) => !num(v) || !num(s.maximum) || v <= s.maximum,
  exclusiveMinimum: (s, v) => !num(v) || !num(s.exclusiveMinimum) || v > s.exclusiveMinimum,
  exclusiveMaximum: (s, v) => !num(v) || !num(s.exclusiveMaximum) || v < s.exclusiveMaximum,
  minLength: (s, v) => typeof v !== 'string' || !num(s.minLength) || [...v].length >= s.minLength,
  maxLength: (s, v) => typeof v !== 'string' || !num(s.maxLength) || [...v].length <= s.maxLength,
  minItems: (s, v) => !Array.isArray(v) || !num(s.minItems) || v.length >= s.minItems,
  maxItems: (s, v) => !Array.isArray(v) || !num(s.maxItems) || v.length <= s.maxItems,
  pattern: (s, v) => {
    if (typeof v !== 'string' || typeof s.pattern !== 'string') return true;
    try {
      return new RegExp(s.pattern, 'u').test(v);
    } catch {
      return undefined;
    }
  },
};

/** Whether `value` fits `schema`, as far as the display needs to know (see the module comment). */
export function fits(root: unknown, schema: unknown, value: unknown): Fit {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  const r = resolveSchema(root, schema);
  if (r.unresolved) return undefined;
  const s = r.schema;
  const results: Fit[] = [];
  for (const key of Object.keys(s)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    const check = Object.hasOwn(CHECKS, key) ? CHECKS[key] : undefined;
    results.push(check ? check(s, value, root) : undefined);
  }
  if (r.types.length > 0 || r.nullable) {
    results.push(r.types.some((t) => hasType(value, t)) || (r.nullable && value === null));
  }
  for (const c of r.conditionals) {
    const f = fits(root, c.if, value);
    results.push(f === undefined ? undefined : fits(root, f ? c.then : c.else, value));
  }
  for (const [key, dependent] of r.dependents) {
    if (isSchemaObject(value) && Object.hasOwn(value, key)) results.push(fits(root, dependent, value));
  }
  return and(results);
}

/** The branches of a conditional to show: the one that applies, or both when it cannot be told. */
export function branchesToShow(
  root: unknown,
  c: { if: unknown; then?: unknown; else?: unknown },
  value: unknown,
) {
  const f = fits(root, c.if, value);
  return f === true ? [c.then] : f === false ? [c.else] : [c.then, c.else];
}

/**
 * The oneOf/anyOf branch the answers already point at: one that fits and for which something was answered (an
 * object branch needs one of its own properties filled in). Nothing answered: no branch (never pre-selected).
 */
export function answeredBranch(root: unknown, branches: unknown[], value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const index = branches.findIndex((b) => {
    if (fits(root, b, value) === false) return false;
    if (!isSchemaObject(value)) return true;
    const props = resolveSchema(root, b).schema.properties;
    return isSchemaObject(props) && Object.keys(props).some((k) => Object.hasOwn(value, k));
  });
  return index < 0 ? undefined : index;
}
