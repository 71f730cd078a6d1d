/** Rules as JSON values: equality, and the single operator of a rule object. */
import type { Rule } from '../../../schemas/procedure.ts';

export const isRuleObject = (v: unknown): v is { [operator: string]: Rule } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The operator and arguments of `{op: args}`; undefined for anything else. */
export function operatorOf(rule: unknown): [string, Rule] | undefined {
  if (!isRuleObject(rule)) return undefined;
  const keys = Object.keys(rule);
  return keys.length === 1 ? [keys[0], rule[keys[0]]] : undefined;
}

/** Equal as JSON: same types, same items in order, same keys in any order (-0 and 0 are one number). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]))
    );
  }
  if (!isRuleObject(a) || !isRuleObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
  );
}
