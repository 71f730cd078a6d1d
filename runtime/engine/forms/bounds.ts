/**
 * Closed and bounded form data. JSON Schema leaves an object open to any property, and a string, a list or a map
 * to any size, unless the schema says otherwise. A dossier keeps its data for years and shows it to officers, so a
 * procedure's form is read strictly:
 * - a property the schema does not declare is refused, at its own path. Refused rather than dropped: a client
 *   learns at once that it sent a field the procedure does not know (a typo, an old form) instead of believing it
 *   stored, and what officers read is exactly what was sent;
 * - a string, a list or a map whose size the schema leaves open gets DEFAULT_BOUNDS.
 * A designer's own bounds always win; lint warns where a form leaves one open (FORM_OPEN_BOUNDS).
 */
import { pointer, problem, type Localized, type Problem } from '../problems.ts';
import { inPlace, isSchemaObject, walkSchema, type SchemaObject } from './schema-walk.ts';
import { formatNumber } from './words.ts';
import { joinLocalized, message } from '../messages/index.ts';

/** Applied where a form leaves a size open: characters of a string, items of a list, entries of a map. */
export const DEFAULT_BOUNDS = Object.freeze({ maxLength: 2000, maxItems: 100, maxProperties: 100 });

type Bound = keyof typeof DEFAULT_BOUNDS;

/** Formats whose values have a short fixed shape: no length bound needed. */
const FIXED_FORMATS = new Set(['date', 'time', 'date-time', 'uuid', 'ipv4']);

/** One data location of a form (the root, a property, the items of a list…) and what its schemas leave open. */
interface Location {
  /** The schema reached for this location (a property's, a list's items'): where defaults go. */
  top: SchemaObject;
  /** Pointer segments of `top` in the form schema. */
  segments: string[];
  open: Bound[];
  /** How to refuse undeclared properties here, when the location may hold an object and lets none in. */
  close?: 'additionalProperties' | 'unevaluatedProperties';
}

/** Where a subschema sits: its holder (a schema, a `properties` map, a list) and its key there. */
interface Slot {
  holder: Record<string, unknown>;
  key: string;
  /** Pointer segments from the schema that has it. */
  at: string[];
}

/** The subschemas that describe a location below `node`: a property, an entry of a map, an item. */
function children(node: SchemaObject): Slot[] {
  const out: Slot[] = [];
  for (const k of ['properties', 'patternProperties'] as const) {
    const map = node[k];
    if (isSchemaObject(map)) for (const key of Object.keys(map)) out.push({ holder: map, key, at: [k, key] });
  }
  for (const k of ['additionalProperties', 'unevaluatedProperties', 'items', 'unevaluatedItems'] as const) {
    out.push({ holder: node, key: k, at: [k] });
  }
  const prefix = node.prefixItems;
  if (Array.isArray(prefix)) {
    // A list is indexed by its keys like an object.
    const holder = prefix as unknown as Record<string, unknown>;
    prefix.forEach((_, i) => out.push({ holder, key: String(i), at: ['prefixItems', String(i)] }));
  }
  return out;
}

function analyse(
  root: SchemaObject,
  top: SchemaObject,
): Pick<Location, 'open' | 'close'> & { applied: SchemaObject[] } {
  // `if` only chooses between `then` and `else`: its constraints are a condition, not bounds of the data.
  const applied = inPlace(root, top, false).filter(isSchemaObject);
  const has = (k: string) => applied.some((s) => s[k] !== undefined);
  const types = applied.flatMap((s) => (s.type === undefined ? [] : ([] as unknown[]).concat(s.type)));
  const canBe = (t: string) => types.length === 0 || types.includes(t);
  const open: Bound[] = [];
  if (has('enum') || has('const')) return { open, applied };
  if (canBe('string') && !has('maxLength') && !applied.some((s) => FIXED_FORMATS.has(s.format as string)))
    open.push('maxLength');
  if (canBe('array') && !has('maxItems')) open.push('maxItems');
  if (!canBe('object')) return { open, applied };
  const admits = (v: unknown) => v !== undefined && v !== false;
  const map = applied.some(
    (s) =>
      admits(s.additionalProperties) || admits(s.unevaluatedProperties) || s.patternProperties !== undefined,
  );
  if (map) {
    if (!has('maxProperties')) open.push('maxProperties');
    return { open, applied };
  }
  if (applied.some((s) => s.additionalProperties === false || s.unevaluatedProperties === false)) {
    return { open, applied };
  }
  // additionalProperties sees only the properties of its own schema; with $ref or allOf beside it, the
  // properties declared there count only for unevaluatedProperties.
  return { open, applied, close: applied.length === 1 ? 'additionalProperties' : 'unevaluatedProperties' };
}

/**
 * Every data location of the form, each once. With `mutable`, a boolean `true` subschema (anything goes) is
 * replaced by `{}` so that bounds can be added to it; otherwise the schema is only read.
 */
function forEachLocation(root: SchemaObject, mutable: boolean, visit: (location: Location) => void): void {
  const segmentsOf = new Map<object, string[]>();
  walkSchema(root, (node, segments) => segmentsOf.set(node, segments));
  const seen = new Set<object>();
  const queue: { top: SchemaObject; segments: string[] }[] = [{ top: root, segments: [] }];
  while (queue.length > 0) {
    const { top, segments } = queue.shift()!;
    if (seen.has(top)) continue;
    seen.add(top);
    const { open, close, applied } = analyse(root, top);
    visit({ top, segments, open, close });
    for (const schema of applied) {
      const base = schema === top ? segments : (segmentsOf.get(schema) ?? segments);
      for (const { holder, key, at } of children(schema)) {
        let child = holder[key];
        if (child === true) {
          child = {};
          if (mutable) holder[key] = child;
        }
        if (isSchemaObject(child)) queue.push({ top: child, segments: [...base, ...at] });
      }
    }
  }
}

/** A copy of a form schema that refuses undeclared properties and bounds what it leaves open. */
export function boundedSchema(schema: SchemaObject): SchemaObject {
  const copy = structuredClone(schema);
  forEachLocation(copy, true, ({ top, open, close }) => {
    for (const bound of open) top[bound] = DEFAULT_BOUNDS[bound];
    if (close) top[close] = false;
  });
  return copy;
}

const WHAT: Record<Bound, (n: Localized) => Localized> = {
  maxLength: (n) => message('forms.boundMaxLength', { n }),
  maxItems: (n) => message('forms.boundMaxItems', { n }),
  maxProperties: (n) => message('forms.boundMaxProperties', { n }),
};

/** Warnings for every place where the form leaves a size open and submissions get the default bound. */
export function openBoundProblems(schema: unknown): Problem[] {
  if (!isSchemaObject(schema)) return [];
  const problems: Problem[] = [];
  forEachLocation(schema, false, ({ segments, open }) => {
    if (open.length === 0) return;
    const what = open.map((b) => WHAT[b](formatNumber(DEFAULT_BOUNDS[b])));
    problems.push(
      problem(
        'FORM_OPEN_BOUNDS',
        '/form/schema' + pointer(...segments),
        message('forms.fieldUnbounded', { bounds: joinLocalized(what, ', ') }),
        'warning',
      ),
    );
  });
  return problems;
}
