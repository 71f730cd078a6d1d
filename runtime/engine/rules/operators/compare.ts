/** Comparisons: ==, ===, !=, !==, <, <=, >, >=. With more than two arguments they chain (a < b < c), lazily. */
import { invalidArguments } from '../errors.ts';
import { failing, type Operator } from '../operator.ts';
import { looseEquals, order } from '../values.ts';

type Test = (a: unknown, b: unknown, op: string) => boolean;

function chain(op: string, test: Test, arity: readonly [number, number]): Operator {
  return {
    arity,
    listOnly: true,
    compile(args, c) {
      const nodes = c.list(args);
      if (!nodes || nodes.length < 2) return failing(() => invalidArguments(op));
      if (nodes.length === 2) {
        const [left, right] = nodes;
        return (s) => test(left(s), right(s), op);
      }
      return (s) => {
        let previous = nodes[0](s);
        for (let i = 1; i < nodes.length; i++) {
          const next = nodes[i](s);
          if (!test(previous, next, op)) return false;
          previous = next;
        }
        return true;
      };
    },
  };
}

const ORDERING = [2, 3] as const;
const EQUALITY = [2, Infinity] as const;

// Numbers, the common case, skip the coercion rules entirely.
const lt: Test = (a, b, op) => (typeof a === 'number' && typeof b === 'number' ? a < b : order(a, b, op) < 0);
const le: Test = (a, b, op) =>
  typeof a === 'number' && typeof b === 'number' ? a <= b : order(a, b, op) <= 0;
const gt: Test = (a, b, op) => (typeof a === 'number' && typeof b === 'number' ? a > b : order(a, b, op) > 0);
const ge: Test = (a, b, op) =>
  typeof a === 'number' && typeof b === 'number' ? a >= b : order(a, b, op) >= 0;

export const compareOperators: Record<string, Operator> = {
  '==': chain('==', looseEquals, EQUALITY),
  '!=': chain('!=', (a, b, op) => !looseEquals(a, b, op), EQUALITY),
  '===': chain('===', (a, b) => a === b || (a == null && b == null), EQUALITY),
  '!==': chain('!==', (a, b) => !(a === b || (a == null && b == null)), EQUALITY),
  '<': chain('<', lt, ORDERING),
  '<=': chain('<=', le, ORDERING),
  '>': chain('>', gt, ORDERING),
  '>=': chain('>=', ge, ORDERING),
};
