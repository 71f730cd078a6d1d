/**
 * The fees as the engine computes them from the answers so far: the same rules the server applies on submission.
 * A fee whose rule reads an answer not given yet has no figure yet, rather than a wrong one (a birth date left
 * empty is not a registration on time).
 */
import type { ProcedureDefinition } from '../../../../schemas/procedure.ts';
import { computeFees, requiredComponents, ruleVariables, type FeeResult } from '../../../engine/index.ts';

const answered = (answers: unknown, path: string): boolean => {
  let at: unknown = answers;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return false;
    at = (at as Record<string, unknown>)[key];
  }
  return at !== undefined && at !== '';
};

export function feePreview(
  definition: ProcedureDefinition,
  answers: unknown,
  now: number,
): FeeResult | undefined {
  const reads = definition.fees.flatMap((fee) => ruleVariables(fee.amount));
  if (!reads.every((path) => answered(answers, path))) return undefined;
  try {
    return computeFees(definition, answers, { now });
  } catch {
    return undefined;
  }
}

/** The components the answers so far make required; a rule that cannot be judged yet asks for nothing. */
export function componentsRequired(
  definition: ProcedureDefinition,
  answers: unknown,
  now: number,
): Set<string> {
  try {
    return new Set(requiredComponents(definition, answers, { now }));
  } catch {
    return new Set(definition.components.filter((c) => c.required === true).map((c) => c.id));
  }
}
