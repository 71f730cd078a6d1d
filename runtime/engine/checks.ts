import type { Duration, ProcedureDefinition } from '../../schemas/procedure.ts';
import { attempt, type Attempt } from './errors.ts';
import { computeFees, type FeeResult } from './fees.ts';
import { checkForm } from './form-check.ts';
import { addDuration, type Calendar } from './time/index.ts';

/** The checks the portal and the CLI run before a submission, as data: never an exception. */
export function validateData(
  definition: ProcedureDefinition,
  data: unknown,
  ctx: { now: number },
): Attempt<Record<string, unknown>> {
  return attempt(() => checkForm(definition, data, ctx));
}

export function feesFor(
  definition: ProcedureDefinition,
  data: unknown,
  ctx: { now: number },
): Attempt<FeeResult> {
  return attempt(() => computeFees(definition, checkForm(definition, data, ctx), ctx));
}

export function dueTime(calendar: Calendar, from: number, duration: Duration): number {
  return addDuration(calendar, from, duration);
}
