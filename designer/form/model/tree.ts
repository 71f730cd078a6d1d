/**
 * The form as the designer lists it: its fields in the order the citizen sees them, sections and repeating groups
 * with their own fields. A field is named by its UI schema path ("applicant.phone", "children.*.name": `*` for a
 * repeating group's items), the key under which the UI schema keeps its words and rules.
 */
import type { FormDefinition, UiField } from '../../../schemas/procedure.ts';
import { holdsFields, kindOf, type ReadKind, type Schema } from './kinds.ts';

export interface FormField {
  /** UI schema path: "applicant.phone", "children.*.name". */
  path: string;
  key: string;
  kind: ReadKind;
  schema: Schema;
  ui?: UiField;
  required: boolean;
  /** A section's or a repeating group's path for its own fields ("applicant", "children.*"), and those fields. */
  inner?: string;
  fields?: FormField[];
}

export const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A path's segments ("" is the root: none). */
export const segments = (path: string): string[] => (path === '' ? [] : path.split('.'));

export const join = (container: string, key: string): string =>
  container === '' ? key : `${container}.${key}`;

/** Where a path sits in the schema: a key is under `properties`, `*` is a list's `items`. */
export const schemaKeys = (path: string): string[] =>
  segments(path).flatMap((s) => (s === '*' ? ['items'] : ['properties', s]));

export function schemaAt(root: unknown, path: string): Schema | undefined {
  let node: unknown = root;
  for (const key of schemaKeys(path)) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : undefined;
}

/** The container and the key of a field's path. */
export function splitPath(path: string): { container: string; key: string } {
  const parts = segments(path);
  return { container: parts.slice(0, -1).join('.'), key: parts.at(-1) ?? '' };
}

/** The keys of a container in the order shown: the UI schema's order first, then the schema's. */
export function orderedKeys(form: FormDefinition, container: string): string[] {
  const properties = schemaAt(form.schema, container)?.properties;
  const keys = isObject(properties) ? Object.keys(properties) : [];
  const order = form.ui?.order?.[container];
  return order ? [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k))] : keys;
}

/** The path of the fields a field holds, if it holds any. */
export function innerPath(kind: ReadKind, path: string): string | undefined {
  if (!holdsFields(kind)) return undefined;
  return kind === 'repeat' ? `${path}.*` : path;
}

export function fieldsOf(form: FormDefinition, container = ''): FormField[] {
  const holder = schemaAt(form.schema, container);
  const required = new Set(Array.isArray(holder?.required) ? holder.required.map(String) : []);
  return orderedKeys(form, container).map((key) => {
    const path = join(container, key);
    const schema = schemaAt(form.schema, path) ?? {};
    const ui = form.ui?.fields?.[path];
    const kind = kindOf(schema, ui);
    const inner = innerPath(kind, path);
    return {
      path,
      key,
      kind,
      schema,
      ui,
      required: required.has(key),
      ...(inner !== undefined ? { inner, fields: fieldsOf(form, inner) } : {}),
    };
  });
}

/** Every field, depth first, in the order shown. */
export function allFields(fields: readonly FormField[]): FormField[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? [])]);
}
