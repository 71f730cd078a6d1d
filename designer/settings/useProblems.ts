/**
 * The engine's lint over the draft, by the JSON pointer it concerns, so each tab shows a problem beside its field.
 * Linted a moment after the changes stop, as the Process tab does.
 */
import { useEffect, useState } from 'react';
import { lint, type Problem } from '../../runtime/engine/index.ts';
import { useDraft } from '../draft/hooks.ts';

const LINT_DELAY_MS = 300;

export function useProblems(): readonly Problem[] {
  const definition = useDraft((s) => s.definition);
  const [problems, setProblems] = useState<readonly Problem[]>(() => lint(definition));
  useEffect(() => {
    const timer = setTimeout(() => setProblems(lint(definition)), LINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [definition]);
  return problems;
}

/** The problems at `path` or inside it ("/fees/0" takes "/fees/0/amount"). */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}/`));
}
