import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { fail } from './errors.ts';
import { compileRule, isTruthy, type RuleContext } from './rules/index.ts';
import { ruleFailure } from './rule-failure.ts';
import { joinLocalized, message } from './messages/index.ts';

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

/**
 * The components handed in so far plus `given`, in the definition's order. `given` comes from outside (a request,
 * a scenario): it must be a list of the procedure's component ids.
 */
export function handIn(
  definition: ProcedureDefinition,
  handed: readonly string[],
  given: unknown,
  path: string,
): string[] {
  if (!Array.isArray(given) || !given.every((id) => typeof id === 'string')) {
    fail('INPUT_INVALID', message('components.inputInvalid'), { path });
  }
  const known = new Set(definition.components.map((c) => c.id));
  const unknown = given.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    fail('COMPONENT_UNKNOWN', message('components.componentUnknown', { unknown: unknown.join(', ') }), {
      path,
      details: unknown,
    });
  }
  const all = new Set([...handed, ...given]);
  return definition.components.filter((c) => all.has(c.id)).map((c) => c.id);
}

/**
 * Refuses while a component the answers require is not handed in (DOMAIN §3): at submission, on every channel;
 * with a supplement; and at reception's acceptance, which is the completeness check.
 */
export function requireComponents(
  definition: ProcedureDefinition,
  data: unknown,
  handed: readonly string[],
  ctx: RuleContext,
  path: string,
): void {
  const missing = requiredComponents(definition, data, ctx).filter((id) => !handed.includes(id));
  if (missing.length === 0) return;
  const names = missing.map((id) => definition.components.find((c) => c.id === id)!.name);
  fail('COMPONENTS_MISSING', message('components.componentsMissing', { names: joinLocalized(names, '; ') }), {
    path,
    details: missing,
  });
}
