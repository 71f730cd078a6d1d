/**
 * A long form in steps: the UI schema's `sections`, or else, when the form has at least three groups of fields at
 * its top level, one step per group. Loose fields before a group join its step (a yes/no that opens the group
 * reads as its first question); loose fields after the last group make a last step of their own.
 */
import type { UiSchema } from '../../../../schemas/procedure.ts';
import type { Localized } from '../../../engine/index.ts';
import { fieldKind } from '../schema/kind.ts';
import { resolveSchema } from '../schema/resolve.ts';

export interface Step {
  /** The section's title; a group's key (its field's label is the title); none for the last step of loose fields. */
  title: Localized | { key: string } | undefined;
  /** The top-level properties it shows. */
  keys: string[];
}

/** Top-level groups it takes for a form to be split into steps without sections. */
export const AUTO_STEPS_FROM = 3;

function isGroup(root: unknown, schema: unknown): boolean {
  const r = resolveSchema(root, schema);
  const kind = fieldKind(root, r).kind;
  if (kind === 'object') return true;
  return kind === 'array' && fieldKind(root, resolveSchema(root, r.schema.items)).kind === 'object';
}

/** The steps of a form whose top-level fields are `keys` (in order, with their schemas); none: one page. */
export function formSteps(
  root: unknown,
  fields: { key: string; schema: unknown }[],
  ui: UiSchema | undefined,
): Step[] | undefined {
  const keys = fields.map((f) => f.key);
  if (ui?.sections && ui.sections.length > 0) {
    const steps: Step[] = ui.sections.map((s) => ({
      title: s.title,
      keys: [...new Set(s.fields.map((f) => f.split('.')[0]))].filter((k) => keys.includes(k)),
    }));
    const placed = new Set(steps.flatMap((s) => s.keys));
    const rest = keys.filter((k) => !placed.has(k));
    if (rest.length > 0) steps.push({ title: undefined, keys: rest });
    return steps.filter((s) => s.keys.length > 0);
  }
  const groups = fields.filter((f) => isGroup(root, f.schema));
  if (groups.length < AUTO_STEPS_FROM) return undefined;
  const steps: Step[] = [];
  let loose: string[] = [];
  for (const f of fields) {
    loose.push(f.key);
    if (groups.includes(f)) {
      steps.push({ title: { key: f.key }, keys: loose });
      loose = [];
    }
  }
  if (loose.length > 0) steps.push({ title: undefined, keys: loose });
  return steps;
}
