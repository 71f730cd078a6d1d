/**
 * The engine's lint over the draft, live: run a moment after the changes stop (a 300-step process lints in a few
 * tens of milliseconds on this machine's kind, so it stays on the page's thread), placed on the diagram. On
 * opening too, so the diagram is drawn first: compiling the form's schema for the lint would hold it back.
 */
import { useEffect, useState } from 'react';
import { lint } from '../../runtime/engine/index.ts';
import { useDraft } from '../draft/hooks.ts';
import { placeProblems, type PlacedProblem } from './problems.ts';

const LINT_DELAY_MS = 300;

export function useLint(): readonly PlacedProblem[] {
  const definition = useDraft((s) => s.definition);
  const [problems, setProblems] = useState<readonly PlacedProblem[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setProblems(placeProblems(definition, lint(definition))), LINT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [definition]);
  return problems;
}
