import { RuleError, evaluationFailed, tooDeep, tooLarge, unknownOperator } from './errors.ts';
import { ENGINE_LIMITS } from './limits.ts';
import { collect, constant, failing, type Compiler, type Values } from './operator.ts';
import { OPERATORS } from './operators/index.ts';
import type { Node, Scope } from './scope.ts';

export interface RuleContext {
  /** The instant "now" in UTC milliseconds; "today" is its calendar date in Vietnam (+07:00). */
  now?: number;
}

export type CompiledRule = (data: unknown, ctx?: RuleContext) => unknown;

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** Turns a rule into a tree of closures, once; engine limits bound its depth and size. */
class Builder implements Compiler {
  private depth = 0;
  private nodes = 0;

  rule(rule: unknown): Node {
    if (++this.nodes > ENGINE_LIMITS.maxNodes) throw tooLarge(ENGINE_LIMITS.maxNodes);
    if (this.depth >= ENGINE_LIMITS.maxDepth) throw tooDeep(ENGINE_LIMITS.maxDepth);
    this.depth++;
    try {
      return this.build(rule);
    } finally {
      this.depth--;
    }
  }

  private build(rule: unknown): Node {
    if (Array.isArray(rule)) return this.array(rule);
    if (isScalar(rule)) return constant(rule === undefined ? null : rule);
    const keys = Object.keys(rule as object);
    // Only an object with exactly one key is a rule; any other object is data and passes through.
    if (keys.length !== 1) return constant(rule);
    const op = keys[0];
    const operator = OPERATORS.get(op);
    if (!operator) return failing(() => unknownOperator(op));
    return operator.compile((rule as Record<string, unknown>)[op], this);
  }

  private array(items: readonly unknown[]): Node {
    const nodes = items.map((item) => this.rule(item));
    // A list of plain values is built once and frozen, so a caller cannot alter the compiled rule through it.
    if (items.every(isScalar)) return constant(Object.freeze(items.map((v) => (v === undefined ? null : v))));
    return collect(nodes);
  }

  list(args: unknown): Node[] | undefined {
    return Array.isArray(args) ? args.map((a) => this.rule(a)) : undefined;
  }

  values(args: unknown): Values {
    const nodes = this.list(args);
    if (nodes) return collect(nodes);
    if (isScalar(args)) {
      const single = Object.freeze([args === undefined ? null : args]);
      return () => single;
    }
    const node = this.rule(args);
    return (s) => {
      const v = node(s);
      return Array.isArray(v) ? v : [v];
    };
  }
}

function asRuleError(error: unknown): RuleError {
  return error instanceof RuleError ? error : evaluationFailed(error);
}

/** Compiles without caching; whatever goes wrong, the function returned throws only RuleError. */
export function buildRule(rule: unknown): CompiledRule {
  let root: Node;
  try {
    root = new Builder().rule(rule);
  } catch (error) {
    const failure = asRuleError(error);
    return () => {
      throw failure;
    };
  }
  return (data, ctx) => {
    const scope: Scope = {
      data: data === undefined ? null : data,
      meta: null,
      parent: null,
      run: { now: ctx?.now, work: 0 },
    };
    try {
      const result = root(scope);
      return result === undefined ? null : result;
    } catch (error) {
      throw asRuleError(error);
    }
  };
}

// Published rules are immutable, so a rule object compiles once; the WeakMap lets it go with the definition.
const cache = new WeakMap<object, CompiledRule>();

/** The compiled form of a rule, cached by the rule object's identity (do not mutate a rule after compiling it). */
export function compileRule(rule: unknown): CompiledRule {
  if (isScalar(rule)) return buildRule(rule);
  const key = rule as object;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = buildRule(rule);
    cache.set(key, compiled);
  }
  return compiled;
}

/**
 * Evaluates a rule once. It compiles afresh each time, so it always reflects the rule object as it is now
 * (the designer edits rules in place); hot paths use `compileRule`. Both share one implementation of every
 * operator, so they cannot drift apart.
 */
export function evaluate(rule: unknown, data: unknown, ctx?: RuleContext): unknown {
  return buildRule(rule)(data, ctx);
}
