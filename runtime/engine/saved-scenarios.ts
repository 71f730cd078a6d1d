import type { ProcedureDefinition, SavedScenario } from '../../schemas/procedure.ts';
import type { Localized } from './problems.ts';
import { simulate, type Scenario, type SimulationResult } from './simulate.ts';
import { joinLocalized, message } from './messages/index.ts';

/** The first saved scenario that fails: its name, where it failed, and why in both languages. */
export interface ScenarioFailure {
  name: string;
  /** JSON pointer of the failing scenario in the definition. */
  path: string;
  message: Localized;
}

/**
 * Runs every scenario saved in the definition (publishing refuses on the first failure): each must run through
 * and end as expected.
 */
export function runSavedScenarios(definition: ProcedureDefinition): ScenarioFailure | undefined {
  for (let i = 0; i < (definition.scenarios ?? []).length; i++) {
    const failure = checkSavedScenario(definition, i);
    if (failure) return failure;
  }
  return undefined;
}

/** Runs the saved scenario at this index: its failure, or undefined when it passes (the designer lists each). */
export function checkSavedScenario(
  definition: ProcedureDefinition,
  index: number,
): ScenarioFailure | undefined {
  const saved = (definition.scenarios ?? [])[index];
  const result = simulate(definition, saved.scenario as unknown as Scenario);
  const why = result.ok ? unexpected(saved, result.dossier) : failed(result);
  if (!why) return undefined;
  return {
    name: saved.name,
    path: `/scenarios/${index}`,
    message: message('savedScenarios.failed', { name: saved.name, why }),
  };
}

function failed(result: Extract<SimulationResult, { ok: false }>): Localized {
  const where: Localized =
    typeof result.step === 'number'
      ? message('savedScenarios.atStep', { step: result.step + 1 })
      : result.step === 'submit'
        ? message('savedScenarios.atSubmission')
        : message('savedScenarios.beforeRunning');
  return joinLocalized([where, result.error.message], ': ');
}

function unexpected(
  saved: SavedScenario,
  dossier: { status: string; tasks: { node: string }[]; fees: { total: number } },
): Localized | undefined {
  const { status, nodes, feeTotal } = saved.expect ?? {};
  if (status !== undefined && dossier.status !== status) {
    return message('savedScenarios.atEndStatus', { status: dossier.status, expected: status });
  }
  const open = [...new Set(dossier.tasks.map((t) => t.node))].sort();
  if (nodes !== undefined && open.join(',') !== [...nodes].sort().join(',')) {
    const list = (ids: readonly string[]) => ids.join(', ') || message('savedScenarios.none');
    return message('savedScenarios.atEndNodes', { open: list(open), expected: list(nodes) });
  }
  if (feeTotal !== undefined && dossier.fees.total !== feeTotal) {
    return message('savedScenarios.atEndFees', { total: dossier.fees.total, feeTotal });
  }
  return undefined;
}
