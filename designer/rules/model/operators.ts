/**
 * The comparisons the rule builder offers for each type of field, and what value each one needs. Operator names
 * are react-querybuilder's where it has one (its JSON Logic export writes them); the product's own are written
 * by `shapes.ts`.
 */
import type { RuleChoice, RuleFieldInfo, RuleFieldType } from './fields.ts';

/** react-querybuilder's operators that the engine runs (no startsWith/endsWith: the engine has neither). */
export type LibraryOperator =
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'contains'
  | 'doesNotContain'
  | 'in'
  | 'notIn'
  | 'between'
  | 'notBetween'
  | 'null'
  | 'notNull';

/** The product's own: a yes/no field's truth, and a date's distance in days before the submission date. */
export type ProductOperator =
  | 'isTrue'
  | 'isFalse'
  | 'daysBeforeAtMost'
  | 'daysBeforeAtLeast'
  | 'daysBeforeLessThan'
  | 'daysBeforeMoreThan';

export type RuleOperator = LibraryOperator | ProductOperator;

/** What an operator compares the field with. */
export type ValueShape = 'none' | 'one' | 'list' | 'pair' | 'days';

export const VALUE_SHAPE: Record<RuleOperator, ValueShape> = {
  '=': 'one',
  '!=': 'one',
  '<': 'one',
  '<=': 'one',
  '>': 'one',
  '>=': 'one',
  contains: 'one',
  doesNotContain: 'one',
  in: 'list',
  notIn: 'list',
  between: 'pair',
  notBetween: 'pair',
  null: 'none',
  notNull: 'none',
  isTrue: 'none',
  isFalse: 'none',
  daysBeforeAtMost: 'days',
  daysBeforeAtLeast: 'days',
  daysBeforeLessThan: 'days',
  daysBeforeMoreThan: 'days',
};

const ORDERED: RuleOperator[] = ['=', '!=', '<', '<=', '>', '>=', 'between', 'notBetween', 'null', 'notNull'];

export const OPERATORS_BY_TYPE: Record<RuleFieldType, readonly RuleOperator[]> = {
  text: ['=', '!=', 'contains', 'doesNotContain', 'in', 'notIn', 'null', 'notNull'],
  number: ORDERED,
  money: ORDERED,
  // Dates are "YYYY-MM-DD" texts, which the engine orders as dates; the distance to the submission date is days.
  date: [
    '=',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    'between',
    'notBetween',
    'daysBeforeAtMost',
    'daysBeforeAtLeast',
    'daysBeforeLessThan',
    'daysBeforeMoreThan',
    'null',
    'notNull',
  ],
  boolean: ['isTrue', 'isFalse', '=', '!='],
  choice: ['=', '!=', 'in', 'notIn', 'null', 'notNull'],
};

export function operatorsFor(type: RuleFieldType): readonly RuleOperator[] {
  return OPERATORS_BY_TYPE[type];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(v: unknown): v is string {
  const m = typeof v === 'string' ? ISO_DATE.exec(v) : null;
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const sameChoice = (choices: readonly RuleChoice[] | undefined, v: unknown): boolean =>
  (choices ?? []).some((c) => c.value === v);

/** Whether one value is something the field's input can show and give back unchanged. */
export function fitsOne(field: RuleFieldInfo, v: unknown): boolean {
  switch (field.type) {
    case 'text':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'money':
      return typeof v === 'number' && Number.isSafeInteger(v);
    case 'date':
      return isIsoDate(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'choice':
      return sameChoice(field.choices, v);
  }
}

/** Whether a rule's value suits its operator and field: the value input shows it exactly, and it is complete. */
export function valueFits(field: RuleFieldInfo, operator: RuleOperator, value: unknown): boolean {
  switch (VALUE_SHAPE[operator]) {
    case 'none':
      return true;
    case 'one':
      // An empty text is a value a person can mean ("is empty" is a separate operator), but not a useful one.
      return fitsOne(field, value) && value !== '';
    case 'list':
      // The library's export trims each text of a list: one it would change cannot be shown as it is.
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((v) => fitsOne(field, v) && (typeof v !== 'string' || (v !== '' && v.trim() === v)))
      );
    case 'pair':
      return Array.isArray(value) && value.length === 2 && value.every((v) => fitsOne(field, v));
    case 'days':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  }
}
