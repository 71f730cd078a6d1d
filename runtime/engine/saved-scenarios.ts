import type { ProcedureDefinition, SavedScenario } from '../../schemas/procedure.ts';
import type { Localized } from './problems.ts';
import { simulate, type Scenario, type SimulationResult } from './simulate.ts';

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
    message: {
      vi: `Kịch bản "${saved.name}" không đạt ${why.vi}`,
      en: `Scenario "${saved.name}" fails ${why.en}`,
    },
  };
}

function failed(result: Extract<SimulationResult, { ok: false }>): Localized {
  const where: Localized =
    typeof result.step === 'number'
      ? { vi: `ở bước ${result.step + 1}`, en: `at step ${result.step + 1}` }
      : result.step === 'submit'
        ? { vi: 'khi nộp hồ sơ', en: 'at submission' }
        : { vi: 'trước khi chạy', en: 'before running' };
  return {
    vi: `${where.vi}: ${result.error.message.vi}`,
    en: `${where.en}: ${result.error.message.en}`,
  };
}

function unexpected(
  saved: SavedScenario,
  dossier: { status: string; tasks: { node: string }[]; fees: { total: number } },
): Localized | undefined {
  const { status, nodes, feeTotal } = saved.expect ?? {};
  if (status !== undefined && dossier.status !== status) {
    return {
      vi: `ở cuối: trạng thái hồ sơ là "${dossier.status}", cần "${status}".`,
      en: `at the end: the dossier is "${dossier.status}", expected "${status}".`,
    };
  }
  const open = [...new Set(dossier.tasks.map((t) => t.node))].sort();
  if (nodes !== undefined && open.join(',') !== [...nodes].sort().join(',')) {
    return {
      vi: `ở cuối: hồ sơ đang ở bước ${open.join(', ') || '(không có)'}, cần ${nodes.join(', ') || '(không có)'}.`,
      en: `at the end: the dossier is at ${open.join(', ') || '(none)'}, expected ${nodes.join(', ') || '(none)'}.`,
    };
  }
  if (feeTotal !== undefined && dossier.fees.total !== feeTotal) {
    return {
      vi: `ở cuối: tổng phí, lệ phí là ${dossier.fees.total} đồng, cần ${feeTotal} đồng.`,
      en: `at the end: the fees total ${dossier.fees.total} VND, expected ${feeTotal} VND.`,
    };
  }
  return undefined;
}
