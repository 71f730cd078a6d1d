/** The draft's problems (designer/draft/lint.ts), placed on the diagram. */
import { useMemo } from 'react';
import { useDraftLint } from '../draft/lint.ts';
import { placeProblems, type PlacedProblem } from './problems.ts';

const NONE: readonly PlacedProblem[] = [];

export function useLint(): readonly PlacedProblem[] {
  const linted = useDraftLint();
  return useMemo(() => (linted ? placeProblems(linted.definition, linted.problems) : NONE), [linted]);
}
