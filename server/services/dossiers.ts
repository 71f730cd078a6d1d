/** Submitting dossiers and acting on them: the engine decides, the store commits, one transaction each. */
import { randomBytes } from 'node:crypto';
import {
  apply,
  dossierView,
  isPlainObject,
  isProcessRole,
  start,
  type ActionEvent,
  type Channel,
  type EngineError,
  type EngineResult,
} from '../../runtime/engine/index.ts';
import {
  AttachmentsTaken,
  canonicalJson,
  RevisionConflict,
  sha256,
  type DossierColumns,
  type DossierRow,
  timeOrderedId,
  type Store,
} from '../store/index.ts';
import { attachedComponents, attachmentAlreadySubmitted } from './attachment-links.ts';
import { liveDefinition } from './catalogue.ts';
import { hasRole, requireActor, type ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { changeRows, commitResult } from './dossier-plan.ts';
import { loadDossier, readableDossier } from './dossier-access.ts';
import { forbidden, fromEngine, invalidInput, serviceError } from './errors.ts';
import { at, codeDay } from './format.ts';

export interface SubmitInput {
  procedureCode: string;
  /** The e-form's data. */
  data: unknown;
  /** `online` (default; the citizen) or `counter` / `post` (a reception officer enters a walk-in's dossier). */
  channel?: Channel;
  /** The handling unit; default: the procedure's implementing unit. */
  unit?: string;
  /** Ids of the components handed in; when given, the required ones are checked. */
  components?: string[];
  /** A retried submission with the same key (per user, or "anonymous") returns the first result. */
  idempotencyKey?: string;
  /** Ids of files the submitter uploaded; they become the dossier's in the same transaction. */
  attachments?: string[];
}

export interface SubmitResult {
  id: string;
  code: string;
  qrToken: string;
  revision: number;
  status: string;
  procedureCode: string;
  versionId: string;
  unit: string;
  channel: Channel;
  submittedAt: string;
  fees: { total: number; items: unknown[] };
  /** The uploaded files that became the dossier's. */
  attachments?: string[];
  /** True when this is the stored answer to an earlier request with the same idempotency key. */
  replayed: boolean;
}

const CHANNELS: Channel[] = ['online', 'counter', 'post'];

function isListOfStrings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((c) => typeof c === 'string');
}

function keyReused() {
  return serviceError(
    'IDEMPOTENCY_KEY_REUSED',
    409,
    'Khóa chống trùng (Idempotency-Key) đã được dùng cho một yêu cầu khác.',
    'This Idempotency-Key was already used for a different request.',
    { path: '/idempotencyKey' },
  );
}

function checkSubmitShape(input: SubmitInput): void {
  if (!isPlainObject(input))
    throw invalidInput('', 'Yêu cầu phải là một đối tượng.', 'The request must be an object.');
  if (typeof input.procedureCode !== 'string' || input.procedureCode === '') {
    throw invalidInput('/procedureCode', 'Thiếu mã thủ tục.', 'procedureCode is required.');
  }
  if (input.channel !== undefined && !CHANNELS.includes(input.channel)) {
    throw invalidInput(
      '/channel',
      'Kênh nộp phải là online, counter hoặc post.',
      'channel must be online, counter or post.',
    );
  }
  if (input.unit !== undefined && (typeof input.unit !== 'string' || input.unit === '')) {
    throw invalidInput('/unit', 'Mã đơn vị không hợp lệ.', 'unit must be a unit code.');
  }
  if (input.components !== undefined && !isListOfStrings(input.components)) {
    throw invalidInput(
      '/components',
      'components phải là danh sách mã thành phần.',
      'components must be a list of ids.',
    );
  }
  if (input.attachments !== undefined && !isListOfStrings(input.attachments)) {
    throw invalidInput(
      '/attachments',
      'attachments phải là danh sách mã tệp đã tải lên.',
      'attachments must be a list of uploaded file ids.',
    );
  }
  const key = input.idempotencyKey;
  if (key !== undefined && (typeof key !== 'string' || key.length === 0 || key.length > 200)) {
    throw invalidInput(
      '/idempotencyKey',
      'Khóa chống trùng phải dài 1–200 ký tự.',
      'The idempotency key must be 1–200 characters.',
    );
  }
}

/**
 * Submits a dossier to the live version of a procedure: validates the form (and the required components when
 * given), computes fees, assigns the code `<unit>-YYMMDD-NNNN` and stores everything in one transaction.
 */
