/**
 * Whether answers keep their contract. With MOTCUA_CHECK_OUTPUTS set (the test suite sets it) every answer is
 * checked against its operation's output schema, and one that is not is a failure of ours (500, logged); in
 * production nothing is checked, so answers cost no second pass.
 */
import type { ValidateFunction } from 'ajv';
import { compileStrict } from '../validation.ts';
import type { AnyOperation } from './operation.ts';

const checking = Boolean(process.env.MOTCUA_CHECK_OUTPUTS);
const validators = new WeakMap<AnyOperation, ValidateFunction>();

export class OutputMismatch extends Error {
  constructor(
    readonly summary: string,
    readonly errors: unknown,
  ) {
    super(`The answer of "${summary}" does not match its output schema: ${JSON.stringify(errors)}`);
  }
}

export function checkedOutput<T>(op: AnyOperation, output: T): T {
  if (!checking) return output;
  let validate = validators.get(op);
  if (!validate) validators.set(op, (validate = compileStrict(op.output)));
  if (!validate(output)) throw new OutputMismatch(op.summary, validate.errors);
  return output;
}
