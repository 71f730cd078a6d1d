import type { Localized } from '../problems.ts';

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
  return new RuleError(
    'RULE_NAN',
    {
      vi: `Toán tử "${op}" nhận được giá trị không phải là số, hoặc phép chia cho 0.`,
      en: `Operator "${op}" got a value that is not a number, or divided by zero.`,
    },
    { type: 'NaN' },
  );
}

export function invalidArguments(op: string): RuleError {
  return new RuleError(
    'RULE_INVALID_ARGUMENTS',
    { vi: `Tham số của toán tử "${op}" không hợp lệ.`, en: `Invalid arguments for operator "${op}".` },
    { type: 'Invalid Arguments' },
  );
}

/** The `throw` operator: a string becomes `{type}`, an object is thrown as it is. */
export function thrown(value: unknown): RuleError {
  const errorValue =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? value : { type: value ?? null };
  const type = (errorValue as { type?: unknown }).type;
  const name = typeof type === 'string' ? type : String(type);
  return new RuleError(
    'RULE_THROWN',
    { vi: `Quy tắc báo lỗi "${name}".`, en: `The rule raised the error "${name}".` },
    errorValue,
  );
}

export function unknownOperator(op: string): RuleError {
  return new RuleError('RULE_UNKNOWN_OPERATOR', {
    vi: `Toán tử không được hỗ trợ: "${op}".`,
    en: `Unsupported operator: "${op}".`,
  });
}

export function noClock(): RuleError {
  return new RuleError('RULE_NO_CLOCK', {
    vi: 'Quy tắc dùng "today" nhưng không được cung cấp thời điểm hiện tại (ctx.now).',
    en: 'The rule uses "today" but no current time (ctx.now) was given.',
  });
}

export function tooDeep(limit: number): RuleError {
  return new RuleError('RULE_TOO_DEEP', {
    vi: `Quy tắc lồng nhau quá sâu (tối đa ${limit} cấp).`,
    en: `The rule is nested too deeply (at most ${limit} levels).`,
  });
}

export function tooLarge(limit: number): RuleError {
  return new RuleError('RULE_TOO_LARGE', {
    vi: `Quy tắc quá lớn (tối đa ${limit} nút).`,
    en: `The rule is too large (at most ${limit} nodes).`,
  });
}

export function tooCostly(limit: number): RuleError {
  return new RuleError('RULE_TOO_COSTLY', {
    vi: `Quy tắc cần quá nhiều bước tính với dữ liệu này (tối đa ${limit} phần tử).`,
    en: `The rule needs too much work on this data (at most ${limit} items).`,
  });
}

/** Last resort: anything unexpected (a hostile data getter, memory) still leaves as a RuleError. */
export function evaluationFailed(cause: unknown): RuleError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new RuleError('RULE_EVALUATION_FAILED', {
    vi: `Không tính được quy tắc: ${detail}`,
    en: `The rule could not be evaluated: ${detail}`,
  });
}
