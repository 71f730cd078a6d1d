/** The fields an object shows for the answers so far: its properties, those its conditions add, in order. */
import { branchesToShow } from './conditions.ts';
import { isSchemaObject, resolveSchema, type Resolved } from './resolve.ts';

export interface PropertyField {
  key: string;
  /** The property's schemas, all of which apply (a property declared twice is the allOf of both). */
  schema: unknown;
  required: boolean;
}

function collect(
  root: unknown,
  r: Resolved,
  value: unknown,
  into: Map<string, unknown[]>,
  required: Set<string>,
  depth: number,
): void {
  if (depth > 16) return;
  const props = r.schema.properties;
  if (isSchemaObject(props)) {
    for (const [key, schema] of Object.entries(props)) {
      const list = into.get(key);
      if (list) list.push(schema);
      else into.set(key, [schema]);
    }
  }
  if (Array.isArray(r.schema.required)) for (const k of r.schema.required) required.add(String(k));
  const more: unknown[] = [];
  for (const c of r.conditionals) more.push(...branchesToShow(root, c, value));
  for (const [key, schema] of r.dependents) {
    if (isSchemaObject(value) && Object.hasOwn(value, key)) more.push(schema);
  }
  for (const branch of more) {
    if (branch !== undefined) collect(root, resolveSchema(root, branch), value, into, required, depth + 1);
  }
}

/**
 * The object's fields: its own properties, those of conditions that apply (both branches when it cannot be told),
 * of present dependencies, and of the chosen alternative; `order` (the UI schema's) first, then schema order.
 */
export function objectFields(
  root: unknown,
  r: Resolved,
  value: unknown,
  chosen: unknown,
  order: readonly string[] | undefined,
): PropertyField[] {
  const into = new Map<string, unknown[]>();
  const required = new Set<string>();
  collect(root, r, value, into, required, 0);
  if (chosen !== undefined) collect(root, resolveSchema(root, chosen), value, into, required, 1);
  const keys = [...into.keys()];
  const ordered = order
    ? [...order.filter((k) => into.has(k)), ...keys.filter((k) => !order.includes(k))]
    : keys;
  return ordered.map((key) => {
    const schemas = into.get(key)!;
    return {
      key,
      schema: schemas.length === 1 ? schemas[0] : { allOf: schemas },
      required: required.has(key),
    };
  });
}

/** Whether the object's fields depend on its answers (then it re-reads them as they change). */
export function hasConditionalFields(r: Resolved): boolean {
  return r.conditionals.length > 0 || r.dependents.length > 0;
}
