/**
 * The data paths a form can hold, as JSON Logic's `var` reads them ("applicant.name", "children.0.birthDate").
 * Lint uses these to reject rules that read a field the form does not have.
 */
import { childSchemas, inPlace, isSchemaObject, type SchemaObject } from './schema-walk.ts';

/** In `formVariables`, this segment stands for any array index or, under an open object, any key. */
export const ANY_SEGMENT = '*';

/** Recursion guard for self-referencing schemas ($ref "#"): paths deeper than this are not listed. */
const MAX_DEPTH = 32;

const STRUCTURE = [
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'prefixItems',
  'items',
  'unevaluatedItems',
  '$ref',
  '$dynamicRef',
  'allOf',
  'anyOf',
  'oneOf',
  'if',
  'then',
  'else',
  'dependentSchemas',
] as const;

/**
 * An object or array whose contents the schema does not describe at all (`{"type": "object"}`), so any path
 * below it may hold data. A schema without `type` is not open: it is usually a branch that only adds
 * constraints, and treating it as open would let every misspelt variable through.
 */
function isOpen(node: SchemaObject | true): boolean {
  if (node === true) return true;
  const type = node.type;
  const container = Array.isArray(type)
    ? type.includes('object') || type.includes('array')
    : type === 'object' || type === 'array';
  return container && STRUCTURE.every((k) => node[k] === undefined);
}

/** Anything below is allowed: pattern properties (any key), `additionalProperties: true`, open containers. */
function allowsAnythingBelow(node: SchemaObject | true): boolean {
  if (isOpen(node) || node === true) return true;
  const patterns = node.patternProperties;
  if (isSchemaObject(patterns) && Object.keys(patterns).length > 0) return true;
  return node.additionalProperties === true || node.unevaluatedProperties === true;
}

/**
 * Every data path the form can hold, in dot notation. Array items and keys of open objects appear as
 * `ANY_SEGMENT` ("children.*.name"); use `formHasVariable` to test a concrete path such as "children.0.name".
 */
export function formVariables(schema: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  const onPath = new Set<unknown>();
  const join = (prefix: string, key: string): string => (prefix === '' ? key : prefix + '.' + key);

  const visit = (node: unknown, prefix: string, depth: number): void => {
    if (depth > MAX_DEPTH || onPath.has(node)) return;
    onPath.add(node);
    for (const n of inPlace(schema, node)) {
      if (allowsAnythingBelow(n)) out.add(join(prefix, ANY_SEGMENT));
      if (n === true) continue;
      const props = n.properties;
      if (isSchemaObject(props)) {
        for (const key of Object.keys(props)) {
          if (props[key] === false) continue;
          const path = join(prefix, key);
          out.add(path);
          visit(props[key], path, depth + 1);
        }
      }
      if (isSchemaObject(n.additionalProperties)) {
        const path = join(prefix, ANY_SEGMENT);
        out.add(path);
        visit(n.additionalProperties, path, depth + 1);
      }
      if (Array.isArray(n.prefixItems)) {
        n.prefixItems.forEach((item, i) => {
          const path = join(prefix, String(i));
          out.add(path);
          visit(item, path, depth + 1);
        });
      }
      if (isSchemaObject(n.items) || n.items === true) {
        const path = join(prefix, ANY_SEGMENT);
        out.add(path);
        visit(n.items, path, depth + 1);
      }
    }
    onPath.delete(node);
  };

  visit(schema, '', 0);
  return out;
}

/**
 * True when `path` (dot notation; numeric segments index arrays) can hold data in a form with this schema —
 * the path of a field, or a prefix of one. "" (the whole form) always exists.
 */
export function formHasVariable(schema: Record<string, unknown>, path: string): boolean {
  if (path === '') return true;
  const segments = path.split('.');

  const has = (node: unknown, i: number): boolean => {
    for (const n of inPlace(schema, node)) {
      if (i === segments.length || allowsAnythingBelow(n)) return true;
      if (n === true) continue;
      // Only declared children count: an undeclared property is a misspelling, not an open door.
      for (const child of childSchemas(n, segments[i])) if (has(child, i + 1)) return true;
    }
    return false;
  };

  return has(schema, 0);
}
