import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { compileRule, isTruthy, type RuleContext } from './rules/index.ts';
import { ruleFailure } from './rule-failure.ts';

/** The ids of the dossier components that the form's answers make required. */
export function requiredComponents(
  definition: ProcedureDefinition,
  data: unknown,
  ctx: RuleContext,
): string[] {
  return definition.components
    .filter((component, index) =>
      isTruthy(
        ruleFailure(`/components/${index}/required`, () => compileRule(component.required)(data, ctx)),
      ),
    )
    .map((component) => component.id);
}
