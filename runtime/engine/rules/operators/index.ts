/** The registry of operators: adding one is a module entry here (and lint learns its arity and scopes from it). */
import type { Operator } from '../operator.ts';
import { arithmeticOperators } from './arithmetic.ts';
import { arrayOperators } from './arrays.ts';
import { compareOperators } from './compare.ts';
import { controlOperators } from './control.ts';
import { dataOperators } from './data.ts';
import { dateOperators } from './dates.ts';
import { logicOperators } from './logic.ts';
import { stringOperators } from './strings.ts';

export const OPERATORS: ReadonlyMap<string, Operator> = new Map(
  Object.entries({
    ...dataOperators,
    ...logicOperators,
    ...compareOperators,
    ...arithmeticOperators,
    ...arrayOperators,
    ...stringOperators,
    ...dateOperators,
    ...controlOperators,
  }),
);

/** Operators the engine runs but definitions may not use: `log` is for debugging at a console. */
const DEBUG_ONLY = new Set(['log']);

export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set(
  [...OPERATORS.keys()].filter((op) => !DEBUG_ONLY.has(op)),
);
