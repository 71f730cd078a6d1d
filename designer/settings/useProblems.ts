/**
 * The engine's lint over the draft (designer/draft/lint.ts), by the JSON pointer it concerns, so each tab shows a
 * problem beside its field.
 */
import type { Problem } from '../../runtime/engine/index.ts';
import { useDraftLint } from '../draft/lint.ts';

const NONE: readonly Problem[] = [];

export function useProblems(): readonly Problem[] {
  return useDraftLint()?.problems ?? NONE;
}

/** The problems at `path` or inside it ("/fees/0" takes "/fees/0/amount"). */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}/`));
}
