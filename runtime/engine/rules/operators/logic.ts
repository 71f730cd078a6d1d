/** Branching and boolean logic: if, ?:, and, or, !, !!, ??. All lazy: only the branches taken are evaluated. */
import { invalidArguments } from '../errors.ts';
import { constant, failing, type Compiler, type Operator } from '../operator.ts';
import type { Node } from '../scope.ts';
import { isTruthy } from '../values.ts';

/** [c1, v1, c2, v2, ..., else]: the value after the first truthy condition; a lone trailing value is the else. */
function compileIf(op: string, args: unknown, c: Compiler): Node {
  const nodes = c.list(args);
  if (!nodes) return failing(() => invalidArguments(op));
  if (nodes.length === 0) return constant(null);
  if (nodes.length === 3) {
    const [test, then, otherwise] = nodes;
    return (s) => (isTruthy(test(s)) ? then(s) : otherwise(s));
  }
  return (s) => {
    let i = 0;
    for (; i + 1 < nodes.length; i += 2) {
      if (isTruthy(nodes[i](s))) return nodes[i + 1](s);
    }
    return i < nodes.length ? nodes[i](s) : null;
  };
}

const ifOp: Operator = {
  arity: [1, Infinity],
  listOnly: true,
  compile: (args, c) => compileIf('if', args, c),
};
const ternary: Operator = { arity: [3, 3], listOnly: true, compile: (args, c) => compileIf('?:', args, c) };

/** `and` / `or` return the deciding value itself, not a boolean; with no arguments they are false. */
function junction(op: string, stopWhen: boolean): Operator {
  return {
    arity: [1, Infinity],
    listOnly: true,
    compile(args, c) {
      const nodes = c.list(args);
      if (!nodes) return failing(() => invalidArguments(op));
      if (nodes.length === 0) return constant(false);
      return (s) => {
        let v: unknown;
        for (let i = 0; i < nodes.length; i++) {
          v = nodes[i](s);
          if (isTruthy(v) === stopWhen) return v;
        }
        return v;
      };
    },
  };
}

/** The one operand of `!` / `!!`: the first of a literal list, or the value itself (an array is not spread). */
function operand(args: unknown, c: Compiler): Node {
  if (Array.isArray(args)) return args.length === 0 ? constant(null) : c.rule(args[0]);
  return c.rule(args);
}

const not: Operator = {
  arity: [1, 1],
  compile(args, c) {
    const node = operand(args, c);
    return (s) => !isTruthy(node(s));
  },
};

const notNot: Operator = {
  arity: [1, 1],
  compile(args, c) {
    const node = operand(args, c);
    return (s) => isTruthy(node(s));
  },
};

/** `??`: the first value that is not null. */
const coalesce: Operator = {
  arity: [1, Infinity],
  compile(args, c) {
    const nodes = c.list(args) ?? [c.rule(args)];
    return (s) => {
      for (let i = 0; i < nodes.length; i++) {
        const v = nodes[i](s);
        if (v !== null && v !== undefined) return v;
      }
      return null;
    };
  },
};

export const logicOperators: Record<string, Operator> = {
  if: ifOp,
  '?:': ternary,
  and: junction('and', false),
  or: junction('or', true),
  '!': not,
  '!!': notNot,
  '??': coalesce,
};
