/** Differences between two procedure definitions, as designers and approvers review them. */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { isPlainObject } from '../../runtime/engine/index.ts';
import { canonicalJson } from '../store/index.ts';

export interface Changes<T> {
  added: T[];
  removed: T[];
  changed: { id: string; from: T; to: T }[];
}

export interface VersionDiff {
  nodes: Changes<unknown>;
  edges: Changes<unknown>;
  /** Form fields by JSON pointer ("/child/fullName"); an array's items are "/*". */
  fields: Changes<unknown>;
  components: Changes<unknown>;
  fees: Changes<unknown>;
  processingTime: { from: unknown; to: unknown } | null;
  /** Whether anything at all differs (including parts not itemized above). */
  identical: boolean;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function compare<T>(from: T[] | undefined, to: T[] | undefined, id: (item: T) => string): Changes<T> {
  const a = Array.isArray(from) ? from : [];
  const b = Array.isArray(to) ? to : [];
  const before = new Map(a.map((i) => [id(i), i]));
  const after = new Map(b.map((i) => [id(i), i]));
  return {
    added: b.filter((i) => !before.has(id(i))),
    removed: a.filter((i) => !after.has(id(i))),
    changed: [...after]
      .filter(([k, v]) => before.has(k) && !same(before.get(k), v))
      .map(([k, v]) => ({ id: k, from: before.get(k)!, to: v })),
  };
}

type Field = { path: string } & Record<string, unknown>;

/** Every property of the form schema, flattened to JSON pointers; nested properties are fields of their own. */
export function formFields(schema: unknown, path = '', required = false, out: Field[] = []): Field[] {
  if (typeof schema !== 'object' || schema === null) return out;
  const { properties, items, required: requiredList, ...own } = schema as Record<string, unknown>;
  if (path !== '') out.push({ path, ...own, ...(required ? { required: true } : {}) });
  if (typeof properties === 'object' && properties !== null) {
    const req = Array.isArray(requiredList) ? requiredList : [];
    for (const [key, sub] of Object.entries(properties)) {
      formFields(sub, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, req.includes(key), out);
    }
  }
  if (isPlainObject(items)) formFields(items, `${path}/*`, false, out);
  return out;
}

const withId = (x: unknown) => String((x as { id?: unknown })?.id);

export function diffDefinitions(from: ProcedureDefinition, to: ProcedureDefinition): VersionDiff {
  return {
    nodes: compare(from.process?.nodes, to.process?.nodes, withId),
    edges: compare(from.process?.edges, to.process?.edges, withId),
    fields: compare(formFields(from.form?.schema), formFields(to.form?.schema), (f) => f.path),
    components: compare(from.components, to.components, withId),
    fees: compare(from.fees, to.fees, withId),
    processingTime: same(from.processingTime, to.processingTime)
      ? null
      : { from: from.processingTime ?? null, to: to.processingTime ?? null },
    identical: same(from, to),
  };
}
