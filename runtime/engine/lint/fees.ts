import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { periodsOverlap } from '../effective.ts';
import { pointer, problem, type Problem } from '../problems.ts';
import { message } from '../messages/index.ts';

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
        problem(
          'FEE_PERIOD_EMPTY',
          pointer('fees', i, 'effective', 'until'),
          message('lint.feePeriodEmpty', { id: fee.id, until, from }),
        ),
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
        problem(
          'FEE_PERIODS_OVERLAP',
          pointer('fees', i, 'effective'),
          message('lint.feePeriodsOverlap', { id: fee.id, id2: earlier.id, purpose }),
        ),
      );
    }
  });
  return problems;
}
