/** What a compiled rule sees while it runs. */

/** One evaluation: the injected clock and the work done so far (bounded, see `charge`). */
export interface Run {
  readonly now: number | undefined;
  work: number;
}

/**
 * The data a rule reads. Iterators and `try` open a child scope (the current item, the accumulator, the error);
 * `meta` holds what belongs to the step (the index), and `val` can climb: 1 is meta, 2 the parent's data, ...
 */
export interface Scope {
  readonly data: unknown;
  readonly meta: unknown;
  readonly parent: Scope | null;
  readonly run: Run;
}

/** A compiled rule or sub-rule. */
export type Node = (scope: Scope) => unknown;

export function childScope(parent: Scope, data: unknown, meta: unknown): Scope {
  return { data, meta, parent, run: parent.run };
}
