/**
 * Rules that yield a value — a fee in VND, a processing time in days — as a clerk reads them: an amount, or
 * ordered cases "if <condition> then <amount>" with an amount otherwise, compiled to JSON Logic `if`. An amount is
 * a number, or (for fees) a price per copy counted by a number field, beyond a number of free copies, written as
 * the examples write them:
 *
 *   {"*": [{"var": ["extractCopies", 0]}, 8000]}                      8,000 VND per copy
 *   {"*": [5000, {"max": [0, {"-": [{"var": "copies"}, 2]}]}]}        5,000 VND per copy from the 3rd
 *
 * Any other rule stays in the raw view, unchanged. Conditions are kept as written: each case's condition editor
 * decides whether it can show its own.
 */
import type { Rule } from '../../../schemas/procedure.ts';
import type { RuleFieldInfo } from './fields.ts';
import { operatorOf, sameJson } from './json.ts';
import { fieldOf } from './shapes.ts';
import type { RawReason } from './condition.ts';

export type Amount =
  | { kind: 'fixed'; value: number }
  /** `price` for each copy counted by `field` beyond the first `free` ones. */
  | { kind: 'perCopy'; field: string; price: number; free: number };

export interface ValueCase {
  when: Rule;
  then: Amount;
}

export interface ValueRuleModel {
  cases: ValueCase[];
  otherwise: Amount;
}

export type ValueRuleView = { visual: true; model: ValueRuleModel } | { visual: false; reason: RawReason };

const isAmountNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function amountRule(amount: Amount): Rule {
  if (amount.kind === 'fixed') return amount.value;
  const { field, price, free } = amount;
  return free === 0
    ? { '*': [{ var: [field, 0] }, price] }
    : { '*': [price, { max: [0, { '-': [{ var: field }, free] }] }] };
}

/** The per-copy shapes, read back: [field, price, free]. */
function perCopy(rule: Rule): [string, unknown, unknown] | undefined {
  const op = operatorOf(rule);
  if (!op || op[0] !== '*' || !Array.isArray(op[1]) || op[1].length !== 2) return undefined;
  const [a, b] = op[1];
  const withDefault = operatorOf(a);
  if (withDefault?.[0] === 'var' && Array.isArray(withDefault[1]) && withDefault[1].length === 2) {
    const [field, zero] = withDefault[1];
    return typeof field === 'string' && zero === 0 ? [field, b, 0] : undefined;
  }
  const max = operatorOf(b);
  if (max?.[0] !== 'max' || !Array.isArray(max[1]) || max[1].length !== 2 || max[1][0] !== 0)
    return undefined;
  const minus = operatorOf(max[1][1]);
  if (minus?.[0] !== '-' || !Array.isArray(minus[1]) || minus[1].length !== 2) return undefined;
  const field = fieldOf(minus[1][0]);
  return field === undefined ? undefined : [field, a, minus[1][1]];
}

export interface AmountOptions {
  /** Whether per-copy amounts are offered (fees); a processing time is a number of days. */
  perCopy: boolean;
  fields: readonly RuleFieldInfo[];
}

/** Fields that can count copies: whole numbers. */
export function countFields(fields: readonly RuleFieldInfo[]): RuleFieldInfo[] {
  return fields.filter((f) => f.type === 'number');
}

function readAmount(rule: Rule, options: AmountOptions): Amount | RawReason {
  if (isAmountNumber(rule)) return { kind: 'fixed', value: rule };
  const copies = options.perCopy ? perCopy(rule) : undefined;
  if (!copies) {
    const op = operatorOf(rule);
    return op ? { code: 'operator', operator: op[0] } : { code: 'constant' };
  }
  const [field, price, free] = copies;
  if (!countFields(options.fields).some((f) => f.path === field)) return { code: 'field', field };
  if (!isAmountNumber(price) || !Number.isSafeInteger(free) || (free as number) < 0)
    return { code: 'value', field };
  return { kind: 'perCopy', field, price, free: free as number };
}

const isReason = (v: Amount | RawReason): v is RawReason => 'code' in v;

export function valueRuleToModel(rule: Rule, options: AmountOptions): ValueRuleView {
  const op = operatorOf(rule);
  const parts = op?.[0] === 'if' && Array.isArray(op[1]) ? op[1] : undefined;
  // An `if` with an even number of arguments has no amount otherwise (null): no fee or time is that.
  if (parts && parts.length % 2 === 0) return { visual: false, reason: { code: 'operator', operator: 'if' } };
  const amounts = parts ? parts.filter((_, i) => i % 2 === 1 || i === parts.length - 1) : [rule];
  const read = amounts.map((a) => readAmount(a, options));
  const problem = read.find(isReason);
  if (problem) return { visual: false, reason: problem };
  const [otherwise, ...thens] = [read[read.length - 1], ...read.slice(0, -1)] as Amount[];
  const cases = thens.map((then, i) => ({ when: parts![2 * i], then }));
  const model = { cases, otherwise };
  return sameJson(valueRuleFromModel(model), rule)
    ? { visual: true, model }
    : { visual: false, reason: { code: 'exact' } };
}

export function valueRuleFromModel(model: ValueRuleModel): Rule {
  if (model.cases.length === 0) return amountRule(model.otherwise);
  return { if: [...model.cases.flatMap((c) => [c.when, amountRule(c.then)]), amountRule(model.otherwise)] };
}
