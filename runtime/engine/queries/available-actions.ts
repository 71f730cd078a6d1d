import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import type { Action, Dossier } from '../dossier.ts';
import { DOSSIER_ACTIONS } from '../dossier-actions.ts';
import { EngineFailure } from '../errors.ts';
import type { JsonSchema } from '../nodes/types.ts';
import { handlesDossier, holdsTask, requireOpen, taskOffers } from '../permissions.ts';
import type { Localized } from '../problems.ts';
import { processIndex } from '../process-index.ts';
import { RuleError } from '../rules/index.ts';
import { Run, type EngineContext } from '../run.ts';

/** A person as the server knows them: whether they applied for the dossier, and their roles in units. */
export interface ActorGrants {
  /** The dossier's applicant, who acts as `citizen`. */
  applicant: boolean;
  /** Role grants: a role in a unit (the server's `RoleGrant`). */
  roles: readonly { role: string; unitCode: string }[];
}

/** One thing the person may do now, as whom, and the input it takes. */
export interface AvailableAction {
  action: Action;
  label: Localized;
  /** The step whose task it acts on; absent for an action on the dossier as a whole. */
  node?: string;
  /** The role it is taken as, and the unit (none for the applicant). */
  role: string;
  unit?: string;
  /** JSON Schema of the action's `input`, for this step and this dossier. */
  input: JsonSchema;
}

interface Acting {
  role: string;
  unit?: string;
}

/** The (role, unit) pairs the person could act as, most likely first: holders of an open task, then the applicant. */
function actingAs(dossier: Dossier, actor: ActorGrants): Acting[] {
  const holds = (g: { role: string; unitCode: string }) =>
    dossier.tasks.some((t) => t.role === g.role && t.unit === g.unitCode);
  const grants = actor.roles.map((g) => ({ grant: g, holds: holds(g) }));
  const pairs: Acting[] = [
    ...grants.filter((g) => g.holds),
    ...(actor.applicant ? [{ grant: undefined, holds: false }] : []),
    ...grants.filter((g) => !g.holds),
  ].map(({ grant }) => (grant ? { role: grant.role, unit: grant.unitCode } : { role: 'citizen' }));
  // A grant listed twice is one way of acting.
  return [...new Map(pairs.map((p) => [`${p.role}@${p.unit ?? ''}`, p])).values()];
}

/** Whether a check that refuses as `apply` does (an engine failure, a rule that fails) lets it through. */
function allows(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof EngineFailure || error instanceof RuleError) return false;
    throw error;
  }
}

/**
 * The actions this person may take now on this dossier: exactly those `apply` accepts from them (with a valid
 * input). Each comes with the JSON Schema of its input, from the node type's registry entry.
 */
export function availableActions(
  definition: ProcedureDefinition,
  dossier: Dossier,
  actor: ActorGrants,
  ctx: EngineContext,
): AvailableAction[] {
  if (!allows(() => requireOpen(definition, dossier, ctx.now))) return [];
  const run = new Run(definition, processIndex(definition), dossier, ctx);
  const pairs = actingAs(dossier, actor);
  const offers: AvailableAction[] = [];
  // While the applicant supplements, every task is set aside: only dossier-wide actions remain.
  const tasks = dossier.pause ? [] : taskOffers(run);
  for (const { task, node, spec } of tasks) {
    if (!allows(() => spec.guard?.(run, node))) continue;
    const roles = spec.roles(node);
    for (const { role, unit } of pairs) {
      if (!roles.includes(role) || !holdsTask(task, role, unit)) continue;
      const input = spec.input({ node, dossier, role });
      offers.push({
        action: spec.action,
        label: spec.label,
        node: node.id,
        role,
        ...(unit ? { unit } : {}),
        input,
      });
    }
  }
  for (const spec of DOSSIER_ACTIONS) {
    if (!allows(() => spec.guard?.(run))) continue;
    for (const { role, unit } of pairs) {
      if (!spec.roles.includes(role) || !handlesDossier(dossier, unit)) continue;
      offers.push({
        action: spec.action,
        label: spec.label,
        role,
        ...(unit ? { unit } : {}),
        input: spec.input(),
      });
    }
  }
  return offers;
}
