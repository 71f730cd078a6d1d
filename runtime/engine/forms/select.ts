/**
 * From ajv's full error list (allErrors) to what a person should read: noise from alternatives dropped, errors
 * under hidden fields dropped, then the most useful error per field, sorted by path.
 */
import type { ErrorObject } from 'ajv';
import type { IsVisible } from './types.ts';
import { errorPath } from './localize.ts';
import { comparePaths, isWithin, segmentsOf } from './pointers.ts';
import { forEachSubschema, isSchemaObject, resolveLocalRef } from './schema-walk.ts';

/**
 * The schema objects reachable from a subschema (through nested keywords and local `$ref`s), remembered per
 * subschema. ajv's `schemaPath` does not say which anyOf branch an error came from once a `$ref` is crossed;
 * the error's `parentSchema` (ajv option `verbose`) and this set do.
 */
export class Reach {
  private readonly memo = new WeakMap<object, Set<object>>();
  constructor(private readonly root: unknown) {}

  from(start: unknown): Set<object> {
    if (!isSchemaObject(start)) return new Set();
    let set = this.memo.get(start);
    if (set) return set;
    set = new Set<object>();
    const stack: unknown[] = [start];
    while (stack.length > 0) {
      const n = stack.pop();
      if (!isSchemaObject(n) || set.has(n)) continue;
      set.add(n);
      forEachSubschema(n, (sub) => stack.push(sub));
      if (typeof n.$ref === 'string') stack.push(resolveLocalRef(this.root, n.$ref));
      if (typeof n.$dynamicRef === 'string') stack.push(resolveLocalRef(this.root, n.$dynamicRef));
    }
    this.memo.set(start, set);
    return set;
  }
}

/** How a keyword's own error relates to the errors its subschemas produced just before it. */
type Policy = 'alternatives' | 'conditional' | 'wrapper';
const POLICY: Record<string, Policy> = {
  anyOf: 'alternatives',
  oneOf: 'alternatives',
  // "must match then": the errors inside `then`/`else` say what is actually wrong.
  if: 'conditional',
  // The item/name errors are about a search or a key, not about fields; the wrapper's message is clearer.
  contains: 'wrapper',
  propertyNames: 'wrapper',
};

/** The subschemas whose errors an error of this keyword wraps, and their schema paths when inlined. */
function branchesOf(e: ErrorObject): { schemas: unknown[]; paths: string[] } {
  const parent = isSchemaObject(e.parentSchema) ? e.parentSchema : {};
  if (e.keyword === 'if') {
    const base = e.schemaPath.replace(/\/if$/, '');
    return { schemas: [parent.then, parent.else], paths: [base + '/then', base + '/else'] };
  }
  if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
    const list = Array.isArray(e.schema)
      ? e.schema
      : Array.isArray(parent[e.keyword])
        ? parent[e.keyword]
        : [];
    return { schemas: list as unknown[], paths: (list as unknown[]).map((_, i) => `${e.schemaPath}/${i}`) };
  }
  return { schemas: [parent[e.keyword]], paths: [e.schemaPath] };
}

/** Ranks errors on the same field: the lower, the more useful to the person filling in the form. */
const RANK: Record<string, number> = {
  required: 0,
  dependentRequired: 1,
  dependencies: 1,
  type: 2,
  const: 3,
  enum: 4,
  format: 5,
  pattern: 6,
  minLength: 7,
  maxLength: 7,
  minimum: 8,
  maximum: 8,
  exclusiveMinimum: 8,
  exclusiveMaximum: 8,
  multipleOf: 9,
  minItems: 10,
  maxItems: 10,
  uniqueItems: 11,
  contains: 12,
  minProperties: 13,
  maxProperties: 13,
  additionalProperties: 14,
  unevaluatedProperties: 14,
  propertyNames: 15,
  items: 16,
  unevaluatedItems: 16,
  'false schema': 17,
  anyOf: 18,
  oneOf: 18,
  not: 19,
  if: 20,
};
const UNRANKED = 30;

