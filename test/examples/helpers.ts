/** Loads the example definitions and scenario files and runs them through the engine's simulate. */
import { dossierView, simulate, type SimulationResult } from '../../runtime/engine/index.ts';
import { definitionOf, scenario, type ScenarioFile } from '../support/examples.ts';

/** The units the example processes run through. */
export const COMMUNE = '000.01.01.H41';
export const POLICE_PROVINCE = '000.00.30.H41';
export const POLICE_COMMUNE = '000.01.91.H41';
export const SOCIAL_INSURANCE = '000.00.31.H41';
export const CONSULTED = '000.00.15.H41';

/** Runs a scenario file, optionally edited first (a copy: the file is never changed). */
export function runScenario(file: string, edit?: (scenario: ScenarioFile) => void): SimulationResult {
  const s = scenario(file);
  edit?.(s);
  return simulate(definitionOf(s), s);
}

/** The dossier view at the end of a scenario that must run through. */
export function viewOf(file: string, edit?: (scenario: ScenarioFile) => void) {
  const result = runScenario(file, edit);
  if (!result.ok) {
    throw new Error(
      `${file} stopped at step ${result.step}: ${result.error.code} ${result.error.message.en}`,
    );
  }
  return dossierView(result.dossier);
}

export type View = ReturnType<typeof dossierView>;

/** One line per history entry, so a whole timeline reads (and diffs) at a glance. */
export function timeline(view: View): string[] {
  return view.history.map(
    (h) => `${h.at} ${h.event} ${h.role} ${h.node ?? '-'} ${h.unit ?? '-'} → ${h.status}`,
  );
}

/** The steps of a scenario up to (not including) index `n`, dropping `until`. */
export function firstSteps(n: number) {
  return (scenario: ScenarioFile) => {
    scenario.steps = scenario.steps!.slice(0, n);
    delete scenario.until;
  };
}
