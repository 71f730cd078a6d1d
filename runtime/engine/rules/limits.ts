import { tooCostly } from './errors.ts';
import type { Run } from './scope.ts';

export interface RuleLimits {
  maxDepth: number;
  maxNodes: number;
}

/** What lint accepts in a definition by default: small enough to read and review. */
export const DEFAULT_LIMITS: RuleLimits = { maxDepth: 32, maxNodes: 2000 };

/**
 * What the engine itself accepts, whatever lint said: keeps recursion far from the stack's end
 * and compilation bounded, yet leaves room for long literal lists (codes of every commune).
 */
export const ENGINE_LIMITS: RuleLimits = { maxDepth: 256, maxNodes: 200_000 };

/** Items iterated, merged or produced in one evaluation: stops `reduce` + `merge` from doubling into the heap. */
export const MAX_WORK = 2_000_000;

export function charge(run: Run, items: number): void {
  run.work += items;
  if (run.work > MAX_WORK) throw tooCostly(MAX_WORK);
}
