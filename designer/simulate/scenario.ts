/**
 * A run turned into a saved scenario of the draft, and the draft's saved scenarios run one by one. Publishing runs
 * the same scenarios with the same engine (runtime/engine/saved-scenarios.ts) and refuses when one fails.
 */
import { checkSavedScenario, type Dossier, type ScenarioFailure } from '../../runtime/engine/index.ts';
import type { Scenario } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition, SavedScenario } from '../../schemas/procedure.ts';

/** What the run ended with becomes what the scenario expects: the status, the open steps and the fees total. */
export function toSavedScenario(name: string, scenario: Scenario, end: Dossier): SavedScenario {
  return {
    name,
    scenario: scenario as unknown as Record<string, unknown>,
    expect: {
      status: end.status,
      nodes: [...new Set(end.tasks.map((t) => t.node))].sort(),
      feeTotal: end.fees.total,
    },
  };
}

/** The scenarios with this one saved: in place of one of the same name, else added at the end. */
export function withSaved(scenarios: readonly SavedScenario[], saved: SavedScenario): SavedScenario[] {
  const at = scenarios.findIndex((s) => s.name === saved.name);
  return at < 0 ? [...scenarios, saved] : scenarios.map((s, i) => (i === at ? saved : s));
}

export interface ScenarioOutcome {
  name: string;
  /** Absent when the scenario passes. */
  failure?: ScenarioFailure;
}

/** Every saved scenario run on the draft as it is now, each with its own pass or failure. */
export function runAll(definition: ProcedureDefinition): ScenarioOutcome[] {
  return (definition.scenarios ?? []).map((saved, i) => {
    const failure = checkSavedScenario(definition, i);
    return failure ? { name: saved.name, failure } : { name: saved.name };
  });
}
