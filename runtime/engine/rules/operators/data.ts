/** Reading the data: var, val, exists, missing, missing_some. */
import { child, hasPath, valueAt, varSegments } from '../paths.ts';
import type { Operator } from '../operator.ts';
import type { Scope } from '../scope.ts';

const VARIADIC = Infinity;

function orNull(v: unknown): unknown {
  return v === undefined ? null : v;
}

function isPlain(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** `var`: a dotted path (or index) into the current data, with an optional default for a missing or null value. */
const varOp: Operator = {
  arity: [0, 2],
  compile(args, c) {
    // The usual shapes, "a.b" or ["a.b", default] with literal parts, resolve the path once, here.
    const literal = Array.isArray(args) ? args : [args];
    const path = literal[0];
    if (literal.length <= 2 && isPlain(path) && (literal.length < 2 || isPlain(literal[1]))) {
      const segments = varSegments(path);
      const fallback = literal.length === 2 ? orNull(literal[1]) : null;
      if (!segments) return () => fallback;
      if (segments.length === 0) return (s) => s.data ?? fallback;
      return (s) => valueAt(s.data, segments) ?? fallback;
    }
    const values = c.values(args);
    return (s) => {
      const [p, fallback = null] = values(s);
      const segments = varSegments(p);
      return (segments ? valueAt(s.data, segments) : undefined) ?? fallback;
    };
  },
};

/**
 * Where `val` and `exists` start: a leading [n] climbs n levels out of iterators and `try`
 * (odd levels are the step's metadata, such as the index; even ones the enclosing data).
 */
function start(s: Scope, path: readonly unknown[]): { from: unknown; rest: readonly unknown[] } {
  const head = path[0];
  if (!Array.isArray(head)) return { from: s.data, rest: path };
  const n = Math.abs(Number(head[0]));
  if (!Number.isInteger(n)) return { from: undefined, rest: [] };
  let scope: Scope | null = s;
  for (let i = 0; i < Math.floor(n / 2) && scope; i++) scope = scope.parent;
  if (!scope) return { from: undefined, rest: [] };
  return { from: n % 2 === 1 ? scope.meta : scope.data, rest: path.slice(1) };
}

function key(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** `val`: like var, but the path is a list of keys taken literally (keys may contain dots), and can climb scopes. */
const val: Operator = {
  arity: [0, VARIADIC],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      const { from, rest } = start(s, values(s));
      let current = from;
      for (let i = 0; i < rest.length && current !== undefined; i++) {
        const k = key(rest[i]);
        current = k === undefined ? undefined : child(current, k);
      }
      return orNull(current);
    };
  },
};

/** `exists`: whether the path is present in the data, even holding null. */
const exists: Operator = {
  arity: [1, VARIADIC],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      const { from, rest } = start(s, values(s));
      const keys = rest.map(key);
      return from !== undefined && keys.every((k) => k !== undefined) && hasPath(from, keys as string[]);
    };
  },
};

/** Null, absent and "" all count as not filled in. */
function isMissing(data: unknown, path: unknown): boolean {
  const segments = varSegments(path);
  const v = segments ? valueAt(data, segments) : undefined;
  return v === undefined || v === null || v === '';
}

/** The keys to check: the arguments, or the first argument when it is itself a list. */
function keysOf(values: readonly unknown[]): readonly unknown[] {
  return Array.isArray(values[0]) ? values[0] : values;
}

const missing: Operator = {
  arity: [0, VARIADIC],
  compile(args, c) {
    const values = c.values(args);
    return (s) => keysOf(values(s)).filter((k) => isMissing(s.data, k));
  },
};

/** `missing_some`: [need, keys] → [] when at least `need` keys are filled in, else the missing ones. */
const missingSome: Operator = {
  arity: [2, 2],
  compile(args, c) {
    const values = c.values(args);
    return (s) => {
      const [need, keys] = values(s);
      const list = Array.isArray(keys) ? keys : [];
      const absent = list.filter((k) => isMissing(s.data, k));
      return list.length - absent.length >= Number(need) ? [] : absent;
    };
  },
};

export const dataOperators: Record<string, Operator> = {
  var: varOp,
  val,
  exists,
  missing,
  missing_some: missingSome,
};
