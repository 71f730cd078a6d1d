import type { Localized } from '../problems.ts';
import { message } from '../messages/index.ts';

/**
 * A rule failed at run time. `code` is stable; `localized` is what a person reads.
 * `value` is the JSON Logic error value (`{type: ...}`) that the `try` operator catches and exposes; errors
 * about the rule itself or the engine's limits have none, so `try` cannot swallow them.
 */
export class RuleError extends Error {
  readonly code: string;
  readonly localized: Localized;
  readonly value: unknown;

  constructor(code: string, localized: Localized, value?: unknown) {
    super(localized.en);
    this.name = 'RuleError';
    this.code = code;
    this.localized = localized;
    this.value = value;
  }
}

/** Arithmetic or a comparison met something that is not a number (or divided by zero). */
export function notANumber(op: string): RuleError {
  return new RuleError('RULE_NAN', message('rules.notANumber', { op }), { type: 'NaN' });
}

export function invalidArguments(op: string): RuleError {
  return new RuleError('RULE_INVALID_ARGUMENTS', message('rules.badArguments', { op }), {
    type: 'Invalid Arguments',
  });
}

/** The `throw` operator: a string becomes `{type}`, an object is thrown as it is. */
export function thrown(value: unknown): RuleError {
  const errorValue =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? value : { type: value ?? null };
  const type = (errorValue as { type?: unknown }).type;
  const name = typeof type === 'string' ? type : String(type);
  return new RuleError('RULE_THROWN', message('rules.ruleError', { name }), errorValue);
}

export function unknownOperator(op: string): RuleError {
  return new RuleError('RULE_UNKNOWN_OPERATOR', message('rules.unknownOperator', { op }));
}

export function noClock(): RuleError {
  return new RuleError('RULE_NO_CLOCK', message('rules.noCurrentTime'));
}

export function tooDeep(limit: number): RuleError {
  return new RuleError('RULE_TOO_DEEP', message('rules.evalTooDeep', { limit }));
}

export function tooLarge(limit: number): RuleError {
  return new RuleError('RULE_TOO_LARGE', message('rules.evalTooLarge', { limit }));
}

export function tooCostly(limit: number): RuleError {
  return new RuleError('RULE_TOO_COSTLY', message('rules.evalTooMuchWork', { limit }));
}

/** Last resort: anything unexpected (a hostile data getter, memory) still leaves as a RuleError. */
export function evaluationFailed(cause: unknown): RuleError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new RuleError('RULE_EVALUATION_FAILED', message('rules.evalFailed', { detail }));
}
