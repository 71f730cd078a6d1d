/** Checks a rule when a definition is saved: allowed operators, well-formed arguments, known variables, size. */
import { problem, type Localized, type Problem } from '../problems.ts';
import { DEFAULT_LIMITS, type RuleLimits } from './limits.ts';
import { ALLOWED_OPERATORS, OPERATORS } from './operators/index.ts';
import { isForbiddenRef, referencesOf } from './variables.ts';
import { walkRule, type OperatorVisit } from './walk.ts';

export interface LintOptions {
  /** JSON pointer of the rule inside the definition; problems point below it. */
  path: string;
  /** Whether a variable path exists in the form; without it variables are not checked. */
  variables?: (varPath: string) => boolean;
  limits?: Partial<RuleLimits>;
}

/** How many arguments a rule gives: a literal list counts its items, a plain value is one, a rule unknown. */
function argumentCount(args: unknown): number | undefined {
  if (Array.isArray(args)) return args.length;
  if (args !== null && typeof args === 'object' && Object.keys(args).length === 1) return undefined;
  return 1;
}

function expected([min, max]: readonly [number, number]): Localized {
  if (min === max) return { vi: `đúng ${min}`, en: `exactly ${min}` };
  if (max === Infinity) return { vi: `ít nhất ${min}`, en: `at least ${min}` };
  return { vi: `từ ${min} đến ${max}`, en: `${min} to ${max}` };
}

function checkOperator(visit: OperatorVisit, options: LintOptions, report: (p: Problem) => void): void {
  const { op, args, path } = visit;
  const operator = OPERATORS.get(op);
  if (!operator) {
    report(
      problem('RULE_UNKNOWN_OPERATOR', path, {
        vi: `Toán tử "${op}" không được hỗ trợ.`,
        en: `Operator "${op}" is not supported.`,
      }),
    );
    return;
  }
  if (!ALLOWED_OPERATORS.has(op)) {
    report(
      problem('RULE_OPERATOR_NOT_ALLOWED', path, {
        vi: `Toán tử "${op}" chỉ dùng để gỡ lỗi, không được dùng trong định nghĩa thủ tục.`,
        en: `Operator "${op}" is for debugging only and may not be used in a procedure definition.`,
      }),
    );
  }
  if (operator.listOnly && !Array.isArray(args)) {
    report(
      problem('RULE_BAD_ARGUMENTS', path, {
        vi: `Các tham số của toán tử "${op}" phải được viết thành một danh sách.`,
        en: `The arguments of operator "${op}" must be written as a list.`,
      }),
    );
  } else if (!operator.raw) {
    const count = argumentCount(args);
    const [min, max] = operator.arity;
    if (count !== undefined && (count < min || count > max)) {
      const want = expected(operator.arity);
      report(
        problem('RULE_BAD_ARITY', path, {
          vi: `Toán tử "${op}" cần ${want.vi} tham số nhưng có ${count}.`,
          en: `Operator "${op}" takes ${want.en} argument${min === 1 && max === 1 ? '' : 's'} but has ${count}.`,
        }),
      );
    }
  }
  for (const ref of referencesOf(visit)) {
    if (isForbiddenRef(ref)) {
      report(
        problem('RULE_FORBIDDEN_PATH', path, {
          vi: `Đường dẫn "${ref.path}" chứa thành phần bị cấm (__proto__, constructor, prototype).`,
          en: `Path "${ref.path}" contains a forbidden part (__proto__, constructor, prototype).`,
        }),
      );
    } else if (ref.form && options.variables && !options.variables(ref.path)) {
      report(
        problem('RULE_UNKNOWN_VARIABLE', path, {
          vi: `Biến "${ref.path}" không có trong biểu mẫu.`,
          en: `Variable "${ref.path}" does not exist in the form.`,
        }),
      );
    }
  }
}

/** Problems of one rule; never throws, and stays quick on huge or deeply nested input. */
export function lintRule(rule: unknown, options: LintOptions): Problem[] {
  const limits: RuleLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const problems: Problem[] = [];
  const report = (p: Problem) => problems.push(p);
  try {
    walkRule(rule, options.path, limits, {
      operator: (visit) => checkOperator(visit, options, report),
      notARule: (path, keys) =>
        report(
          problem('RULE_NOT_OBJECT_OPERATOR', path, {
            vi: `Đối tượng có ${keys} khóa không phải là một quy tắc: mỗi quy tắc có đúng một toán tử.`,
            en: `An object with ${keys} keys is not a rule: a rule has exactly one operator.`,
          }),
        ),
      tooDeep: (path) =>
        report(
          problem('RULE_TOO_DEEP', path, {
            vi: `Quy tắc lồng nhau quá sâu (tối đa ${limits.maxDepth} cấp).`,
            en: `The rule is nested too deeply (at most ${limits.maxDepth} levels).`,
          }),
        ),
      tooLarge: () =>
        report(
          problem('RULE_TOO_LARGE', options.path, {
            vi: `Quy tắc quá lớn (tối đa ${limits.maxNodes} nút).`,
            en: `The rule is too large (at most ${limits.maxNodes} nodes).`,
          }),
        ),
    });
  } catch (error) {
    // A hostile object (a throwing getter, a callback that fails) must not break the whole definition's lint.
    report(
      problem('RULE_LINT_FAILED', options.path, {
        vi: `Không kiểm tra được quy tắc: ${error instanceof Error ? error.message : String(error)}`,
        en: `The rule could not be checked: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
  }
  return problems;
}
