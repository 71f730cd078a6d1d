/** Text: in, cat, substr. */
import type { Operator } from '../operator.ts';
import { num, textOf } from '../values.ts';

/** `in`: a substring of a text, or an item (===) of a list; anything else contains nothing. */
const inOp: Operator = {
  arity: [2, 2],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      const [needle, haystack] = values(s);
      if (typeof haystack === 'string') {
        return (
          (typeof needle === 'string' || typeof needle === 'number') && haystack.includes(String(needle))
        );
      }
      return Array.isArray(haystack) && haystack.includes(needle);
    };
  },
};

const cat: Operator = {
  arity: [0, Infinity],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      let out = '';
      for (const v of values(s)) out += textOf(v);
      return out;
    };
  },
};

/**
 * substr: [text, start, length]. A negative start counts from the end; a negative length leaves that many
 * characters off the end; start and length outside the text are clamped.
 */
const substr: Operator = {
  arity: [2, 3],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      const [value, from = 0, length] = values(s);
      const text = textOf(value);
      const start = clampIndex(num(from, 'substr'), text.length);
      if (length === undefined || length === null) return text.slice(start);
      const n = Math.trunc(num(length, 'substr'));
      const end = n < 0 ? text.length + n : start + n;
      return end > start ? text.slice(start, end) : '';
    };
  },
};

function clampIndex(index: number, size: number): number {
  const i = Math.trunc(index);
  return i < 0 ? Math.max(0, size + i) : Math.min(i, size);
}

export const stringOperators: Record<string, Operator> = { in: inOp, cat, substr };
