import type { ProcedureDefinition, Rule } from '../../../schemas/procedure.ts';
import { isFactPath } from '../facts.ts';
import { formHasVariable } from '../forms/index.ts';
import { pointer, type Problem } from '../problems.ts';
import { lintRule } from '../rules/index.ts';

interface PlacedRule {
  rule: Rule;
  path: string;
  /** Routing rules may also read the dossier's facts. */
  facts: boolean;
}

/** Every rule of a definition, with where it sits. */
export function definitionRules(definition: ProcedureDefinition): PlacedRule[] {
  const rules: PlacedRule[] = [];
  definition.components.forEach((c, i) =>
    rules.push({ rule: c.required, path: pointer('components', i, 'required'), facts: false }),
  );
  definition.fees.forEach((f, i) =>
    rules.push({ rule: f.amount, path: pointer('fees', i, 'amount'), facts: false }),
  );
  if ('rule' in definition.processingTime) {
    rules.push({ rule: definition.processingTime.rule, path: '/processingTime/rule', facts: false });
  }
  definition.process.edges.forEach((e, i) => {
    if (e.condition !== undefined)
      rules.push({ rule: e.condition, path: pointer('process', 'edges', i, 'condition'), facts: true });
  });
  for (const [field, ui] of Object.entries(definition.form.ui?.fields ?? {})) {
    if (ui.visibleIf !== undefined) {
      rules.push({
        rule: ui.visibleIf,
        path: pointer('form', 'ui', 'fields', field, 'visibleIf'),
        facts: false,
      });
    }
  }
  return rules;
}

/** Rules use allowed operators, variables that exist in the form (or dossier facts), and stay small. */
export function lintRules(definition: ProcedureDefinition): Problem[] {
  const schema = definition.form.schema;
  return definitionRules(definition).flatMap(({ rule, path, facts }) =>
    lintRule(rule, {
      path,
      variables: (name) => formHasVariable(schema, name) || (facts && isFactPath(name)),
    }),
  );
}
