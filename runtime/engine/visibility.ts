import type { FormDefinition } from '../../schemas/procedure.ts';
import { isPlainObject } from './objects.ts';
import { compileRule, isTruthy, type RuleContext } from './rules/index.ts';
import { ruleFailure } from './rule-failure.ts';

const allVisible = () => true;

/**
 * Which fields the applicant sees, from the UI schema's `visibleIf` rules over the form data.
 * A field is hidden when its own rule or any ancestor's is false; hidden fields are neither validated nor kept.
 */
export function fieldVisibility(
  form: FormDefinition,
  data: unknown,
  ctx: RuleContext,
): (path: string) => boolean {
  const rules = Object.entries(form.ui?.fields ?? {}).filter(([, field]) => field.visibleIf !== undefined);
  if (rules.length === 0) return allVisible;
  const hidden = rules
    .filter(
      ([path, field]) =>
        !isTruthy(
          ruleFailure(`/form/ui/fields/${path}/visibleIf`, () => compileRule(field.visibleIf)(data, ctx)),
        ),
    )
    .map(([path]) => path);
  if (hidden.length === 0) return allVisible;
  return (path) => !hidden.some((h) => path === h || path.startsWith(h + '.'));
}

/** The form data without the fields the applicant could not see. */
export function withoutHidden(data: Record<string, unknown>, isVisible: (path: string) => boolean) {
  // Most forms hide nothing: their data is kept as it came.
  if (isVisible === allVisible) return data;
  const prune = (value: Record<string, unknown>, prefix: string): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => isVisible(prefix + key))
        .map(([key, v]) => [key, isPlainObject(v) ? prune(v, `${prefix}${key}.`) : v]),
    );
  return prune(data, '');
}
