import { fail } from './errors.ts';
import { RuleError } from './rules/index.ts';
import { message } from './messages/index.ts';

/** Runs a rule of the definition; a rule that fails at run time becomes a typed error naming the rule. */
export function ruleFailure<T>(path: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return fail('RULE_FAILED', message('ruleFailure.ruleFailed', { path, reason: error.localized }), {
      path,
    });
  }
}