/**
 * Among failed alternatives, the one branch worth reporting: a branch is ruled out when the value is of the wrong
 * type for it or a constant it tests does not match (a discriminator such as `kind: "person"`). If exactly one
 * branch remains, its errors are more useful than "matches none of the options".
 */
function chooseBranch(
  errors: readonly ErrorObject[],
  owner: Map<number, number>,
  count: number,
  at: string,
): number {
  const failed = new Set(owner.values());
  if (failed.size !== count) return -1; // an error we could not attribute: do not guess
  const ruledOut = new Set<number>();
  for (const [j, b] of owner) {
    const e = errors[j];
    const depth = segmentsOf(e.instancePath).length - segmentsOf(at).length;
    if ((e.keyword === 'type' || e.keyword === 'enum') && depth === 0) ruledOut.add(b);
    if (e.keyword === 'const' && depth <= 1) ruledOut.add(b);
  }
  const left = [...failed].filter((b) => !ruledOut.has(b));
  return left.length === 1 ? left[0] : -1;
}

/** Marks the errors to drop because a wrapping keyword explains them better, or the reverse. */
function dropNoise(errors: readonly ErrorObject[], reach: Reach): boolean[] {
  const drop = errors.map(() => false);
  // Outer keywords come after their subschemas' errors: walking backwards decides the outer one first.
  for (let k = errors.length - 1; k >= 0; k--) {
    const e = errors[k];
    const policy = POLICY[e.keyword];
    if (drop[k] || !policy) continue;
    const { schemas, paths } = branchesOf(e);
    // The subschemas' errors are the run just before this one, within its data location.
    const owner = new Map<number, number>();
    for (let j = k - 1; j >= 0; j--) {
      const c = errors[j];
      if (!isWithin(c.instancePath, e.instancePath)) break;
      const ps = c.parentSchema;
      const b = isSchemaObject(ps)
        ? schemas.findIndex((s) => reach.from(s).has(ps))
        : paths.findIndex((p) => c.schemaPath === p || c.schemaPath.startsWith(p + '/'));
      if (b < 0) break;
      owner.set(j, b);
    }
    if (policy === 'conditional') {
      // `then: false` says nothing more than the condition itself: keep the condition's message then.
      const bare = [...owner.keys()].every((j) => errors[j].keyword === 'false schema');
      for (const j of owner.keys()) if (bare) drop[j] = true;
      if (owner.size > 0 && !bare) drop[k] = true;
    } else if (policy === 'wrapper') {
      for (const j of owner.keys()) drop[j] = true;
    } else {
      const keep = chooseBranch(errors, owner, schemas.length, e.instancePath);
      for (const [j, b] of owner) if (b !== keep) drop[j] = true;
      if (keep >= 0) drop[k] = true;
    }
  }
  return drop;
}

/** Whether the field at `path` and every group around it are shown. Asked once per prefix per validation. */
function visibility(isVisible: IsVisible): (path: string) => boolean {
  const memo = new Map<string, boolean>();
  return (path) => {
    const segments = segmentsOf(path);
    let dot = '';
    for (let i = 0; i < segments.length; i++) {
      dot = i === 0 ? segments[0] : dot + '.' + segments[i];
      let shown = memo.get(dot);
      if (shown === undefined) {
        shown = isVisible(dot) !== false;
        memo.set(dot, shown);
      }
      if (!shown) return false;
    }
    return true;
  };
}

/** The errors to show, one per data path (the most useful), sorted by path. */
export function selectErrors(
  errors: readonly ErrorObject[],
  reach: Reach,
  isVisible?: IsVisible,
): ErrorObject[] {
  const drop = dropNoise(errors, reach);
  const shown = isVisible ? visibility(isVisible) : undefined;
  const best = new Map<string, ErrorObject>();
  errors.forEach((e, i) => {
    if (drop[i]) return;
    const path = errorPath(e);
    if (shown && !shown(path)) return;
    const current = best.get(path);
    if (!current || (RANK[e.keyword] ?? UNRANKED) < (RANK[current.keyword] ?? UNRANKED)) best.set(path, e);
  });
  return [...best.keys()].sort(comparePaths).map((p) => best.get(p) as ErrorObject);
}
