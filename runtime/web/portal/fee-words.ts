/**
 * A fee item said in words before any form is filled: a fixed amount, free, or (for an amount that depends on the
 * form) every amount the rule can yield, so that an exemption (an amount of 0) is spelled out.
 */
import { formatNumber, type Localized } from '../../engine/index.ts';
import type { Rule } from '../../../schemas/procedure.ts';

/** The literal amounts a rule may yield: the numbers in its `if` branches, or the literal itself. */
export function possibleAmounts(rule: Rule): number[] | 'computed' {
  if (typeof rule === 'number') return [rule];
  if (rule && typeof rule === 'object' && !Array.isArray(rule) && 'if' in rule && Array.isArray(rule.if)) {
    const branches = rule.if.filter((_, i, all) => i % 2 === 1 || i === all.length - 1);
    const amounts: number[] = [];
    for (const branch of branches) {
      const inner = possibleAmounts(branch);
      if (inner === 'computed') return 'computed';
      amounts.push(...inner);
    }
    return [...new Set(amounts)].sort((a, b) => a - b);
  }
  return 'computed';
}

export function money(amount: number): Localized {
  const n = formatNumber(amount);
  return { vi: `${n.vi} đồng`, en: `VND ${n.en}` };
}
