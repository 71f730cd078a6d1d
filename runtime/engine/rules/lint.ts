/** Checks a rule when a definition is saved: allowed operators, well-formed arguments, known variables, size. */
import { problem, type Localized, type Problem } from '../problems.ts';
import { DEFAULT_LIMITS, type RuleLimits } from './limits.ts';
import { ALLOWED_OPERATORS, OPERATORS } from './operators/index.ts';
import { isForbiddenRef, referencesOf } from './variables.ts';
import { walkRule, type OperatorVisit } from './walk.ts';
import { message } from '../messages/index.ts';

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
  if (min === max) return message('rules.exactly', { min });
  if (max === Infinity) return message('rules.atLeast', { min });
  return message('rules.between', { min, max });
}

function checkOperator(visit: OperatorVisit, options: LintOptions, report: (p: Problem) => void): void {
  const { op, args, path } = visit;
  const operator = OPERATORS.get(op);
  if (!operator) {
    report(problem('RULE_UNKNOWN_OPERATOR', path, message('rules.ruleUnknownOperator', { op })));
    return;
  }
  if (!ALLOWED_OPERATORS.has(op)) {
    report(problem('RULE_OPERATOR_NOT_ALLOWED', path, message('rules.ruleOperatorNotAllowed', { op })));
  }
  if (operator.listOnly && !Array.isArray(args)) {
    report(problem('RULE_BAD_ARGUMENTS', path, message('rules.ruleBadArguments', { op })));
  } else if (!operator.raw) {
    const count = argumentCount(args);
    const [min, max] = operator.arity;
    if (count !== undefined && (count < min || count > max)) {
      const want = expected(operator.arity);
      report(
        problem(
          'RULE_BAD_ARITY',
          path,
          message(min === 1 && max === 1 ? 'rules.ruleBadArityOne' : 'rules.ruleBadArity', {
            op,
            want,
            count,
          }),
        ),
      );
    }
  }
  for (const ref of referencesOf(visit)) {
    if (isForbiddenRef(ref)) {
      report(problem('RULE_FORBIDDEN_PATH', path, message('rules.ruleForbiddenPath', { path: ref.path })));
    } else if (ref.form && options.variables && !options.variables(ref.path)) {
      report(
        problem('RULE_UNKNOWN_VARIABLE', path, message('rules.ruleUnknownVariable', { path: ref.path })),
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
        report(problem('RULE_NOT_OBJECT_OPERATOR', path, message('rules.ruleNotObjectOperator', { keys }))),
      tooDeep: (path) =>
        report(problem('RULE_TOO_DEEP', path, message('rules.ruleTooDeep', { maxDepth: limits.maxDepth }))),
      tooLarge: () =>
        report(
          problem(
            'RULE_TOO_LARGE',
            options.path,
            message('rules.ruleTooLarge', { maxNodes: limits.maxNodes }),
          ),
        ),
    });
  } catch (error) {
    // A hostile object (a throwing getter, a callback that fails) must not break the whole definition's lint.
    report(
      problem(
        'RULE_LINT_FAILED',
        options.path,
        message('rules.ruleNotChecked', { detail: error instanceof Error ? error.message : String(error) }),
      ),
    );
  }
  return problems;
}
