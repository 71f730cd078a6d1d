/** Arithmetic on numbers: +, -, *, /, %, max, min, and round / floor / ceil for amounts of money. */
import { invalidArguments } from '../errors.ts';
import { collect, type Compiler, type Operator, type Values } from '../operator.ts';
import type { Node } from '../scope.ts';
import { finite, num } from '../values.ts';

/** Two literal operands (the usual `{"*": [a, b]}`) get a closure without the argument array. */
function arithmetic(
  op: string,
  arity: readonly [number, number],
  binary: (a: number, b: number) => number,
  all: (values: readonly unknown[]) => number,
): Operator {
  return {
    arity,
    compile(args, c) {
      const nodes = c.list(args);
      if (nodes && nodes.length === 2) {
        const [left, right] = nodes;
        return (s) => finite(binary(num(left(s), op), num(right(s), op)), op);
      }
      const values = nodes ? collect(nodes) : c.values(args);
      return (s) => finite(all(values(s)), op);
    },
  };
}

function fold(op: string, values: readonly unknown[], f: (a: number, b: number) => number): number {
  let acc = num(values[0], op);
  for (let i = 1; i < values.length; i++) acc = f(acc, num(values[i], op));
  return acc;
}

const plus = (a: number, b: number) => a + b;
const minus = (a: number, b: number) => a - b;
const times = (a: number, b: number) => a * b;
const divide = (a: number, b: number) => a / b;
const modulo = (a: number, b: number) => a % b;

/**
 * max / min of the numbers given; of none, null (an empty list of amounts has no largest). Finite like every
 * result of arithmetic: numeric text may overflow ("1e999").
 */
function extreme(op: string, pick: (a: number, b: number) => number): Operator {
  return {
    arity: [1, Infinity],
    compile(args, c) {
      const values = c.values(args);
      return (s) => {
        const list = values(s);
        return list.length === 0 ? null : finite(fold(op, list, pick), op);
      };
    },
  };
}

/**
 * round / floor / ceil: [x] to a whole number, or [x, digits] to 10^-digits (-3 rounds to thousands of đồng).
 * `round` takes halves away from zero, as amounts of money are rounded.
 */
function rounding(op: string, f: (x: number) => number): Operator {
  return {
    arity: [1, 2],
    compile(args: unknown, c: Compiler): Node {
      const values: Values = c.values(args);
      return (s) => {
        const [x, digits = 0] = values(s);
        const n = num(x, op);
        const d = num(digits, op);
        if (!Number.isInteger(d) || Math.abs(d) > 15) throw invalidArguments(op);
        if (d === 0) return finite(f(n), op);
        const scale = 10 ** Math.abs(d);
        // toPrecision(15) drops binary noise first, so 1.005 at 2 digits is 1.01, not 1.
        const scaled = d > 0 ? Number((n * scale).toPrecision(15)) : n / scale;
        return finite(d > 0 ? f(scaled) / scale : f(scaled) * scale, op);
      };
    },
  };
}

const roundHalfAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

export const arithmeticOperators: Record<string, Operator> = {
  '+': arithmetic('+', [1, Infinity], plus, (v) => (v.length === 0 ? 0 : fold('+', v, plus))),
  '*': arithmetic('*', [1, Infinity], times, (v) => (v.length === 0 ? 1 : fold('*', v, times))),
  '-': arithmetic('-', [1, Infinity], minus, (v) => {
    if (v.length === 0) throw invalidArguments('-');
    return v.length === 1 ? -num(v[0], '-') : fold('-', v, minus);
  }),
  '/': arithmetic('/', [1, Infinity], divide, (v) => {
    if (v.length === 0) throw invalidArguments('/');
    return v.length === 1 ? 1 / num(v[0], '/') : fold('/', v, divide);
  }),
  '%': arithmetic('%', [2, Infinity], modulo, (v) => {
    if (v.length < 2) throw invalidArguments('%');
    return fold('%', v, modulo);
  }),
  max: extreme('max', Math.max),
  min: extreme('min', Math.min),
  round: rounding('round', roundHalfAway),
  floor: rounding('floor', Math.floor),
  ceil: rounding('ceil', Math.ceil),
};
