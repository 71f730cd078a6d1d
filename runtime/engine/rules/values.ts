import { notANumber } from './errors.ts';

/** JSON Logic truthiness: like JavaScript, except that an empty array is false ("0" and {} are true). */
export function isTruthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : !!v;
}

// Decimal numerals only: no hex, no "Infinity", so a form's text never turns into a surprising number.
const NUMERAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const BLANK = /^\s*$/;

/** The number a value stands for, or NaN: null, "" and false are 0, true is 1; arrays and objects are not numbers. */
export function numberOf(v: unknown): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return NUMERAL.test(v) ? Number(v) : BLANK.test(v) ? 0 : NaN;
    case 'undefined':
      return 0;
    default:
      return v === null ? 0 : NaN;
  }
}

/** `numberOf`, failing the rule instead of letting NaN flow into a fee or a decision. */
export function num(v: unknown, op: string): number {
  const n = typeof v === 'number' ? v : numberOf(v);
  if (n !== n) throw notANumber(op);
  return n;
}

/** Results of arithmetic must be finite; -0 reads as 0. */
export function finite(n: number, op: string): number {
  if (!Number.isFinite(n)) throw notANumber(op);
  return n === 0 ? 0 : n;
}

function isNumeral(s: string): boolean {
  return NUMERAL.test(s) || BLANK.test(s);
}

function isComposite(v: unknown): boolean {
  return v !== null && typeof v === 'object';
}

/**
 * `==`: values of one type compare as they are; otherwise both become numbers, and a value that is not a
 * number fails the rule (as the community suites require). A missing value (null) compared with text that
 * is not a number is simply unequal, so an unfilled field never breaks a rule.
 */
export function looseEquals(a: unknown, b: unknown, op: string): boolean {
  if (a === b || (a == null && b == null)) return true;
  if (isComposite(a) || isComposite(b)) throw notANumber(op);
  if (typeof a === typeof b) return false;
  if (
    (a == null && typeof b === 'string' && !isNumeral(b)) ||
    (b == null && typeof a === 'string' && !isNumeral(a))
  ) {
    return false;
  }
  return num(a, op) === num(b, op);
}

/**
 * Ordering: two strings compare as text (ISO dates order correctly), anything else as numbers.
 * Returns a negative, zero or positive number; NaN when a missing value meets text (every comparison is false).
 */
export function order(a: unknown, b: unknown, op: string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (isComposite(a) || isComposite(b)) throw notANumber(op);
  if (
    (a == null && typeof b === 'string' && !isNumeral(b)) ||
    (b == null && typeof a === 'string' && !isNumeral(a))
  ) {
    return NaN;
  }
  return num(a, op) - num(b, op);
}

/** Text of a value for `cat` and `substr`: null is empty, arrays join with commas as in JavaScript. */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v == null) return '';
  if (Array.isArray(v)) return v.map(textOf).join(',');
  if (typeof v === 'object') return '[object Object]';
  return String(v);
}
