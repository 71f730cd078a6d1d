import type { Node, Scope } from './scope.ts';

/** Values of arguments that are all evaluated. Operators read them and never change them. */
export type Values = (scope: Scope) => readonly unknown[];

/** What an operator gets to build itself: the compiler for its sub-rules. */
export interface Compiler {
  /** Compiles a sub-rule. */
  rule(rule: unknown): Node;
  /** The arguments written as a literal list, compiled; undefined when they are written otherwise. */
  list(args: unknown): Node[] | undefined;
  /** Arguments that are all needed: a literal list, or one value, spread when it turns out to be an array. */
  values(args: unknown): Values;
}

/** One operator of the rule language: how it compiles, and what lint needs to know about its arguments. */
export interface Operator {
  compile(args: unknown, c: Compiler): Node;
  /** Number of arguments a well-formed rule gives it, [min, max]. */
  arity: readonly [number, number];
  /** Lazy operators need their arguments written as a literal list; a computed one is an error. */
  listOnly?: boolean;
  /** Which arguments run in a child scope (the current item, the error) rather than against the form's data. */
  inner?: (index: number) => boolean;
  /** The argument is data, not a rule (`preserve`). */
  raw?: boolean;
}

/** A node that fails when (and only if) it is reached, keeping rule errors as lazy as the branches. */
export function failing(error: () => Error): Node {
  return () => {
    throw error();
  };
}

export function constant(value: unknown): Node {
  return () => value;
}

/** The values of already compiled arguments, in order. */
export function collect(nodes: readonly Node[]): Values {
  return (s) => {
    const out = new Array<unknown>(nodes.length);
    for (let i = 0; i < nodes.length; i++) out[i] = nodes[i](s);
    return out;
  };
}
