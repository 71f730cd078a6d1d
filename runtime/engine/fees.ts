import type { ProcedureDefinition, FeeKind } from '../../schemas/procedure.ts';
import { fail } from './errors.ts';
import type { Localized } from './problems.ts';
import { compileRule, type RuleContext } from './rules/index.ts';
import { ruleFailure } from './rule-failure.ts';

export interface FeeLine {
  id: string;
  kind: FeeKind;
  label: Localized;
  amount: number;
}

export interface FeeResult {
  total: number;
  items: FeeLine[];
}

/** Integer VND line items and their total; exemptions and per-copy amounts are ordinary rules. */
export function computeFees(definition: ProcedureDefinition, data: unknown, ctx: RuleContext): FeeResult {
  let total = 0;
  const items = definition.fees.map((fee, index) => {
    const amount = ruleFailure(`/fees/${index}/amount`, () => compileRule(fee.amount)(data, ctx));
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      fail(
        'FEE_INVALID_AMOUNT',
        `Khoản thu "${fee.label.vi}" cho kết quả không hợp lệ (${JSON.stringify(amount)}): phải là số nguyên VND không âm.`,
        `Fee "${fee.label.en}" evaluated to ${JSON.stringify(amount)}: it must be a non-negative integer of VND.`,
        { path: `/fees/${index}/amount` },
      );
    }
    total += amount;
    return { id: fee.id, kind: fee.kind, label: fee.label, amount };
  });
  return { total, items };
}
