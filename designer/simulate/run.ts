/**
 * A simulated run as data: the scenario it would be saved as (the submission, then each step at its time), replayed
 * by the engine's own `simulate` after every change. Replaying keeps the run and its saved scenario one thing: what
 * the clerk saw is exactly what publishing will run again.
 */
import {
  availableActions,
  formatInstant,
  parseInstant,
  PROCESS_ROLES,
  simulate,
  type ActorGrants,
  type AvailableAction,
  type Calendar,
  type Dossier,
  type Effect,
  type Scenario,
  type ScenarioStep,
  type SimulationResult,
} from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';

export interface Replayed {
  result: SimulationResult;
  /** What each moment produced: [0] the submission, [i + 1] step i (with the timers that fired before it). */
  effects: Effect[][];
  /** Simulated time now: the last step's, else the submission's. */
  now: number;
}

/** The run replayed from its start; a failure keeps the effects of the steps before it. */
export function replay(definition: ProcedureDefinition, scenario: Scenario): Replayed {
  const steps = scenario.steps ?? [];
  const effects: Effect[][] = [];
  let seen = 0;
  let result: SimulationResult = simulate(definition, { ...scenario, steps: [] });
  for (let i = 0; i <= steps.length && result.ok; i++) {
    if (i > 0) result = simulate(definition, { ...scenario, steps: steps.slice(0, i) });
    if (result.ok) {
      effects.push(result.effects.slice(seen));
      seen = result.effects.length;
    }
  }
  const last = steps.at(-1)?.at ?? scenario.submit.at;
  return { result, effects, now: parseInstant(last) ?? 0 };
}

/**
 * In a simulation the clerk is everyone at once: the applicant, and each process role in every unit that holds
 * work on the dossier or handles it.
 */
export function everyone(dossier: Dossier): ActorGrants {
  const units = new Set([
    dossier.unit,
    ...dossier.tasks.map((t) => t.unit),
    ...dossier.consultations.map((c) => c.unit),
  ]);
  return {
    applicant: true,
    roles: [...units].flatMap((unitCode) => PROCESS_ROLES.map((role) => ({ role, unitCode }))),
  };
}

/** What can be done at `at`: the work of the open steps first, then what any role may do on the dossier. */
export function offers(
  definition: ProcedureDefinition,
  dossier: Dossier,
  at: number,
  calendar: Calendar,
): { steps: AvailableAction[]; dossier: AvailableAction[] } {
  const all = availableActions(definition, dossier, everyone(dossier), { now: at, calendar });
  return { steps: all.filter((o) => o.node), dossier: all.filter((o) => !o.node) };
}

/** The run with one more step: the offered action taken at `at`, with its input. */
export function takeStep(
  scenario: Scenario,
  offer: AvailableAction,
  at: number,
  input: Record<string, unknown>,
): Scenario {
  const step: ScenarioStep = {
    at: formatInstant(at),
    role: offer.role,
    action: offer.action,
    ...(offer.node ? { node: offer.node } : {}),
    ...(offer.unit ? { unit: offer.unit } : {}),
    ...(Object.keys(input).length > 0 ? { input } : {}),
  };
  return { ...scenario, steps: [...(scenario.steps ?? []), step] };
}

/** The run without its last step (the clerk takes it back). */
export function undoStep(scenario: Scenario): Scenario {
  return { ...scenario, steps: (scenario.steps ?? []).slice(0, -1) };
}
