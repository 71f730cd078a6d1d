/** The fee calculator's sums: the engine's fee function on sample answers to the fields the fee rules read. */
import { feesFor, ruleVariables, type Attempt, type FeeResult } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';

/** The fields the fee rules read ("applicantCategory", "copies"), each once, in order. */
export function feeFields(definition: ProcedureDefinition): string[] {
  return [...new Set(definition.fees.flatMap((fee) => ruleVariables(fee.amount)))];
}

/** Typed answers as form data: "2" is the number 2, "true"/"false" booleans, anything else the text. */
export function sampleData(answers: Record<string, string>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(answers)) {
    if (text.trim() === '') continue;
    const value = /^-?\d+(\.\d+)?$/.test(text.trim())
      ? Number(text)
      : text === 'true' || text === 'false'
        ? text === 'true'
        : text;
    const keys = path.split('.');
    let at = data;
    for (const key of keys.slice(0, -1)) {
      const inner = at[key];
      at = (at[key] = inner !== null && typeof inner === 'object' ? inner : {}) as Record<string, unknown>;
    }
    at[keys[keys.length - 1]] = value;
  }
  return data;
}

/**
 * The fees for sample answers. The form asks for nothing (no required field, no check) because the clerk fills
 * only the fields the fees read: the answers are still checked against their fields' types.
 */
export function calculate(
  definition: ProcedureDefinition,
  answers: Record<string, string>,
  now: number,
): Attempt<FeeResult> {
  const form = { schema: { ...definition.form.schema, required: [] }, ui: definition.form.ui };
  return feesFor({ ...definition, form }, sampleData(answers), { now });
}
