/**
 * A JSON Schema node made ready to render: `$ref` followed (local pointers and anchors), `allOf` merged into one
 * node, and a nullable type read as its other type. Conditionals (`if`/`then`/`else`, `dependentSchemas`) and
 * alternatives (`oneOf`/`anyOf`) stay as data: which branch applies depends on the answers (see conditions.ts).
 * Rendering only reads the result; validation is always the engine's, against the schema as written.
 */

export type SchemaObject = Record<string, unknown>;

export interface Conditional {
  if: unknown;
  then?: unknown;
  else?: unknown;
}

/** A schema node as the renderer reads it. */
export interface Resolved {
  /** The merged keywords (without $ref and allOf). `false` schemas resolve to `{ not: {} }`. */
  schema: SchemaObject;
  /** The JSON types it admits besides null (empty: any). */
  types: string[];
  nullable: boolean;
  conditionals: Conditional[];
  /** dependentSchemas (and draft-07 `dependencies` with a schema): applied when the named property is present. */
  dependents: [string, unknown][];
  /** Where resolution gave up (a $ref it cannot follow, a cycle): the field gets the generic editor. */
  unresolved?: string;
}

export const isSchemaObject = (v: unknown): v is SchemaObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** How many $ref / allOf levels one node may go through: beyond it, a schema is taken as unusable. */
const MAX_HOPS = 32;

function decodePointer(fragment: string): string[] {
  return fragment
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Finds `$anchor` / a fragment `$id` anywhere in the document. */
function findAnchor(node: unknown, name: string, depth = 0): unknown {
  if (depth > 64 || typeof node !== 'object' || node === null) return undefined;
  if (isSchemaObject(node) && (node.$anchor === name || node.$id === `#${name}`)) return node;
  for (const child of Object.values(node)) {
    const found = findAnchor(child, name, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The target of a `$ref` within the document, or undefined (remote references are the validator's business). */
export function followRef(root: unknown, ref: string): unknown {
  const hash = ref.indexOf('#');
  if (hash !== 0) return ref === '' ? root : undefined;
  const fragment = ref.slice(1);
  if (fragment === '') return root;
  if (!fragment.startsWith('/')) return findAnchor(root, fragment);
  let node: unknown = root;
  for (const segment of decodePointer(fragment)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const ANY: SchemaObject = Object.freeze({}) as SchemaObject;
const NOTHING: SchemaObject = Object.freeze({ not: {} }) as SchemaObject;

function typesOf(schema: SchemaObject): string[] | undefined {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return undefined;
}

/** Two `type`s both apply: only what both admit. */
function intersect(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const both = a.filter((t) => b.includes(t) || (t === 'integer' && b.includes('number')));
  for (const t of b) if (t === 'integer' && a.includes('number') && !both.includes(t)) both.push(t);
  return both;
}

/** `properties` of two schemas that both apply: a property in both is the allOf of its two schemas. */
function mergeProperties(a: unknown, b: unknown): SchemaObject | undefined {
  if (!isSchemaObject(b)) return isSchemaObject(a) ? a : undefined;
  if (!isSchemaObject(a)) return b;
  const out: SchemaObject = { ...a };
  for (const [key, schema] of Object.entries(b)) {
    out[key] = Object.hasOwn(out, key) ? { allOf: [out[key], schema] } : schema;
  }
  return out;
}

interface Acc {
  schema: SchemaObject;
  types?: string[];
  conditionals: Conditional[];
  dependents: [string, unknown][];
  unresolved?: string;
}

/** Adds one schema's keywords to what applies; the first title, description and widget hints win. */
function absorb(acc: Acc, root: unknown, node: unknown, hops: number, seen: Set<unknown>): void {
  if (node === true || node === undefined) return;
  if (node === false) {
    acc.schema = { ...acc.schema, ...NOTHING };
    return;
  }
  if (!isSchemaObject(node)) {
    acc.unresolved ??= 'not a schema';
    return;
  }
  if (hops > MAX_HOPS || seen.has(node)) {
    acc.unresolved ??= 'cycle';
    return;
  }
  seen.add(node);
  const { $ref, allOf, if: condition, then, else: otherwise, dependentSchemas, dependencies, ...own } = node;
  for (const [key, value] of Object.entries(own)) {
    if (key === 'type') acc.types = intersect(acc.types, typesOf(node));
    else if (key === 'properties') acc.schema.properties = mergeProperties(acc.schema.properties, value);
    else if (key === 'required' && Array.isArray(value)) {
      const before = Array.isArray(acc.schema.required) ? (acc.schema.required as unknown[]) : [];
      acc.schema.required = [...new Set([...before, ...value])];
    } else if (!Object.hasOwn(acc.schema, key)) acc.schema[key] = value;
  }
  if (condition !== undefined) acc.conditionals.push({ if: condition, then, else: otherwise });
  for (const deps of [dependentSchemas, dependencies]) {
    if (!isSchemaObject(deps)) continue;
    for (const [key, value] of Object.entries(deps)) {
      // An array is draft-07's dependentRequired: a constraint only, the validator's.
      if (!Array.isArray(value)) acc.dependents.push([key, value]);
    }
  }
  if (typeof $ref === 'string') {
    const target = followRef(root, $ref);
    if (target === undefined) acc.unresolved ??= `$ref ${$ref}`;
    else absorb(acc, root, target, hops + 1, seen);
  }
  if (Array.isArray(allOf)) for (const branch of allOf) absorb(acc, root, branch, hops + 1, seen);
  seen.delete(node);
}

const caches = new WeakMap<object, WeakMap<object, Resolved>>();

/** The node ready to render; cached per document and node (schemas are not edited in place while shown). */
export function resolveSchema(root: unknown, node: unknown): Resolved {
  const cacheable = typeof root === 'object' && root !== null && typeof node === 'object' && node !== null;
  let cache: WeakMap<object, Resolved> | undefined;
  if (cacheable) {
    cache = caches.get(root);
    if (!cache) caches.set(root, (cache = new WeakMap()));
    const hit = cache.get(node);
    if (hit) return hit;
  }
  const acc: Acc = { schema: {}, conditionals: [], dependents: [] };
  absorb(acc, root, node === undefined ? ANY : node, 0, new Set());
  const all = acc.types ?? [];
  const resolved: Resolved = {
    schema: acc.schema,
    types: all.filter((t) => t !== 'null'),
    nullable: all.includes('null'),
    conditionals: acc.conditionals,
    dependents: acc.dependents,
    ...(acc.unresolved ? { unresolved: acc.unresolved } : {}),
  };
  if (acc.types && acc.types.length === 0) resolved.unresolved ??= 'no type admits a value';
  if (cache) cache.set(node as object, resolved);
  return resolved;
}
