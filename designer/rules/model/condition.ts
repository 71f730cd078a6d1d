/**
 * Conditions between JSON Logic and react-querybuilder's query, both ways, with the library's own
 * `parseJsonLogic` and `formatQuery(…, 'jsonlogic')`. The import is lossy (it silently drops `if`, turns a strict
 * `===` into `==`, …), so a rule is shown in the visual builder only when exporting what was imported gives the
 * rule back exactly, up to `simplify`; any other rule stays in the raw view, unchanged, with the reason.
 */
import type { RuleGroupType, RuleProcessor, RuleType } from 'react-querybuilder';
import { defaultRuleProcessorJsonLogic, formatQuery } from 'react-querybuilder/formatQuery';
import { parseJsonLogic } from 'react-querybuilder/parseJsonLogic';
import type { Rule } from '../../../schemas/procedure.ts';
import { ruleVariables } from '../../../runtime/engine/index.ts';
import type { RuleFieldInfo } from './fields.ts';
import { operatorOf, sameJson } from './json.ts';
import { operatorsFor, valueFits, type RuleOperator } from './operators.ts';
import { fieldOf, isProductOperator, markShape, MARKER, PRODUCT_OPERATORS, SHAPES } from './shapes.ts';

/** Why a rule is shown only in the raw view. */
export type RawReason =
  /** A fixed true or false (or another plain value) rather than a condition. */
  | { code: 'constant' }
  /** It reads something that is not a field the builder lists (a misspelt path, a repeating group, …). */
  | { code: 'field'; field: string }
  /** It uses an operator, or an operator in a way, that has no row in the builder. */
  | { code: 'operator'; operator: string }
  /** A comparison that does not suit the field's type (a yes/no test on a number, an order on a choice). */
  | { code: 'type'; field: string }
  /** A comparison whose value the field's input cannot show (a text "68" against a number, an unknown choice). */
  | { code: 'value'; field: string }
  /** The builder would write it differently (another order of arguments, a strict comparison, …). */
  | { code: 'exact' };

export type ConditionView = { visual: true; query: RuleGroupType } | { visual: false; reason: RawReason };

const LOGIC = new Set(['and', 'or']);

/**
 * The one normalisation the round trip allows, applied to the rule and to the export alike: an `and`/`or` of a
 * single item is that item (however deeply so wrapped) at the top of the rule and under `!`. JSON Logic's `and`/`or` return their only
 * argument, so both mean the same; the builder always has a group at the top and under NOT.
 */
export function simplify(rule: Rule): Rule {
  const unwrap = (r: Rule): Rule => {
    const op = operatorOf(r);
    return op && LOGIC.has(op[0]) && Array.isArray(op[1]) && op[1].length === 1 ? unwrap(op[1][0]) : r;
  };
  const inner = (r: Rule): Rule => {
    const op = operatorOf(r);
    if (!op) return r;
    const [key, args] = op;
    if (LOGIC.has(key) && Array.isArray(args)) return { [key]: args.map(inner) };
    if (key === '!' && !Array.isArray(args)) return { '!': inner(unwrap(args)) };
    return r;
  };
  return inner(unwrap(rule));
}

/** The product's comparisons replaced by markers, through the parts parseJsonLogic walks (and, or, !). */
function mark(rule: Rule): Rule {
  const shape = markShape(rule);
  if (shape) return shape;
  const op = operatorOf(rule);
  if (!op) return rule;
  const [key, args] = op;
  if (LOGIC.has(key) && Array.isArray(args)) return { [key]: args.map(mark) };
  if (key === '!' && !Array.isArray(args)) return { '!': mark(args) };
  return rule;
}

/** The negated form of the library's operators that export as `{"!": …}`. */
const NEGATED: Record<string, string> = { in: 'notIn', contains: 'doesNotContain', between: 'notBetween' };

/**
 * `!` as the library reads it, except that a NOT of a NOT stays two NOTs (the library folds the second into
 * the first and loses it): a NOT of a group is that group negated, a NOT of anything else a NOT group around it.
 */
function negation(inner: Rule): RuleType | RuleGroupType | false {
  const group = parse(inner);
  if (!group || group.rules.length === 0) return false;
  const key = operatorOf(inner)?.[0];
  if (key !== undefined && LOGIC.has(key)) return { ...group, not: true };
  const only = key === '!' ? group : group.rules[0];
  if (!isGroup(only) && NEGATED[only.operator] && !only.valueSource)
    return { ...only, operator: NEGATED[only.operator] };
  return { combinator: 'and', rules: [only], not: true };
}

const jsonLogicOperations = {
  '!': negation,
  ...Object.fromEntries(
    PRODUCT_OPERATORS.map((operator) => [
      MARKER + operator,
      ([field, value]: [string, unknown]): RuleType => ({ field, operator, value }),
    ]),
  ),
};

/**
 * "Not filled" and "filled" compare strictly with null: the library writes `==`/`!=`, and JSON Logic's loose
 * equality counts 0, false and "" as null, so that a count of 0 copies would read as not filled.
 */
const STRICT_NULL: Record<string, string> = { null: '===', notNull: '!==' };

