/**
 * The rule language: JSON Logic (the jsonlogic.com operators, some newer community ones) plus the product's
 * date and rounding operators. Pure: no clock but ctx.now, no I/O; runs the same in the browser and on the server.
 */
export { compileRule, evaluate, type CompiledRule, type RuleContext } from './compile.ts';
export { RuleError } from './errors.ts';
export { lintRule, type LintOptions } from './lint.ts';
export type { RuleLimits } from './limits.ts';
export { ALLOWED_OPERATORS } from './operators/index.ts';
export { isTruthy } from './values.ts';
export { ruleVariables } from './variables.ts';
