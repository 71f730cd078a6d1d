import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { periodsOverlap } from '../effective.ts';
import { pointer, problem, type Problem } from '../problems.ts';

/**
 * Fee tables by effective date: each period runs forward, and at most one line of a purpose is in effect on any
 * day, so that the time of receipt picks exactly one table (schema format "date" already refuses bad dates).
 */
export function lintFeePeriods(definition: ProcedureDefinition): Problem[] {
  const problems: Problem[] = [];
  definition.fees.forEach((fee, i) => {
    const { from, until } = fee.effective ?? {};
    if (from !== undefined && until !== undefined && from >= until) {
      problems.push(
        problem('FEE_PERIOD_EMPTY', pointer('fees', i, 'effective', 'until'), {
          vi: `Khoản thu "${fee.id}" có ngày hết áp dụng (${until}) không sau ngày bắt đầu áp dụng (${from}).`,
          en: `Fee line "${fee.id}" stops applying (${until}) no later than it starts (${from}).`,
        }),
      );
    }
    const purpose = fee.purpose ?? fee.id;
    const earlier = definition.fees
      .slice(0, i)
      .find(
        (other) => (other.purpose ?? other.id) === purpose && periodsOverlap(other.effective, fee.effective),
      );
    if (earlier) {
      problems.push(
        problem('FEE_PERIODS_OVERLAP', pointer('fees', i, 'effective'), {
          vi: `Khoản thu "${fee.id}" và "${earlier.id}" cùng thu cho "${purpose}" và có thời gian áp dụng trùng nhau: mỗi ngày chỉ được áp dụng một biểu phí.`,
          en: `Fee lines "${fee.id}" and "${earlier.id}" both charge for "${purpose}" over overlapping periods: only one table may apply on any day.`,
        }),
      );
    }
  });
  return problems;
}
