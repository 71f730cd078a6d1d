/** The names a clerk reads for what the engine names by code: a step of the diagram, an action taken. */
import {
  DOSSIER_ACTIONS,
  NODE_TYPES,
  type Localized,
  type ScenarioStep,
} from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';

/** A step's label, else its type's, else its id. */
export function stepLabel(definition: ProcedureDefinition, id: string): Localized {
  const node = definition.process.nodes.find((n) => n.id === id);
  const type = node && NODE_TYPES.get(node.type);
  return node?.label ?? type?.label ?? { vi: id, en: id };
}

/** An action as its step's type names it (a step may name `approve` "Ký"), else as the dossier's actions do. */
export function actionLabel(definition: ProcedureDefinition, step: ScenarioStep): Localized {
  const node = step.node && definition.process.nodes.find((n) => n.id === step.node);
  const spec =
    (node && NODE_TYPES.get(node.type)?.actions.find((a) => a.action === step.action)) ||
    DOSSIER_ACTIONS.find((a) => a.action === step.action);
  return spec?.label ?? { vi: step.action, en: step.action };
}
