import type { Action } from '../dossier.ts';
import { DOSSIER_ACTIONS } from '../dossier-actions.ts';
import { NODE_TYPES } from '../nodes/registry.ts';
import type { JsonSchema } from '../nodes/types.ts';
import type { Localized } from '../problems.ts';

export interface CatalogueAction {
  action: Action;
  label: Localized;
  /** JSON Schema of the input in general; a step's configuration and the dossier may narrow it. */
  input: JsonSchema;
}

/**
 * Every action the process language offers, from the registry: those of each node type's steps, and those on the
 * dossier as a whole (with the roles that may take them). The API's documentation is built from it.
 */
export function actionCatalogue(): {
  nodeTypes: Record<string, { label: Localized; actions: CatalogueAction[] }>;
  dossier: (CatalogueAction & { roles: string[] })[];
} {
  const nodeTypes = Object.fromEntries(
    [...NODE_TYPES.values()]
      .filter((t) => t.actions.length > 0)
      .map((t) => [
        t.type,
        {
          label: t.label,
          actions: t.actions.map((a) => ({ action: a.action, label: a.label, input: a.input() })),
        },
      ]),
  );
  const dossier = DOSSIER_ACTIONS.map((a) => ({
    action: a.action,
    label: a.label,
    roles: [...a.roles],
    input: a.input(),
  }));
  return { nodeTypes, dossier };
}
