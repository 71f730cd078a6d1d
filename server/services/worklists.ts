/** Officers' worklists (open tasks of their units) and the citizen's own dossiers. */
import { isProcessRole } from '../../runtime/engine/index.ts';
import { addWorkingTime } from '../../runtime/engine/time/index.ts';
import type { DossierSummary, WorklistInput, WorklistItem } from '../contracts/dossiers.ts';
import type { Store } from '../store/index.ts';
import { requireActor, type ServiceContext } from './context.ts';
import { forbidden } from '../errors.ts';
import { at, clampPage } from './format.ts';
import { unitsCarriedBy } from './units.ts';
import { message } from '../../runtime/engine/messages/index.ts';

const HOUR = 3_600_000;

/**
 * Open tasks the actor's units and roles hold, earliest due first (no due time last), paged. `total` is exact up to
 * max(1000, offset + limit); beyond that it is that number and `totalCapped` is true ("1000+").
 */
export async function worklist(
  store: Store,
  ctx: ServiceContext,
  input: WorklistInput = {},
): Promise<{ items: WorklistItem[]; total: number; totalCapped: boolean; limit: number; offset: number }> {
  const actor = requireActor(ctx);
  // A unit's worklist holds the work of the units merged into it too.
  const units = input.unit === undefined ? undefined : await unitsCarriedBy(store, input.unit, ctx.now);
  const holders = actor.roles.filter(
    (r) =>
      isProcessRole(r.role) &&
      (units === undefined || units.has(r.unitCode)) &&
      (input.role === undefined || r.role === input.role),
  );
  if (holders.length === 0) {
    throw forbidden(message('worklists.youHoldNoDossier'), {
      unit: input.unit ?? null,
      role: input.role ?? null,
    });
  }
  let dueBefore: number | undefined;
  let dueAfter: number | undefined;
  if (input.overdue) dueBefore = ctx.now;
  if (input.dueWithinHours !== undefined) {
    dueAfter = ctx.now;
    dueBefore = addWorkingTime(await ctx.calendar(), ctx.now, input.dueWithinHours * HOUR);
    if (input.overdue) dueBefore = ctx.now;
  }
  const statuses = input.status === undefined ? undefined : [input.status];
  const page = clampPage(input);
  const { items, total, totalCapped } = await store.worklist({
    holders: holders.map(({ unitCode, role }) => ({ unitCode, role })),
    assigneeId: input.assignee === 'me' ? actor.userId : input.assignee,
    statuses,
    dueBefore,
    dueAfter: input.overdue ? undefined : dueAfter,
    ...page,
  });
  return {
    total,
    totalCapped,
    ...page,
    items: items.map(({ task, dossier, procedureName }) => ({
      code: dossier.code,
      revision: dossier.revision,
      procedureCode: dossier.procedureCode,
      procedureName,
      status: dossier.status,
      alert: dossier.alert,
      task: {
        id: task.taskId,
        node: task.node,
        role: task.role,
        unit: task.unitCode,
        kind: task.kind,
        assigneeId: task.assigneeId,
        openedAt: at(task.openedAt),
        stepDueAt: at(task.stepDueAt),
      },
      dueAt: at(task.dueAt),
      dossierDueAt: at(dossier.dueAt),
      overdue: task.dueAt !== null && task.dueAt <= ctx.now,
      submittedAt: at(dossier.submittedAt),
      receivedAt: at(dossier.receivedAt),
    })),
  };
}

/** The signed-in citizen's own dossiers, newest first. */
export async function myDossiers(
  store: Store,
  ctx: ServiceContext,
  input: { limit?: number; offset?: number } = {},
): Promise<{ items: DossierSummary[]; total: number; limit: number; offset: number }> {
  const actor = requireActor(ctx);
  const page = clampPage(input);
  const { items, total } = await store.dossiersOfApplicant(actor.userId, page);
  return {
    total,
    ...page,
    items: items.map((d) => ({
      code: d.code,
      revision: d.revision,
      procedureCode: d.procedureCode,
      status: d.status,
      submittedAt: at(d.submittedAt),
      receivedAt: at(d.receivedAt),
      dueAt: at(d.dueAt),
      finishedAt: at(d.finishedAt),
      timing: d.timing,
    })),
  };
}
