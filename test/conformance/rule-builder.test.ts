/**
 * The rule builders against every rule of the JSON Logic suites in ../shared/ext/jsonlogic: each rule is shown
 * visually (as a condition, or as a value rule) and exports exactly the same rule — modulo `simplify`, which keeps
 * the engine's result on the case's data — or is classified "raw only", where the raw view keeps it unchanged.
 * A case's form is made from its data: each variable the rule reads becomes a field of the type of its value.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Rule } from '../../schemas/procedure.ts';
import { readSuite } from '../../bench/jsonlogic-compat.ts';
import { evaluate, ruleVariables } from '../../runtime/engine/index.ts';
import { extPath } from '../support/ext.ts';
import { conditionToQuery, queryToCondition, simplify } from '../../designer/rules/model/condition.ts';
import type { RuleFieldInfo, RuleFieldType } from '../../designer/rules/model/fields.ts';
import { isIsoDate } from '../../designer/rules/model/operators.ts';
import { readRuleText, ruleText } from '../../designer/rules/model/text.ts';
import { valueRuleFromModel, valueRuleToModel } from '../../designer/rules/model/value-rule.ts';

const dir = extPath('jsonlogic');

interface Case {
  suite: string;
  rule: Rule;
  data: unknown;
}

function cases(root: string): Case[] {
  const official = (JSON.parse(readFileSync(`${root}/jsonlogic.com/tests.json`, 'utf8')) as unknown[])
    .filter(Array.isArray)
    .map(([rule, data]) => ({ suite: 'jsonlogic.com', rule: rule as Rule, data }));
  const suites = `${root}/compat-tables/suites`;
  const index = JSON.parse(readFileSync(`${suites}/index.json`, 'utf8')) as string[];
  const files = [
    ...index.map((name) => [name, `${suites}/${name}`]),
    ...['escaping.json', 'empty-objects.json'].map((name) => [name, `${root}/json-logic-dotgithub/${name}`]),
  ];
  const community = files.flatMap(([suite, file]) =>
    readSuite(file).map((c) => ({ suite, rule: c.rule as Rule, data: c.data })),
  );
  return [...official, ...community];
}

function valueAt(data: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      data,
    );
}

function typeOfValue(v: unknown): RuleFieldType {
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return isIsoDate(v) ? 'date' : 'text';
}

function fieldsOf(c: Case): RuleFieldInfo[] {
  return ruleVariables(c.rule).map((path) => ({
    path,
    label: { vi: path, en: path },
    within: [],
    type: typeOfValue(valueAt(c.data, path)),
  }));
}

/** The engine's answer, or the error's code: the meaning two rules must share. */
function outcome(rule: Rule, data: unknown): unknown {
  try {
    return { result: evaluate(rule, data) };
  } catch (error) {
    return { error: (error as { code?: string }).code };
  }
}

describe.runIf(dir)('the rule builders over the JSON Logic suites', () => {
  test('each rule is shown visually with the same rule back, or raw only and unchanged', () => {
    const all = cases(dir as string);
    const counts = { condition: 0, value: 0, raw: 0 };
    for (const c of all) {
      const fields = fieldsOf(c);
      const condition = conditionToQuery(c.rule, fields);
      if (condition.visual) {
        counts.condition++;
        const back = queryToCondition(condition.query);
        expect(back, JSON.stringify(c.rule)).toEqual(simplify(c.rule));
        expect(outcome(back!, c.data), JSON.stringify(c.rule)).toEqual(outcome(c.rule, c.data));
        continue;
      }
      const value = valueRuleToModel(c.rule, { perCopy: true, fields });
      if (value.visual) {
        counts.value++;
        expect(valueRuleFromModel(value.model), JSON.stringify(c.rule)).toEqual(c.rule);
        continue;
      }
      counts.raw++;
      expect(readRuleText(ruleText(c.rule))).toEqual({ rule: c.rule });
    }
    console.log(
      `JSON Logic suites, ${all.length} rules: shown visually ${counts.condition + counts.value} ` +
        `(${counts.condition} conditions, ${counts.value} value rules) / raw only ${counts.raw}`,
    );
    expect(all.length).toBe(277 + 1138 + 15);
    expect(counts.condition).toBeGreaterThan(0);
  });
});
