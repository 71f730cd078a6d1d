/** Lists: map, filter, reduce, all, some, none, merge. The rule inside an iterator reads the current item. */
import { invalidArguments } from '../errors.ts';
import { charge } from '../limits.ts';
import { failing, type Compiler, type Operator } from '../operator.ts';
import { childScope, type Node, type Scope } from '../scope.ts';
import { isTruthy } from '../values.ts';

/**
 * [list, rule, ...] written as a literal list. A literal null as the list (or, where `ruleRequired`, as the
 * rule) is a malformed rule, whereas a list that turns out missing in the data is merely empty.
 */
function iteratorArgs(args: unknown, c: Compiler, count: number, ruleRequired: boolean): Node[] | undefined {
  if (!Array.isArray(args) || args.length < 2 || args[0] === null || (ruleRequired && args[1] === null))
    return undefined;
  return c.list(args.slice(0, count));
}

function step(s: Scope, rule: Node, item: unknown, index: number): unknown {
  return rule(childScope(s, item, { index }));
}

const inItemScope = (i: number) => i === 1;

const map: Operator = {
  arity: [2, 2],
  listOnly: true,
  inner: inItemScope,
  compile(args, c) {
    const nodes = iteratorArgs(args, c, 2, true);
    if (!nodes) return failing(() => invalidArguments('map'));
    const [list, rule] = nodes;
    return (s) => {
      const items = list(s);
      if (!Array.isArray(items)) return [];
      charge(s.run, items.length);
      return items.map((item, i) => step(s, rule, item, i) ?? null);
    };
  },
};

const filter: Operator = {
  arity: [2, 2],
  listOnly: true,
  inner: inItemScope,
  compile(args, c) {
    const nodes = iteratorArgs(args, c, 2, true);
    if (!nodes) return failing(() => invalidArguments('filter'));
    const [list, rule] = nodes;
    return (s) => {
      const items = list(s);
      if (!Array.isArray(items)) return [];
      charge(s.run, items.length);
      return items.filter((item, i) => isTruthy(step(s, rule, item, i)));
    };
  },
};

/** [list, rule, initial]: the rule reads {current, accumulator}; a missing list gives the initial value. */
const reduce: Operator = {
  arity: [2, 3],
  listOnly: true,
  inner: inItemScope,
  compile(args, c) {
    const nodes = iteratorArgs(args, c, 3, true);
    if (!nodes) return failing(() => invalidArguments('reduce'));
    const [list, rule, initial] = nodes;
    return (s) => {
      let accumulator = initial ? (initial(s) ?? null) : null;
      const items = list(s);
      if (!Array.isArray(items)) return accumulator;
      charge(s.run, items.length);
      for (let i = 0; i < items.length; i++) {
        accumulator = step(s, rule, { current: items[i], accumulator }, i) ?? null;
      }
      return accumulator;
    };
  },
};

/**
 * all / some / none need a list: a missing one fails the rule rather than silently passing a check.
 * `all` of an empty list is false (JSON Logic), `none` of it true.
 */
function quantifier(
  op: string,
  decide: (items: unknown[], test: (item: unknown, i: number) => boolean) => boolean,
): Operator {
  return {
    arity: [2, 2],
    listOnly: true,
    inner: inItemScope,
    compile(args, c) {
      const nodes = iteratorArgs(args, c, 2, false);
      if (!nodes) return failing(() => invalidArguments(op));
      const [list, rule] = nodes;
      return (s) => {
        const items = list(s);
        if (!Array.isArray(items)) throw invalidArguments(op);
        charge(s.run, items.length);
        return decide(items, (item, i) => isTruthy(step(s, rule, item, i)));
      };
    },
  };
}

/** merge: one flat list; values that are not lists are taken as one item. */
const merge: Operator = {
  arity: [0, Infinity],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      const out: unknown[] = [];
      for (const v of values(s)) {
        if (Array.isArray(v)) {
          charge(s.run, v.length);
          for (const item of v) out.push(item);
        } else {
          out.push(v);
        }
      }
      return out;
    };
  },
};

export const arrayOperators: Record<string, Operator> = {
  map,
  filter,
  reduce,
  all: quantifier('all', (items, test) => items.length > 0 && items.every(test)),
  some: quantifier('some', (items, test) => items.some(test)),
  none: quantifier('none', (items, test) => !items.some(test)),
  merge,
};
