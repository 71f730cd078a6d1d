/** Loads the example definitions and scenario files and runs them through the engine's simulate. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { dossierView, simulate, type Scenario, type SimulationResult } from '../../runtime/engine/index.ts';

export const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');
export const SCENARIOS_DIR = resolve(EXAMPLES_DIR, 'scenarios');

export const EXAMPLE_NAMES = [
  'birth-registration',
  'birth-residence-insurance',
  'house-building-permit',
  'household-business',
  'judicial-record',
];

export function readJsonFile<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function loadExample(name: string): ProcedureDefinition {
  return readJsonFile<ProcedureDefinition>(resolve(EXAMPLES_DIR, `${name}.json`));
}

export function scenarioFiles(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.scenario.json'))
    .sort();
}

export type ScenarioFile = Scenario & { definition: string };

export function loadScenario(file: string): ScenarioFile {
  return readJsonFile<ScenarioFile>(resolve(SCENARIOS_DIR, file));
}

/** Runs a scenario file, optionally edited first (a copy: the file is never changed). */
export function runScenario(file: string, edit?: (scenario: ScenarioFile) => void): SimulationResult {
  const scenario = structuredClone(loadScenario(file));
  edit?.(scenario);
  const definition = readJsonFile<ProcedureDefinition>(resolve(SCENARIOS_DIR, scenario.definition));
  return simulate(definition, scenario);
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
