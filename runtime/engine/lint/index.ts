import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { compileForm, openBoundProblems, PROCEDURE_FORM } from '../forms/index.ts';
import type { Problem } from '../problems.ts';
import { lintAllotments } from './allotments.ts';
import { lintFeePeriods } from './fees.ts';
import { duplicateIds, lintGraph } from './graph.ts';
import { lintCheckPaths, lintRules } from './rules.ts';
import { lintScenarios } from './scenarios.ts';
import { lintSchema } from './schema.ts';

/**
 * Everything wrong with a definition, each with severity, stable code, JSON pointer and both languages.
 * Takes any JSON: a definition that is not even the right shape gets schema problems, never an exception.
 */
export function lint(definition: unknown): Problem[] {
  const shape = lintSchema(definition);
  if (shape.length > 0) return shape;
  const def = definition as ProcedureDefinition;
  const form = compileForm(def.form, PROCEDURE_FORM);
  return [
    ...('problems' in form ? form.problems : openBoundProblems(def.form.schema)),
    ...(['components', 'fees', 'results'] as const).flatMap((list) => duplicateIds(def[list], `/${list}`)),
    ...duplicateIds(def.form.checks ?? [], '/form/checks'),
    ...lintCheckPaths(def),
    ...lintFeePeriods(def),
    ...lintGraph(def),
    ...lintRules(def),
    ...lintAllotments(def),
    ...lintScenarios(def),
  ];
}

const cache = new WeakMap<object, Problem[]>();

/** Lint once per definition object: the interpreter refuses to run a definition with errors. */
export function lintCached(definition: ProcedureDefinition): Problem[] {
  let problems = cache.get(definition);
  if (!problems) {
    problems = lint(definition);
    cache.set(definition, problems);
  }
  return problems;
}
