import type { ProcedureDefinition, Rule } from '../../../schemas/procedure.ts';
import { isFactPath } from '../facts.ts';
import { formHasVariable } from '../forms/index.ts';
import { dotPath } from '../forms/pointers.ts';
import { pointer, problem, type Problem } from '../problems.ts';
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
  definition.form.checks?.forEach((check, i) =>
    rules.push({ rule: check.rule, path: pointer('form', 'checks', i, 'rule'), facts: false }),
  );
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

/** A form check is about a field the form has (or the whole form, ""). */
export function lintCheckPaths(definition: ProcedureDefinition): Problem[] {
  return (definition.form.checks ?? []).flatMap((check, i) =>
    formHasVariable(definition.form.schema, dotPath(check.path))
      ? []
      : [
          problem('FORM_CHECK_PATH_UNKNOWN', pointer('form', 'checks', i, 'path'), {
            vi: `Kiểm tra "${check.id}" nói về trường ${check.path}, không có trong biểu mẫu.`,
            en: `Check "${check.id}" is about ${check.path}, which the form does not have.`,
          }),
        ],
  );
}
