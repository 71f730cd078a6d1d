import type { FeeItem, FeeKind, ProcedureDefinition } from '../../schemas/procedure.ts';
import { fail } from './errors.ts';
import type { Localized } from './problems.ts';
import { compileRule, type RuleContext } from './rules/index.ts';
import { ruleFailure } from './rule-failure.ts';
import { inEffect } from './effective.ts';
import { localDate } from './time/index.ts';
import { message } from './messages/index.ts';

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

export interface FeeContext extends RuleContext {
  now: number;
  /** The dossier's time of receipt: it picks the fee tables in effect. Before receipt, `now` does. */
  receivedAt?: number;
}

/** The fee lines in effect on the dossier's day of receipt (before receipt: today), in Vietnam. */
export function feeLinesInEffect(definition: ProcedureDefinition, ctx: FeeContext): FeeItem[] {
  const day = feeDay(ctx);
  return definition.fees.filter((fee) => inEffect(fee.effective, day));
}

/** The day that picks the fee tables: of receipt, else today, in Vietnam. */
const feeDay = (ctx: FeeContext) => localDate(ctx.receivedAt ?? ctx.now);

/**
 * Integer VND line items and their total, from the lines in effect (see `feeLinesInEffect`); exemptions and
 * per-copy amounts are ordinary rules, which read "today" as `ctx.now`.
 */
export function computeFees(definition: ProcedureDefinition, data: unknown, ctx: FeeContext): FeeResult {
  let total = 0;
  const day = feeDay(ctx);
  const items: FeeLine[] = [];
  // A loop over the lines, not a filter and a flatMap: it runs on every submission and receipt, and in the
  // portal's fee preview as the applicant types.
  for (let index = 0; index < definition.fees.length; index++) {
    const fee = definition.fees[index];
    if (!inEffect(fee.effective, day)) continue;
    const amount = ruleFailure(`/fees/${index}/amount`, () => compileRule(fee.amount)(data, ctx));
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
      fail(
        'FEE_INVALID_AMOUNT',
        message('fees.feeInvalidAmount', { label: fee.label, amount: JSON.stringify(amount) }),
        { path: `/fees/${index}/amount` },
      );
    }
    total += amount;
    items.push({ id: fee.id, kind: fee.kind, label: fee.label, amount });
  }
  return { total, items };
}
