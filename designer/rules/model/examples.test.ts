/**
 * Every rule of the five example procedures, at its place: the editor for that place shows it visually and
 * exports exactly the same rule, or opens it in the raw view unchanged.
 */
import { expect, test } from 'vitest';
import type { Rule } from '../../../schemas/procedure.ts';
import { definitionRules } from '../../../runtime/engine/lint/rules.ts';
import { example, EXAMPLE_NAMES } from '../../../test/support/examples.ts';
import { conditionToQuery, queryToCondition, simplify } from './condition.ts';
import { sameJson } from './json.ts';
import { lintAt, rulePlace, type RulePlace } from './place.ts';
import { readRuleText, ruleText } from './text.ts';
import { valueRuleFromModel, valueRuleToModel } from './value-rule.ts';

/** Whether the place's editor shows the rule visually, with the same rule back; conditions of cases too. */
function visual(rule: Rule, place: RulePlace): boolean {
  const editor = place.editor;
  if (editor.kind === 'value') {
    const view = valueRuleToModel(rule, { perCopy: editor.perCopy, fields: place.fields });
    return (
      view.visual &&
      sameJson(valueRuleFromModel(view.model), rule) &&
      view.model.cases.every((c) =>
        visual(c.when, { ...place, editor: { kind: 'condition', constants: false } }),
      )
    );
  }
  if (editor.constants && typeof rule === 'boolean') return true;
  const view = conditionToQuery(rule, place.fields);
  return view.visual && sameJson(queryToCondition(view.query), simplify(rule));
}

test('every rule of the examples round-trips visually or opens raw unchanged', () => {
  const counts = { visual: 0, raw: 0 };
  for (const name of EXAMPLE_NAMES) {
    const definition = example(name);
    for (const { rule, path } of definitionRules(definition)) {
      const place = rulePlace(definition, path);
      expect(lintAt(rule, place), `${name} ${path}`).toEqual([]);
      if (visual(rule, place)) counts.visual++;
      else {
        counts.raw++;
        expect(readRuleText(ruleText(rule)), `${name} ${path}`).toEqual({ rule });
        console.log(`raw only: ${name} ${path} ${JSON.stringify(rule)}`);
      }
    }
  }
  console.log(`example rules: ${counts.visual} shown visually, ${counts.raw} raw only`);
  expect(counts.visual + counts.raw).toBeGreaterThan(0);
});
