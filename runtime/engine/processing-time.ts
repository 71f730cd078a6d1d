import type { Duration, ProcedureDefinition } from '../../schemas/procedure.ts';
import { fail } from './errors.ts';
import { compileRule, type RuleContext } from './rules/index.ts';
import { MAX_DURATION } from './nodes/types.ts';
import { ruleFailure } from './rule-failure.ts';
import { message } from './messages/index.ts';

/** The legal processing time of a dossier: fixed, or picked by a rule over its form data and facts (`ruleData`). */
export function processingDuration(
  definition: ProcedureDefinition,
  data: unknown,
  ctx: RuleContext,
): Duration {
  const time = definition.processingTime;
  if (!('rule' in time)) return time;
  const value = ruleFailure('/processingTime/rule', () => compileRule(time.rule)(data, ctx));
  // Bounded like a fixed processing time in the schema: form data must not push deadlines out of reach.
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_DURATION) {
    fail(
      'PROCESSING_TIME_INVALID',
      message('processingTime.processingTimeInvalid', {
        value: JSON.stringify(value),
        maxDuration: MAX_DURATION,
      }),
      { path: '/processingTime/rule' },
    );
  }
  return { value, unit: time.unit };
}
