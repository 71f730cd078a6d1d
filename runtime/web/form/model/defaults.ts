/**
 * The answers a new form starts with: the schema's defaults for what is typed (a nationality "Việt Nam"), never
 * for a choice (the person picks; nothing is pre-selected for them); required groups present, so that each of
 * their fields is checked and named on its own; and the minimum number of items of a repeating group, ready to
 * fill in.
 */
import { fieldKind, startingValue } from '../schema/kind.ts';
import { objectFields } from '../schema/layout.ts';
import { resolveSchema } from '../schema/resolve.ts';

/** Self-referencing schemas stop here. */
const MAX_DEPTH = 8;

function startOf(root: unknown, schema: unknown, required: boolean, depth: number): unknown {
  const r = resolveSchema(root, schema);
  const kind = fieldKind(root, r).kind;
  if (kind === 'object') {
    const inner = depth < MAX_DEPTH ? objectStart(root, schema, depth + 1) : {};
    return required || Object.keys(inner).length > 0 ? inner : undefined;
  }
  if (
    kind === 'array' &&
    typeof r.schema.minItems === 'number' &&
    r.schema.minItems > 0 &&
    depth < MAX_DEPTH
  ) {
    const items = Array.isArray(r.schema.items) ? undefined : r.schema.items;
    return Array.from({ length: Math.min(r.schema.minItems, 20) }, () => startingValue(root, items));
  }
  const fixed = r.schema.default;
  return fixed !== undefined && kind !== 'choice' && kind !== 'boolean' && kind !== 'multi'
    ? fixed
    : undefined;
}

function objectStart(root: unknown, schema: unknown, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of objectFields(root, resolveSchema(root, schema), undefined, undefined, undefined)) {
    const v = startOf(root, f.schema, f.required, depth);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

export function initialAnswers(root: unknown): unknown {
  return startOf(root, root, true, 0);
}
