/**
 * What a resolved schema node becomes on screen: a field kind and, for choices, the options. Anything the renderer
 * cannot show as a field of its own becomes `json`, a generic editor, never an exception.
 */
import type { Localized } from '../../../engine/index.ts';
import { isSchemaObject, resolveSchema, type Resolved, type SchemaObject } from './resolve.ts';

export interface ChoiceOption {
  value: unknown;
  /** From the UI schema, the branch's title, `enumNames`, or the value itself. */
  label: Localized | string;
}

export type FieldKind =
  | { kind: 'text'; format?: string }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: ChoiceOption[] }
  /** A list of distinct values from a closed set: checkboxes. */
  | { kind: 'multi'; options: ChoiceOption[] }
  | { kind: 'object' }
  /** A list of items of one schema, or a tuple (prefixItems, draft-07 `items: [...]`) and its rest. */
  | { kind: 'array' }
  /** oneOf / anyOf whose branches have a shape of their own: the person picks one. */
  | { kind: 'alternatives'; branches: unknown[] }
  /** Only null is allowed: nothing to fill in. */
  | { kind: 'null' }
  /** No value is allowed (a `false` schema): nothing is shown. */
  | { kind: 'never' }
  | { kind: 'json'; reason: string };

const asList = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

const NONE = Symbol('none');

/** A branch of oneOf/anyOf that stands for one value: `{const}` or `{enum: [one]}`, usually titled. */
function singleValue(root: unknown, branch: unknown): ChoiceOption | undefined {
  const r = resolveSchema(root, branch);
  const s = r.schema;
  const value = Object.hasOwn(s, 'const')
    ? s.const
    : asList(s.enum)?.length === 1
      ? asList(s.enum)![0]
      : NONE;
  if (value === NONE) return undefined;
  return { value, label: typeof s.title === 'string' ? s.title : String(value) };
}

/** Labels carried in the schema by other tools: RJSF's `enumNames` (and the x- form some generators write). */
function enumOptions(schema: SchemaObject, values: unknown[]): ChoiceOption[] {
  const names = asList(schema.enumNames) ?? asList(schema['x-enumNames']);
  return values.map((value, i) => ({
    value,
    label: typeof names?.[i] === 'string' ? (names[i] as string) : showValue(value),
  }));
}

export function showValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Branches that only add constraints (e.g. "fill in one of these": `required` lists) shape no field. */
function shapesNothing(root: unknown, branch: unknown): boolean {
  const r = resolveSchema(root, branch);
  if (r.types.length > 0 || r.nullable) return false;
  return Object.keys(r.schema).every((k) =>
    ['required', 'title', 'description', 'not', '$comment'].includes(k),
  );
}

/** The oneOf or anyOf branches that need a choice on screen, if any. */
export function alternativesOf(root: unknown, r: Resolved): unknown[] | undefined {
  const branches = asList(r.schema.oneOf) ?? asList(r.schema.anyOf);
  if (!branches || branches.length === 0) return undefined;
  if (branches.every((b) => shapesNothing(root, b))) return undefined;
  return branches;
}

function primaryType(r: Resolved): string | undefined {
  if (r.types.length === 1) return r.types[0];
  if (r.types.length === 2 && r.types.includes('integer') && r.types.includes('number')) return 'number';
  if (r.types.length > 1) return 'mixed';
  const s = r.schema;
  if (s.properties !== undefined || s.additionalProperties !== undefined || s.patternProperties !== undefined)
    return 'object';
  if (s.items !== undefined || s.prefixItems !== undefined) return 'array';
  if (
    s.format !== undefined ||
    s.pattern !== undefined ||
    s.minLength !== undefined ||
    s.maxLength !== undefined
  )
    return 'string';
  if (s.minimum !== undefined || s.maximum !== undefined || s.multipleOf !== undefined) return 'number';
  return undefined;
}

export function fieldKind(root: unknown, r: Resolved): FieldKind {
  if (r.unresolved) return { kind: 'json', reason: r.unresolved };
  const s = r.schema;
  if (isSchemaObject(s.not) && Object.keys(s.not).length === 0) return { kind: 'never' };
  if (Object.hasOwn(s, 'const'))
    return { kind: 'choice', options: [{ value: s.const, label: showValue(s.const) }] };
  const values = asList(s.enum);
  if (values) return { kind: 'choice', options: enumOptions(s, values) };
  const branches = alternativesOf(root, r);
  if (branches) {
    const options = branches.map((b) => singleValue(root, b));
    if (options.every((o) => o !== undefined)) return { kind: 'choice', options: options as ChoiceOption[] };
  }
  const type = primaryType(r);
  if (type === 'array') {
    const items = resolveSchema(root, s.items);
    const itemValues = Array.isArray(s.items) ? undefined : fieldKind(root, items);
    if (s.uniqueItems === true && itemValues?.kind === 'choice')
      return { kind: 'multi', options: itemValues.options };
    return { kind: 'array' };
  }
  if (branches && type !== 'object') return { kind: 'alternatives', branches };
  switch (type) {
    case 'object':
      return { kind: 'object' };
    case 'string':
      return { kind: 'text', ...(typeof s.format === 'string' ? { format: s.format } : {}) };
    case 'number':
    case 'integer':
      return { kind: 'number', integer: type === 'integer' };
    case 'boolean':
      return { kind: 'boolean' };
    case undefined:
      return r.nullable ? { kind: 'null' } : { kind: 'json', reason: 'any value' };
    default:
      return { kind: 'json', reason: `type ${r.types.join(', ')}` };
  }
}

/** What a new list item or map entry starts as: the schema's default (unless it is a choice), or an empty shape. */
export function startingValue(root: unknown, schema: unknown): unknown {
  const r = resolveSchema(root, schema);
  const kind = fieldKind(root, r);
  if (r.schema.default !== undefined && kind.kind !== 'choice' && kind.kind !== 'boolean')
    return r.schema.default;
  switch (kind.kind) {
    case 'object':
      return {};
    case 'array':
    case 'multi':
      return [];
    case 'text':
      return '';
    default:
      return null;
  }
}