export async function submitDossier(
  store: Store,
  ctx: ServiceContext,
  input: SubmitInput,
): Promise<SubmitResult> {
  checkSubmitShape(input);
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
  /** The stored answer to an earlier request with this key, if there is one. */
  const replay = async (): Promise<SubmitResult | undefined> => {
    const earlier = key === undefined ? undefined : await store.getIdempotency(scope, key);
    if (!earlier) return undefined;
    if (earlier.requestHash !== requestHash) throw keyReused();
    return { ...(earlier.response as unknown as SubmitResult), replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const { versionId, definition } = await liveDefinition(store, input.procedureCode);
  const unit = input.unit ?? definition.unit;
  if (input.unit !== undefined && !(await store.getUnit(input.unit))) {
    throw serviceError(
      'UNIT_UNKNOWN',
      422,
      `Không có đơn vị "${input.unit}".`,
      `There is no unit "${input.unit}".`,
      {
        path: '/unit',
      },
    );
  }
  // At the counter (or by post) the one-stop officer of the receiving unit enters the dossier for the applicant.
  const role = channel === 'online' ? 'citizen' : 'reception';
  if (role === 'reception') {
    requireActor(ctx);
    if (!hasRole(actor, 'reception', unit)) {
      throw forbidden(
        `Chỉ cán bộ Bộ phận Một cửa của đơn vị ${unit} được nhận hồ sơ tại quầy hoặc qua bưu chính.`,
        `Only reception officers of unit ${unit} may enter counter or postal dossiers.`,
      );
    }
  }
  // Uploaded files count as their components handed in.
  let attached: string[] = [];
  if (linking) {
    try {
      attached = await attachedComponents(store, linking.ownerId, linking.ids, definition);
    } catch (error) {
      // A retry that overtook its first request's commit finds the files linked: it is that request's replay.
      const first = await replay();
      if (first) return first;
      throw error;
    }
  }
  const components = linking ? [...new Set([...(input.components ?? []), ...attached])] : input.components;
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
  const qrToken = randomBytes(18).toString('base64url');
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
      respond,
      audit: {
        at: ctx.now,
        actorId: actor?.userId ?? null,
        action: 'dossier.submit',
        payload: { id, versionId, channel },
      },
    })
    .catch((error: unknown) => {
      if (error instanceof AttachmentsTaken) throw attachmentAlreadySubmitted();
      throw error;
    });
  if (created.replayed && created.requestHash !== requestHash) throw keyReused();
  return { ...(created.response as unknown as SubmitResult), replayed: created.replayed };
}

export interface ActInput {
  code: string;
  action: string;
  input?: Record<string, unknown>;
  /** The revision the actor saw; another change since then → 409 REVISION_CONFLICT. */
  revision: number;
  /** The step, when several open steps offer the same action. */
  node?: string;
}

export function revisionConflict(current: number | undefined) {
  return serviceError(
    'REVISION_CONFLICT',
    409,
    `Hồ sơ vừa được người khác cập nhật (phiên bản hiện tại: ${current}); hãy tải lại rồi thực hiện lại.`,
    `The dossier was changed by someone else (current revision: ${current}); reload and try again.`,
    { path: '/revision', details: { currentRevision: current } },
  );
}

function checkActShape(input: ActInput): void {
  if (!isPlainObject(input))
    throw invalidInput('', 'Yêu cầu phải là một đối tượng.', 'The request must be an object.');
  if (typeof input.action !== 'string' || input.action === '') {
    throw invalidInput('/action', 'Thiếu hành động.', 'action is required.');
  }
  if (!Number.isInteger(input.revision) || input.revision < 1) {
    throw invalidInput(
      '/revision',
      'revision phải là số nguyên dương.',
      'revision must be a positive integer.',
    );
  }
  if (input.input !== undefined && !isPlainObject(input.input)) {
    throw invalidInput('/input', 'input phải là một đối tượng.', 'input must be an object.');
  }
  if (input.node !== undefined && typeof input.node !== 'string') {
    throw invalidInput('/node', 'node phải là mã bước.', 'node must be a step id.');
  }
}

/** The (role, unit) the actor could act as on this dossier, most likely first: holders of a matching open task. */
function candidates(
  row: DossierRow,
  ctx: ServiceContext,
  input: ActInput,
): { role: string; unit?: string }[] {
  const actor = ctx.actor!;
  const d = row.state;
  const out: { role: string; unit?: string; rank: number }[] = [];
  if (row.applicantId !== null && row.applicantId === actor.userId) out.push({ role: 'citizen', rank: 1 });
  const units = new Set([d.unit, ...d.tasks.map((t) => t.unit)]);
  for (const grant of actor.roles) {
    if (!isProcessRole(grant.role) || !units.has(grant.unitCode)) continue;
    const holds = d.tasks.some(
      (t) =>
        t.unit === grant.unitCode &&
        t.role === grant.role &&
        (input.node === undefined || t.node === input.node),
    );
    out.push({ role: grant.role, unit: grant.unitCode, rank: holds ? 0 : 2 });
  }
  return out
    .sort((a, b) => a.rank - b.rank)
    .map(({ role, unit }) => (unit === undefined ? { role } : { role, unit }));
}

