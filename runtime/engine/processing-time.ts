import type { Duration, ProcedureDefinition } from '../../schemas/procedure.ts';
import { fail } from './errors.ts';
import { compileRule, type RuleContext } from './rules/index.ts';
import { ruleFailure } from './rule-failure.ts';

/** The legal processing time of a dossier: fixed, or picked by a rule over its form data. */
export function processingDuration(
  definition: ProcedureDefinition,
  data: unknown,
  ctx: RuleContext,
): Duration {
  const time = definition.processingTime;
  if (!('rule' in time)) return time;
  const value = ruleFailure('/processingTime/rule', () => compileRule(time.rule)(data, ctx));
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(
      'PROCESSING_TIME_INVALID',
      `Quy tắc thời hạn giải quyết cho kết quả không hợp lệ (${JSON.stringify(value)}).`,
      `The processing time rule evaluated to ${JSON.stringify(value)}, not a non-negative number.`,
      { path: '/processingTime/rule' },
    );
  }
  return { value, unit: time.unit };
}
