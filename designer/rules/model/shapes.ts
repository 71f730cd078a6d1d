/**
 * The product's own comparisons and the one JSON Logic shape each is written as. react-querybuilder knows none
 * of them: before import, each shape is replaced by a marker operator that `parseJsonLogic` is taught
 * (`jsonLogicOperations`); on export, `formatQuery`'s rule processor writes the shape back.
 *
 * Dates use the engine's `date_diff` and `today` (runtime/engine/rules/operators/dates.ts): `date_diff [a, b]` is
 * the whole days from a to b, and `today` the submission date (in Vietnam), so
 * `{"<=": [{"date_diff": [{"var": "child.birthDate"}, {"today": []}]}, 60]}` reads "born at most 60 days before
 * the submission date".
 */
import type { Rule } from '../../../schemas/procedure.ts';
import { operatorOf as only } from './json.ts';
import type { ProductOperator } from './operators.ts';

export interface ShapeMatch {
  field: string;
  value: unknown;
}

interface Shape {
  match(rule: Rule): ShapeMatch | undefined;
  build(field: string, value: unknown): Rule;
}

/** `{"var": "a.b"}` with a plain, non-empty path (no default, no computed path). */
export function fieldOf(rule: Rule): string | undefined {
  const op = only(rule);
  return op && op[0] === 'var' && typeof op[1] === 'string' && op[1] !== '' ? op[1] : undefined;
}

const truth: Shape = {
  match(rule) {
    const field = fieldOf(rule);
    return field === undefined ? undefined : { field, value: null };
  },
  build: (field) => ({ var: field }),
};

const falsity: Shape = {
  match(rule) {
    const op = only(rule);
    const field = op && op[0] === '!' ? fieldOf(op[1]) : undefined;
    return field === undefined ? undefined : { field, value: null };
  },
  build: (field) => ({ '!': { var: field } }),
};

/** `{cmp: [{"date_diff": [{"var": f}, {"today": []}]}, n]}`: f is n days (or more, or fewer) before today. */
function daysBefore(cmp: '<=' | '>=' | '<' | '>'): Shape {
  return {
    match(rule) {
      const op = only(rule);
      if (!op || op[0] !== cmp || !Array.isArray(op[1]) || op[1].length !== 2) return undefined;
      const [diff, days] = op[1];
      const d = only(diff);
      if (!d || d[0] !== 'date_diff' || !Array.isArray(d[1]) || d[1].length !== 2) return undefined;
      const field = fieldOf(d[1][0]);
      const today = only(d[1][1]);
      const isToday = today && today[0] === 'today' && Array.isArray(today[1]) && today[1].length === 0;
      if (field === undefined || !isToday || typeof days !== 'number') return undefined;
      return { field, value: days };
    },
    build: (field, value): Rule => {
      const diff: Rule = { date_diff: [{ var: field }, { today: [] }] };
      return { [cmp]: [diff, value as number] };
    },
  };
}

export const SHAPES: Record<ProductOperator, Shape> = {
  isTrue: truth,
  isFalse: falsity,
  daysBeforeAtMost: daysBefore('<='),
  daysBeforeAtLeast: daysBefore('>='),
  daysBeforeLessThan: daysBefore('<'),
  daysBeforeMoreThan: daysBefore('>'),
};

export const PRODUCT_OPERATORS = Object.keys(SHAPES) as ProductOperator[];

export function isProductOperator(op: string): op is ProductOperator {
  return Object.hasOwn(SHAPES, op);
}

/** The marker an import puts in place of a product shape: an operator name no real rule may use. */
export const MARKER = '\u0000motcua:';

/** The product shape a rule is, if any, as the marker `parseJsonLogic` is taught to read. */
export function markShape(rule: Rule): Rule | undefined {
  for (const op of PRODUCT_OPERATORS) {
    const m = SHAPES[op].match(rule);
    if (m) return { [MARKER + op]: [m.field, m.value as Rule] };
  }
  return undefined;
}