const ruleProcessor: RuleProcessor = (rule, options) => {
  if (isProductOperator(rule.operator)) return SHAPES[rule.operator].build(rule.field, rule.value);
  const strict = STRICT_NULL[rule.operator];
  return strict ? { [strict]: [{ var: rule.field }, null] } : defaultRuleProcessorJsonLogic(rule, options);
};

const isGroup = (r: RuleType | RuleGroupType): r is RuleGroupType => 'rules' in r;

/** The first rule of a query that the builder cannot show as it is, and why. */
function unfit(group: RuleGroupType, fields: ReadonlyMap<string, RuleFieldInfo>): RawReason | undefined {
  for (const r of group.rules) {
    if (isGroup(r)) {
      const reason = unfit(r, fields);
      if (reason) return reason;
      continue;
    }
    const field = fields.get(r.field);
    if (!field) return { code: 'field', field: r.field };
    if (r.match) return { code: 'operator', operator: r.match.mode };
    if (r.valueSource === 'field' || r.lhs) return { code: 'exact' };
    if (!operatorsFor(field.type).includes(r.operator as RuleOperator))
      return { code: 'type', field: r.field };
    if (!valueFits(field, r.operator as RuleOperator, r.value)) return { code: 'value', field: r.field };
  }
  return undefined;
}

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=', 'in']);

/** The first operator, through and/or/!, that the builder has no row for (for the reason shown). */
function unshownOperator(rule: Rule, parent?: string): string | undefined {
  const op = operatorOf(rule);
  // A fixed value where a condition belongs (`{"!": true}`, `{"and": [1, …]}`).
  if (!op) return parent;
  const [key, args] = op;
  if (key.startsWith(MARKER)) return undefined;
  if (LOGIC.has(key) && Array.isArray(args)) {
    for (const a of args) {
      const found = unshownOperator(a, key);
      if (found) return found;
    }
    return undefined;
  }
  if (key === '!' && !Array.isArray(args)) return unshownOperator(args, key);
  // A comparison is shown when it compares a field with a value: `{"==": [1, 1]}` or `{"<": [a, b, c]}` is not.
  // (`in` has the field first in a list, second in a text it looks into.)
  const pair = Array.isArray(args) && args.length === 2 ? args : [];
  const field = key === 'in' ? pair.some((a) => fieldOf(a) !== undefined) : fieldOf(pair[0]) !== undefined;
  return COMPARISONS.has(key) && field ? undefined : key;
}

function fieldMap(fields: readonly RuleFieldInfo[]): Map<string, RuleFieldInfo> {
  return new Map(fields.map((f) => [f.path, f]));
}

/** The query as the builder holds it, or why the rule must stay raw. */
export function conditionToQuery(rule: Rule, fields: readonly RuleFieldInfo[]): ConditionView {
  if (operatorOf(rule) === undefined) return { visual: false, reason: { code: 'constant' } };
  const byPath = fieldMap(fields);
  const unknown = ruleVariables(rule).find((v) => !byPath.has(v));
  if (unknown !== undefined) return { visual: false, reason: { code: 'field', field: unknown } };
  const marked = mark(rule);
  const query = parse(marked);
  if (!query) return { visual: false, reason: notShown(marked) };
  const reason = unfit(query, byPath);
  if (reason) return { visual: false, reason };
  const back = queryToCondition(query);
  if (back !== undefined && sameJson(back, simplify(rule))) return { visual: true, query };
  return { visual: false, reason: notShown(marked) };
}

function notShown(marked: Rule): RawReason {
  const operator = unshownOperator(marked);
  return operator ? { code: 'operator', operator } : { code: 'exact' };
}

/** The library's import; it throws on some malformed arguments (`{"==": 1}`), which only the raw view shows. */
function parse(marked: Rule): RuleGroupType | undefined {
  try {
    return parseJsonLogic(marked as Parameters<typeof parseJsonLogic>[0], {
      listsAsArrays: true,
      jsonLogicOperations,
    });
  } catch {
    return undefined;
  }
}

/** The rule a query stands for; undefined for a query with no complete condition. */
export function queryToCondition(query: RuleGroupType): Rule | undefined {
  const out = formatQuery(query, {
    format: 'jsonlogic',
    ruleProcessor,
    parseNumbers: false,
    preserveValueOrder: true,
  }) as Rule;
  return out === false ? undefined : simplify(out);
}

/** What keeps a query from being saved: the first rule without a field, or whose value is missing or unfit. */
export type Incomplete = { path: number[]; problem: 'field' | 'value' };

export function incompleteRule(
  group: RuleGroupType,
  fields: readonly RuleFieldInfo[],
  path: number[] = [],
): Incomplete | undefined {
  const byPath = fieldMap(fields);
  for (const [i, r] of group.rules.entries()) {
    const here = [...path, i];
    if (isGroup(r)) {
      const found = incompleteRule(r, fields, here);
      if (found) return found;
      continue;
    }
    const field = byPath.get(r.field);
    if (!field) return { path: here, problem: 'field' };
    if (!valueFits(field, r.operator as RuleOperator, r.value)) return { path: here, problem: 'value' };
  }
  return undefined;
}