/** Access refusals say less than other errors: the error to report is the first that is not about who acts. */
function pickError(errors: EngineError[]): EngineError {
  return errors.find((e) => e.code !== 'ROLE_NOT_ALLOWED' && e.code !== 'UNIT_NOT_ALLOWED') ?? errors[0];
}

/**
 * Any engine action on a dossier, with the revision the actor saw. The actor must hold the task's role in the
 * task's unit (or be the applicant, for the applicant's actions).
 */
export async function act(store: Store, ctx: ServiceContext, input: ActInput): Promise<DossierDetail> {
  checkActShape(input);
  const actor = requireActor(ctx);
  const row = await loadDossier(store, input.code);
  if (row.revision !== input.revision) throw revisionConflict(row.revision);
  const definition = await pinnedDefinition(store, row.versionId);
  const options = candidates(row, ctx, input);
  if (options.length === 0) {
    throw forbidden('Bạn không xử lý hồ sơ này.', 'You do not handle this dossier.');
  }
  const engineCtx = { now: ctx.now, calendar: await ctx.calendar() };
  const errors: EngineError[] = [];
  let result: Extract<EngineResult, { ok: true }> | undefined;
  for (const who of options) {
    const event: ActionEvent = { action: input.action, ...who, actor: actor.userId };
    if (input.node !== undefined) event.node = input.node;
    if (input.input !== undefined) event.input = input.input;
    const r = apply(definition, row.state, event, engineCtx);
    if (r.ok) {
      result = r;
      break;
    }
    // Whoever acts, an unknown action or bad input stays so.
    if (r.error.code === 'ACTION_UNKNOWN' || r.error.code === 'INPUT_INVALID') throw fromEngine(r.error);
    errors.push(r.error);
  }
  if (!result) throw fromEngine(pickError(errors));
  let committed: { revision: number; columns: DossierColumns };
  try {
    committed = await commitResult(store, {
      row,
      result,
      audit: { at: ctx.now, actorId: actor.userId, action: `dossier.${input.action}` },
    });
  } catch (error) {
    if (error instanceof RevisionConflict) throw revisionConflict(error.currentRevision);
    throw error;
  }
  return detail({ ...row, ...committed.columns, state: result.dossier, revision: committed.revision });
}

export type DossierDetail = ReturnType<typeof detail>;

/** The dossier as its applicant and the officers handling it see it. */
export function detail(row: DossierRow) {
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
    ...dossierView(row.state),
  };
}

export async function getDossier(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<DossierDetail> {
  return detail(await readableDossier(store, ctx, input?.code));
}

function taskNotFound(taskId: string) {
  return serviceError(
    'TASK_NOT_FOUND',
    404,
    `Không có công việc "${taskId}" đang mở.`,
    `No open task "${taskId}".`,
    {
      path: '/taskId',
    },
  );
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
    throw invalidInput(
      '/assigneeId',
      'Cần người được giao (hoặc null).',
      'assigneeId must be a user id or null.',
    );
  }
  const row = await loadDossier(store, input.code);
  const task = row.state.tasks.find((t) => t.id === input.taskId);
  if (!task) throw taskNotFound(input.taskId);
  const self = input.assigneeId === actor.userId && hasRole(actor, task.role, task.unit);
  if (!self && !hasRole(actor, 'leader', task.unit)) {
    throw forbidden(
      'Chỉ lãnh đạo đơn vị giữ công việc mới được phân công.',
      'Only a leader of the unit holding the task may assign it.',
    );
  }
  if (input.assigneeId !== null) {
    const roles = await store.rolesOf(input.assigneeId);
    if (!roles.some((r) => r.unitCode === task.unit && r.role === task.role)) {
      throw serviceError(
        'ASSIGNEE_NOT_HOLDER',
        422,
        `Người được giao không giữ vai trò ${task.role} tại đơn vị ${task.unit}.`,
        `The assignee does not hold role ${task.role} in unit ${task.unit}.`,
        { path: '/assigneeId' },
      );
    }
  }
  const assigned = await store.assignTask(row.id, task.id, input.assigneeId, {
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
