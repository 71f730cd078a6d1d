/** Submitting dossiers and acting on them: the engine decides, the store commits, one transaction each. */
import {
  apply,
  availableActions,
  dossierView,
  isProcessRole,
  start,
  type ActionEvent,
  type ActorGrants,
  type AvailableAction,
  type Dossier,
} from '../../runtime/engine/index.ts';
import {
  AttachmentsTaken,
  canonicalJson,
  RevisionConflict,
  sha256,
  type DossierColumns,
  type DossierRow,
  secretToken,
  timeOrderedId,
  unitChain,
  type Store,
} from '../store/index.ts';
import type { ActInput, SubmitInput, Submitted } from '../contracts/dossiers.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { SUBMISSION_AUDIT } from './audit.ts';
import { attachedComponents, attachmentAlreadySubmitted, linkedComponents } from './attachment-links.ts';
import { liveDefinition } from './catalogue.ts';
import { hasRole, requireActor, type Actor, type ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { changeRows, commitResult } from './dossier-plan.ts';
import { loadDossier, readableDossier } from './dossier-access.ts';
import { forbidden, fromEngine, invalidInput, serviceError } from '../errors.ts';
import { at, codeDay } from './format.ts';
import { grantsInForce, unitInForce, unitUnknown } from './units.ts';
import { paymentNotByApplicant } from './payments.ts';
import { ratingOf } from '../store/ratings.ts';
import { ratingView } from './ratings.ts';
import { issuedResults, latestResult, resultFileTaken, resultView } from './results.ts';
import { message } from '../../runtime/engine/messages/index.ts';

function keyReused() {
  return serviceError('IDEMPOTENCY_KEY_REUSED', 409, message('dossiers.idempotencyKeyReused'), {
    path: '/idempotencyKey',
  });
}

/** Online the components handed in are the uploaded files; only the counter lists papers received. */
function listedOnline(path: string) {
  return invalidInput(path, message('dossiers.componentsOnlyAtCounter'));
}

/**
 * Submits a dossier to the live version of a procedure: validates the form and the required components, computes
 * fees, assigns the code `<unit>-YYMMDD-NNNN` and stores everything in one transaction.
 */
export async function submitDossier(
  store: Store,
  ctx: ServiceContext,
  input: SubmitInput,
): Promise<Submitted> {
  const actor = ctx.actor;
  const channel = input.channel ?? 'online';
  const scope = actor?.userId ?? 'anonymous';
  // Uploaded files become the dossier's; only the one who uploaded them may hand them in.
  const linking = input.attachments && {
    ids: [...new Set(input.attachments)],
    ownerId: requireActor(ctx).userId,
  };
  const request = {
    procedureCode: input.procedureCode,
    data: input.data,
    channel,
    unit: input.unit ?? null,
    components: input.components ?? null,
    attachments: linking?.ids ?? null,
  };
  const requestHash = sha256(canonicalJson(request));
  const key = input.idempotencyKey;
  // The key is claimed by the write, which finds out whether an earlier request had it: no read before. Whatever
  // this request would be refused for, an earlier one with the key answers instead (it may have been served
  // before the procedure, the unit or the actor's roles changed, or before its files were linked).
  try {
    return await submitOnce(store, ctx, input, { channel, scope, linking, requestHash });
  } catch (error) {
    const earlier =
      key === undefined ? undefined : await store.getIdempotency(scope, key).catch(() => undefined);
    if (!earlier) throw error;
    if (earlier.requestHash !== requestHash) throw keyReused();
    return { ...(earlier.response as unknown as Submitted), replayed: true };
  }
}

/** The submission itself; a repeated key comes back as the store's replay (createDossier). */
async function submitOnce(
  store: Store,
  ctx: ServiceContext,
  input: SubmitInput,
  request: {
    channel: NonNullable<SubmitInput['channel']>;
    scope: string;
    linking: { ids: string[]; ownerId: string } | undefined;
    requestHash: string;
  },
): Promise<Submitted> {
  const { channel, scope, linking, requestHash } = request;
  const key = input.idempotencyKey;
  const actor = ctx.actor;
  const { versionId, definition } = await liveDefinition(store, input.procedureCode);
  if (input.unit !== undefined && !(await store.getUnit(input.unit))) throw unitUnknown(input.unit, '/unit');
  // A unit merged by now receives nothing more: its successor does (units.ts).
  const unit = await unitInForce(store, input.unit ?? definition.unit, ctx.now);
  // At the counter (or by post) the one-stop officer of the receiving unit enters the dossier for the applicant.
  const role = channel === 'online' ? 'citizen' : 'reception';
  if (role === 'reception') {
    requireActor(ctx);
    if (!hasRole(actor, 'reception', unit)) {
      throw forbidden(message('dossiers.onlyReceptionOfficersUnit', { unit }));
    }
  }
  // Online, only uploaded files are handed in: a listed component without its file would skip the rule.
  if (role === 'citizen' && input.components !== undefined) throw listedOnline('/components');
  // Uploaded files count as their components handed in.
  let attached: string[] = [];
  if (linking) attached = await attachedComponents(store, linking.ownerId, linking.ids, definition);
  const components = [...(input.components ?? []), ...attached];
  const engineCtx = { now: ctx.now, calendar: await ctx.calendar() };
  const result = start(
    definition,
    {
      data: input.data as Record<string, unknown>,
      channel,
      unit,
      role,
      actor: actor?.userId,
      components,
    },
    engineCtx,
  );
  if (!result.ok) throw fromEngine(result.error);
  const d = result.dossier;
  const id = timeOrderedId(ctx.now);
  const qrToken = secretToken(18);
  const rows = changeRows(undefined, d, result.effects, 1);
  const respond = (code: string): Record<string, unknown> => ({
    id,
    code,
    qrToken,
    revision: 1,
    status: d.status,
    procedureCode: definition.code,
    versionId,
    unit: d.unit,
    channel,
    submittedAt: at(d.submittedAt),
    fees: { total: d.fees.total, items: d.fees.items },
    ...(linking ? { attachments: linking.ids } : {}),
  });
  const created = await store
    .createDossier({
      row: {
        id,
        qrToken,
        procedureCode: definition.code,
        versionId,
        unitCode: d.unit,
        channel,
        applicantId: role === 'citizen' ? (actor?.userId ?? null) : null,
        submittedBy: actor?.userId ?? null,
        state: d,
        submittedAt: d.submittedAt,
        ...rows.columns,
      },
      codeOf: { unitCode: d.unit, day: codeDay(ctx.now) },
      events: rows.events,
      tasks: rows.tasks,
      timers: rows.timers,
      notifications: rows.notifications,
      idempotency: key === undefined ? undefined : { scope, key, requestHash },
      attachments: linking,
      // Filed: the applicant's draft of it is done with.
      draft:
        role === 'citizen' && actor ? { userId: actor.userId, procedureCode: definition.code } : undefined,
      respond,
      audit: {
        at: ctx.now,
        actorId: actor?.userId ?? null,
        action: SUBMISSION_AUDIT,
        payload: { id, versionId, channel },
      },
    })
    .catch((error: unknown) => {
      if (error instanceof AttachmentsTaken) throw attachmentAlreadySubmitted();
      throw error;
    });
  if (created.replayed && created.requestHash !== requestHash) throw keyReused();
  return { ...(created.response as unknown as Submitted), replayed: created.replayed };
}

export function revisionConflict(current: number | undefined) {
  return serviceError(
    'REVISION_CONFLICT',
    409,
    message('dossiers.revisionConflict', { current: String(current) }),
    { path: '/revision', details: { currentRevision: current } },
  );
}

/** The person as the engine judges them on this dossier: the applicant or not, and their process roles. */
export function actorGrants(row: DossierRow, actor: Actor): ActorGrants {
  return {
    applicant: row.applicantId !== null && row.applicantId === actor.userId,
    roles: actor.roles.filter((g) => isProcessRole(g.role)),
  };
}

/** Whether the person touches this dossier at all: its applicant, or a process role in a unit that holds it. */
function concerned(d: Dossier, grants: ActorGrants): boolean {
  const units = new Set([d.unit, ...d.tasks.map((t) => t.unit)]);
  return grants.applicant || grants.roles.some((g) => units.has(g.unitCode));
}

/** The engine's event for the request, taken as `who`. */
function eventFor(input: ActInput, who: { role: string; unit?: string }, actorId: string, linked: string[]) {
  const event: ActionEvent = { action: input.action, role: who.role, actor: actorId };
  if (who.unit !== undefined) event.unit = who.unit;
  if (input.node !== undefined) event.node = input.node;
  if (input.input !== undefined) event.input = input.input;
  if (input.action === 'supplement') {
    const listed = input.input?.components;
    if (who.role === 'citizen' && listed !== undefined) throw listedOnline('/input/components');
    event.input = {
      ...input.input,
      components: Array.isArray(listed) ? [...listed, ...linked] : (listed ?? linked),
    };
  }
  return event;
}

/**
 * Any engine action on a dossier, with the revision the actor saw. The engine says what the actor may do now
 * (`availableActions`): the action is applied once, as the role and unit it is offered to. Not offered, it is
 * applied once all the same, as the actor's likeliest role, so that the engine's own refusal says why.
 */
export async function act(
  store: Store,
  ctx: ServiceContext,
  input: ActInput,
  options: { site?: string } = {},
): Promise<DossierDetail> {
  const actor = requireActor(ctx);
  const row = await loadDossier(store, input.code);
  if (row.revision !== input.revision) throw revisionConflict(row.revision);
  const definition = await pinnedDefinition(store, row.versionId);
  const grants = actorGrants(row, actor);
  const engineCtx = { now: ctx.now, calendar: await ctx.calendar() };
  const offers = availableActions(definition, row.state, grants, engineCtx);
  const offer = offers.find(
    (o) =>
      o.action === input.action &&
      (input.node === undefined || o.node === undefined || o.node === input.node),
  );
  // Fees are paid on a confirmation the applicant cannot forge: the applicant never acts `pay`.
  const officer = { ...grants, applicant: input.action === 'pay' ? false : grants.applicant };
  if (!offer && !concerned(row.state, officer)) {
    if (input.action === 'pay' && grants.applicant) throw paymentNotByApplicant(row);
    throw forbidden(message('dossiers.youDoNotHandle'));
  }
  // A supplement hands in the files added to the dossier, and at the counter the papers the officer lists.
  const linked = input.action === 'supplement' ? await linkedComponents(store, row.id) : [];
  const who = offer ?? likeliest(row.state, officer);
  const result = apply(definition, row.state, eventFor(input, who, actor.userId, linked), engineCtx);
  if (!result.ok) throw fromEngine(result.error);
  const results = await issuedResults(store, {
    row,
    definition,
    effects: result.effects,
    actorId: actor.userId,
    now: ctx.now,
    site: options.site ?? '',
  });
  let committed: { revision: number; columns: DossierColumns };
  try {
    committed = await commitResult(store, {
      row,
      result,
      audit: { at: ctx.now, actorId: actor.userId, action: `dossier.${input.action}` },
      results,
    });
  } catch (error) {
    if (error instanceof RevisionConflict) throw revisionConflict(error.currentRevision);
    throw resultFileTaken(error, results) ?? error;
  }
  return fullDetail(store, {
    ...row,
    ...committed.columns,
    state: result.dossier,
    revision: committed.revision,
  });
}

/** The role the actor most likely meant, to hear the engine's refusal: one holding open work, else the applicant. */
function likeliest(d: Dossier, grants: ActorGrants): { role: string; unit?: string } {
  const holder = grants.roles.find((g) => d.tasks.some((t) => t.role === g.role && t.unit === g.unitCode));
  if (holder) return { role: holder.role, unit: holder.unitCode };
  if (grants.applicant) return { role: 'citizen' };
  const units = new Set([d.unit, ...d.tasks.map((t) => t.unit)]);
  const g = grants.roles.find((r) => units.has(r.unitCode))!;
  return { role: g.role, unit: g.unitCode };
}

/** What the actor may do now on the dossier, with the input each action takes (the desk's buttons). */
export async function availableDossierActions(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<{ code: string; revision: number; actions: AvailableAction[] }> {
  const row = await readableDossier(store, ctx, input.code);
  const definition = await pinnedDefinition(store, row.versionId);
  const engineCtx = { now: ctx.now, calendar: await ctx.calendar() };
  const actions = availableActions(definition, row.state, actorGrants(row, ctx.actor!), engineCtx);
  return { code: row.code, revision: row.revision, actions };
}

export type DossierDetail = ReturnType<typeof detail> & {
  result?: ReturnType<typeof resultView>;
  rating?: ReturnType<typeof ratingView>;
};

/**
 * The dossier as its applicant and the officers handling it see it; given its pinned definition, also how its
 * result is collected (`resultDelivery`).
 */
export function detail(row: DossierRow, definition?: ProcedureDefinition) {
  return {
    id: row.id,
    code: row.code,
    qrToken: row.qrToken,
    revision: row.revision,
    procedureCode: row.procedureCode,
    versionId: row.versionId,
    unit: row.unitCode,
    channel: row.channel,
    applicantId: row.applicantId,
    alert: row.alert,
    submittedAt: at(row.submittedAt),
    data: row.state.data,
    ...dossierView(row.state, definition),
  };
}

/**
 * The details with how the result is collected, and the e-result and the applicant's rating once the result is
 * issued (none are before).
 */
async function fullDetail(store: Store, row: DossierRow) {
  const base = detail(row, await pinnedDefinition(store, row.versionId));
  if (row.state.resultAt === undefined) return base;
  const [result, rating] = await Promise.all([latestResult(store, row.id), ratingOf(store, row.id)]);
  return {
    ...base,
    ...(result ? { result: resultView(result) } : {}),
    ...(rating ? { rating: ratingView(rating) } : {}),
  };
}

export async function getDossier(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<DossierDetail> {
  return fullDetail(store, await readableDossier(store, ctx, input?.code));
}

function taskNotFound(taskId: string) {
  return serviceError('TASK_NOT_FOUND', 404, message('dossiers.taskNotFound', { taskId }), {
    path: '/taskId',
  });
}

/**
 * Assigns an open task to an officer (null: back to the unit's pool). A leader of the task's unit assigns anyone;
 * an officer holding the task's role in its unit may take it for themselves.
 */
export async function assignTask(
  store: Store,
  ctx: ServiceContext,
  input: { code: string; taskId: string; assigneeId: string | null },
): Promise<{ code: string; taskId: string; assigneeId: string | null }> {
  const actor = requireActor(ctx);
  if (input?.assigneeId !== null && (typeof input?.assigneeId !== 'string' || input.assigneeId === '')) {
    throw invalidInput('/assigneeId', message('dossiers.assigneeidMustUserId'));
  }
  const row = await loadDossier(store, input.code);
  const task = row.state.tasks.find((t) => t.id === input.taskId);
  if (!task) throw taskNotFound(input.taskId);
  const self = input.assigneeId === actor.userId && hasRole(actor, task.role, task.unit);
  if (!self && !hasRole(actor, 'leader', task.unit)) {
    throw forbidden(message('dossiers.onlyLeaderUnitHolding'));
  }
  if (input.assigneeId !== null) {
    const roles = await grantsInForce(store, await store.rolesOf(input.assigneeId), ctx.now);
    if (!roles.some((r) => r.unitCode === task.unit && r.role === task.role)) {
      throw serviceError(
        'ASSIGNEE_NOT_HOLDER',
        422,
        message('dossiers.assigneeNotHolder', { role: task.role, unit: task.unit }),
        { path: '/assigneeId' },
      );
    }
  }
  const assigned = await store.assignTask(row.id, task.id, input.assigneeId, {
    chain: unitChain(row.unitCode),
    at: ctx.now,
    actorId: actor.userId,
    action: 'dossier.assign',
    target: row.code,
    payload: { taskId: task.id, assigneeId: input.assigneeId },
  });
  // The task closed between reading the dossier and assigning: nothing was written.
  if (!assigned) throw taskNotFound(task.id);
  return { code: row.code, taskId: task.id, assigneeId: input.assigneeId };
}
