import type { ProcedureDefinition, Rule } from '../../../schemas/procedure.ts';
import { isFactPath } from '../facts.ts';
import { formHasVariable } from '../forms/index.ts';
import { dotPath } from '../forms/pointers.ts';
import { pointer, problem, type Problem } from '../problems.ts';
import { lintRule } from '../rules/index.ts';
import { message } from '../messages/index.ts';

interface PlacedRule {
  rule: Rule;
  path: string;
  /** Routing rules may also read the dossier's facts. */
  facts: boolean;
  /** A check on each item of a repeating group reads `{item, index, form}`, not the form: the group's pointer. */
  each?: string;
}

/** The variables a check on each item of `group` may read: the item's fields, its index, the whole form's. */
function itemVariable(schema: Record<string, unknown>, group: string, name: string): boolean {
  const [head, ...rest] = name.split('.');
  const below = rest.join('.');
  if (head === 'index') return rest.length === 0;
  if (head === 'form') return formHasVariable(schema, below);
  return head === 'item' && formHasVariable(schema, [dotPath(group), '0', below].filter(Boolean).join('.'));
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
    // It may read the officers' outcomes ($dossier.outcomes): an outcome can change the processing time.
    rules.push({ rule: definition.processingTime.rule, path: '/processingTime/rule', facts: true });
  }
  definition.process.edges.forEach((e, i) => {
    if (e.condition !== undefined)
      rules.push({ rule: e.condition, path: pointer('process', 'edges', i, 'condition'), facts: true });
  });
  definition.form.checks?.forEach((check, i) =>
    rules.push({
      rule: check.rule,
      path: pointer('form', 'checks', i, 'rule'),
      facts: false,
      each: check.each,
    }),
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
  return definitionRules(definition).flatMap(({ rule, path, facts, each }) =>
    lintRule(rule, {
      path,
      variables: (name) =>
        each === undefined
          ? formHasVariable(schema, name) || (facts && isFactPath(name))
          : itemVariable(schema, each, name),
    }),
  );
}

/**
 * A form check is about a field the form has (or the whole form, ""); a check on each item, about a repeating
 * group (an array field) and a field of its items (or the item, "").
 */
export function lintCheckPaths(definition: ProcedureDefinition): Problem[] {
  const schema = definition.form.schema;
  return (definition.form.checks ?? []).flatMap((check, i) => {
    const { each } = check;
    if (each !== undefined && !isArrayField(schema, each)) {
      return [
        problem(
          'FORM_CHECK_EACH_NOT_ARRAY',
          pointer('form', 'checks', i, 'each'),
          message('lint.formCheckEachNotArray', { id: check.id, each }),
        ),
      ];
    }
    const field = dotPath(each === undefined ? check.path : `${each}/0${check.path}`);
    if (formHasVariable(schema, field)) return [];
    return [
      problem(
        'FORM_CHECK_PATH_UNKNOWN',
        pointer('form', 'checks', i, 'path'),
        each
          ? message('lint.formCheckPathUnknownInItem', { id: check.id, path: check.path, each })
          : message('lint.formCheckPathUnknown', { id: check.id, path: check.path }),
      ),
    ];
  });
}

/** Whether the form's field at `pointer` holds a list: it has items (index 0), and is not any value at all. */
function isArrayField(schema: Record<string, unknown>, at: string): boolean {
  return formHasVariable(schema, dotPath(at)) && formHasVariable(schema, `${dotPath(at)}.0`);
}
