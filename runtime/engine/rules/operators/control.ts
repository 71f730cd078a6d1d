/** Errors and literals: try, throw, preserve, log. */
import { RuleError, thrown } from '../errors.ts';
import { constant, type Operator } from '../operator.ts';
import { childScope } from '../scope.ts';

/**
 * try: the first argument that does not fail. Each fallback reads the previous error ({type: ...}) as its data;
 * only errors a rule can raise (NaN, invalid arguments, throw) are caught, never limits or unknown operators.
 */
const tryOp: Operator = {
  arity: [1, Infinity],
  inner: (i) => i > 0,
  compile(args, c) {
    const nodes = c.list(args) ?? [c.rule(args)];
    return (s) => {
      let scope = s;
      let last: RuleError | undefined;
      for (const node of nodes) {
        try {
          return node(scope);
        } catch (error) {
          if (!(error instanceof RuleError) || error.value === undefined) throw error;
          last = error;
          scope = childScope(s, error.value, null);
        }
      }
      if (last) throw last;
      return null;
    };
  },
};

const throwOp: Operator = {
  arity: [1, 1],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      throw thrown(values(s)[0]);
    };
  },
};

/** preserve: its argument as data, not evaluated (lets a rule hand a literal object or list to an operator). */
const preserve: Operator = {
  arity: [0, 1],
  raw: true,
  compile: (args) => constant(args === undefined ? null : args),
};

/** log: returns its argument. The engine prints nothing; lint keeps it out of definitions. */
const log: Operator = {
  arity: [1, 1],
  compile(args, c) {
    const values = c.values(args);
    return (s) => values(s)[0] ?? null;
  },
};

export const controlOperators: Record<string, Operator> = { try: tryOp, throw: throwOp, preserve, log };
