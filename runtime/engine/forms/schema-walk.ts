/**
 * Reading a JSON Schema as data (no validation): local `$ref` resolution, the subschemas that apply at one data
 * location, and a walk over every subschema with its JSON pointer. Used for field titles, form variables, error
 * attribution and locating the keyword behind a compile failure.
 */

import { isPlainObject } from '../objects.ts';

export type SchemaObject = Record<string, unknown>;

/** A schema that is an object (not a boolean schema). */
export const isSchemaObject: (value: unknown) => value is SchemaObject = isPlainObject;

/** Keywords whose value is one subschema. */
const SINGLE = [
  'additionalProperties',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
  'additionalItems',
] as const;
/** Keywords whose value maps names to subschemas. */
const MAPS = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
] as const;
/** Keywords whose value is a list of subschemas. */
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

function isSchema(value: unknown): boolean {
  return typeof value === 'boolean' || isSchemaObject(value);
}

/** Calls `visit` with every direct subschema of `node` and the pointer segments that lead to it. */
export function forEachSubschema(node: unknown, visit: (sub: unknown, segments: string[]) => void): void {
  if (!isSchemaObject(node)) return;
  for (const k of SINGLE) if (isSchema(node[k])) visit(node[k], [k]);
  // `items` is a schema in 2020-12 and a list in older drafts.
  const items = node.items;
  if (Array.isArray(items)) items.forEach((s, i) => isSchema(s) && visit(s, ['items', String(i)]));
  else if (isSchema(items)) visit(items, ['items']);
  for (const k of LISTS) {
    const list = node[k];
    if (Array.isArray(list)) list.forEach((s, i) => isSchema(s) && visit(s, [k, String(i)]));
  }
  for (const k of MAPS) {
    const map = node[k];
    if (!isSchemaObject(map)) continue;
    for (const name of Object.keys(map)) if (isSchema(map[name])) visit(map[name], [k, name]);
  }
}

/** Depth-first walk over the schema tree (each object once), with the pointer segments from the root. */
export function walkSchema(root: unknown, visit: (node: SchemaObject, segments: string[]) => void): void {
  const seen = new Set<object>();
  const go = (node: unknown, segments: string[]): void => {
    if (!isSchemaObject(node) || seen.has(node)) return;
    seen.add(node);
    visit(node, segments);
    forEachSubschema(node, (sub, more) => go(sub, segments.concat(more)));
  };
  go(root, []);
}

function unescapeSegment(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Resolves a reference inside the same document: "#", "#/json/pointer", "#anchor", or those after the root's own
 * `$id`. Anything else (another document) is ajv's business and yields undefined here.
 */
export function resolveLocalRef(root: unknown, ref: string): unknown {
  const hash = ref.indexOf('#');
  const base = hash < 0 ? ref : ref.slice(0, hash);
  if (base !== '') {
    const id = isSchemaObject(root) && typeof root.$id === 'string' ? root.$id.replace(/#$/, '') : undefined;
    if (base !== id) return undefined;
  }
  const fragment = hash < 0 ? '' : decode(ref.slice(hash + 1));
  if (fragment === '') return root;
  if (!fragment.startsWith('/')) return findAnchor(root, fragment);
  let node: unknown = root;
  for (const raw of fragment.slice(1).split('/')) {
    const key = unescapeSegment(raw);
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isSchemaObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

function findAnchor(root: unknown, name: string): unknown {
  let found: SchemaObject | undefined;
  walkSchema(root, (node) => {
    if (!found && (node.$anchor === name || node.$dynamicAnchor === name)) found = node;
  });
  return found;
}

/** Keywords whose subschemas describe the same data location as the schema holding them. */
const IN_PLACE_SINGLE = ['if', 'then', 'else'] as const;
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * Every schema that applies at the data location of `node`: the node itself first, then what its `$ref`,
 * `$dynamicRef`, allOf/anyOf/oneOf, if/then/else and dependentSchemas lead to (local references only).
 * `true` stands for a boolean schema that allows anything. Without `conditions`, `if` is left out: it only
 * decides between `then` and `else`, and asserts nothing itself.
 */
export function inPlace(root: unknown, node: unknown, conditions = true): (SchemaObject | true)[] {
  const out: (SchemaObject | true)[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [node];
  while (queue.length > 0) {
    const n = queue.shift();
    if (n === true) {
      if (!seen.has(true)) out.push(true);
      seen.add(true);
      continue;
    }
    if (!isSchemaObject(n) || seen.has(n)) continue;
    seen.add(n);
    out.push(n);
    if (typeof n.$ref === 'string') queue.push(resolveLocalRef(root, n.$ref));
    if (typeof n.$dynamicRef === 'string') queue.push(resolveLocalRef(root, n.$dynamicRef));
    for (const k of IN_PLACE_LISTS) if (Array.isArray(n[k])) queue.push(...(n[k] as unknown[]));
    for (const k of IN_PLACE_SINGLE) if (conditions || k !== 'if') queue.push(n[k]);
    if (isSchemaObject(n.dependentSchemas)) queue.push(...Object.values(n.dependentSchemas));
  }
  return out;
}

const INDEX = /^(0|[1-9]\d*)$/;

export function isIndex(segment: string): boolean {
  return INDEX.test(segment);
}

/**
 * The subschemas that describe the child `segment` of data described by `node` (one level down): a property,
 * a pattern property, additional properties, or an array item when the segment is an index.
 */
export function childSchemas(node: SchemaObject, segment: string): unknown[] {
  const out: unknown[] = [];
  const props = node.properties;
  if (isSchemaObject(props) && Object.hasOwn(props, segment)) out.push(props[segment]);
  const patterns = node.patternProperties;
  if (isSchemaObject(patterns)) {
    for (const p of Object.keys(patterns)) if (matches(p, segment)) out.push(patterns[p]);
  }
  if (isSchema(node.additionalProperties)) out.push(node.additionalProperties);
  if (isIndex(segment)) {
    const i = Number(segment);
    const prefix = node.prefixItems;
    if (Array.isArray(prefix) && i < prefix.length) out.push(prefix[i]);
    else if (isSchema(node.items)) out.push(node.items);
    else if (Array.isArray(node.items) && i < node.items.length) out.push(node.items[i]);
  }
  return out;
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}
