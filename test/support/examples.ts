/**
 * The repository's examples as the tests use them: the definitions (examples/*.json), the scenario files
 * (examples/scenarios/*.scenario.json), and the submissions the suites send, read from those files rather than
 * copied, so that an edit of an example reaches every test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requiredComponents, type Scenario, type ScenarioStep } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { T0 } from './clock.ts';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
export const SCENARIOS_DIR = fileURLToPath(new URL('../../examples/scenarios/', import.meta.url));

/** The example procedures, each published by the demo seed. */
export const EXAMPLE_NAMES = [
  'birth-registration',
  'birth-residence-insurance',
  'house-building-permit',
  'household-business',
  'judicial-record',
];

/** A scenario file: the engine's Scenario, the definition it runs (relative to the scenarios) and its steps. */
export type ScenarioFile = Scenario & { definition: string; steps: ScenarioStep[] };

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** examples/<name>.json, a fresh copy on each call (tests edit it). */
export function example(name: string): ProcedureDefinition {
  return read(`${EXAMPLES_DIR}${name}.json`);
}

/** examples/scenarios/<name>.scenario.json (the name with or without the suffix), a fresh copy on each call. */
export function scenario(name: string): ScenarioFile {
  return read(`${SCENARIOS_DIR}${name.replace(/\.scenario\.json$/, '')}.scenario.json`);
}

/** The file names of every scenario, sorted. */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.scenario.json'))
    .sort();
}

/** The example definition with this procedure code. */
export function exampleByCode(code: string): ProcedureDefinition {
  const found = EXAMPLE_NAMES.map(example).find((d) => d.code === code);
  if (!found) throw new Error(`no example procedure ${code}`);
  return found;
}

/** The definition a scenario runs. */
export function definitionOf(s: { definition: string }): ProcedureDefinition {
  return read(resolve(SCENARIOS_DIR, s.definition));
}

export interface Submission {
  procedureCode: string;
  data: Record<string, unknown>;
}

/**
 * The components a submission of an example must hand in: those its answers make required (the examples'
 * rules for components read the answers only, not the time).
 */
export function requiredOf(s: Submission): string[] {
  return requiredComponents(exampleByCode(s.procedureCode), s.data, { now: T0 });
}

/** What a scenario submits: its definition's code and its form data. */
function submission(name: string): Submission {
  const s = scenario(name);
  return { procedureCode: definitionOf(s).code, data: s.submit.data };
}

/** Birth registration (1.001193, commune 000.01.01.H41): online, born 2026-11-02, 2 extract copies. */
export const BIRTH = submission('birth-registration');
/** Construction permit (1.009994, commune; reception 1 working day, appraisal 10, delivery 1; 15 in all). */
export const PERMIT = submission('house-building-permit');
/** Judicial record certificate (2.001417, provincial police 000.00.30.H41): standard applicant, 3 copies. */
export const JUDICIAL = submission('judicial-record');

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base` with `overrides`; a group of fields (child, applicant…) given in both is merged, not replaced. */
function withAnswers(base: Data, overrides: Data): Data {
  const out = structuredClone(base);
  for (const [key, value] of Object.entries(overrides)) {
    const was = out[key];
    out[key] = isObject(was) && isObject(value) ? { ...was, ...value } : value;
  }
  return out;
}

/** The birth registration's answers with some changed, e.g. `birthData({ child: { birthDate }, extractCopies })`. */
export const birthData = (overrides: Data = {}): Data => withAnswers(BIRTH.data, overrides);

/** The judicial record's answers with some changed, e.g. `judicialData({ applicantCategory, copies })`. */
export const judicialData = (overrides: Data = {}): Data => withAnswers(JUDICIAL.data, overrides);
