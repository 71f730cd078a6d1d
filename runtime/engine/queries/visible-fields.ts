import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { attempt, type Attempt } from '../errors.ts';
import { walkSchema } from '../forms/schema-walk.ts';
import type { RuleContext } from '../rules/index.ts';
import { fieldVisibility } from '../visibility.ts';

/** Keywords under which a schema still describes the same data location (its alternatives and conditions). */
const SAME_PLACE = new Set(['allOf', 'anyOf', 'oneOf', 'then', 'else']);

/** The dot path of the field at these schema pointer segments, if they name one (arrays' items do not). */
function fieldPath(segments: string[]): string | undefined {
  const names: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === 'properties' && i + 1 < segments.length) names.push(segments[++i]);
    else if (SAME_PLACE.has(segment)) {
      if (segment !== 'then' && segment !== 'else') i++;
    } else return undefined;
  }
  return names.length > 0 ? names.join('.') : undefined;
}

/**
 * The form's fields (dot paths, in schema order) split by whether the applicant sees them with this data; a
 * `visibleIf` rule that fails on the data is a refusal (RULE_FAILED), as data.
 */
export function visibleFields(
  definition: ProcedureDefinition,
  data: unknown,
  ctx: RuleContext,
): Attempt<{ visible: string[]; hidden: string[] }> {
  return attempt(() => split(definition, data, ctx));
}

function split(definition: ProcedureDefinition, data: unknown, ctx: RuleContext) {
  const isVisible = fieldVisibility(definition.form, data, ctx);
  const fields = new Set<string>();
  walkSchema(definition.form.schema, (_node, segments) => {
    const path = fieldPath(segments);
    if (path !== undefined) fields.add(path);
  });
  const all = [...fields];
  return { visible: all.filter(isVisible), hidden: all.filter((f) => !isVisible(f)) };
}
