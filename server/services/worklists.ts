/** Officers' worklists (open tasks of their units) and the citizen's own dossiers. */
import { isProcessRole } from '../../runtime/engine/index.ts';
import { addWorkingTime } from '../../runtime/engine/time/index.ts';
import type { Store } from '../store/index.ts';
import { requireActor, type ServiceContext } from './context.ts';
import { forbidden, invalidInput } from './errors.ts';
import { at, clampPage } from './format.ts';

const HOUR = 3_600_000;

export interface WorklistInput {
  /** Default: every unit where the actor holds an officer role. */
  unit?: string;
  /** Default: every officer role the actor holds there. */
  role?: string;
  /** A user id, or "me". */
  assignee?: string;
  /** Dossier status(es). */
  status?: string | string[];
  /** Only work whose due time has passed. */
  overdue?: boolean;
  /** Only work due within this many working hours from now (not yet overdue). */
  dueWithinHours?: number;
  limit?: number;
  offset?: number;
}

export interface WorklistItem {
  code: string;
  revision: number;
  procedureCode: string;
  procedureName: { vi: string; en: string };
  status: string;
  /** 'due_warning' or 'overdue' once the dossier's timers have fired. */
  alert: string | null;
  task: {
    id: string;
    node: string;
    role: string;
    unit: string;
    kind: string;
    assigneeId: string | null;
    openedAt: string;
    stepDueAt: string | null;
  };
  /** The step's due time, else the dossier's: what the list is sorted by. */
  dueAt: string | null;
  dossierDueAt: string | null;
  overdue: boolean;
  submittedAt: string;
  receivedAt: string | null;
}

const isText = (v: unknown) => typeof v === 'string' && v !== '';

function checkWorklistInput(input: WorklistInput): void {
  for (const key of ['unit', 'role', 'assignee'] as const) {
    if (input[key] !== undefined && !isText(input[key])) {
      throw invalidInput(`/${key}`, `"${key}" phải là chuỗi.`, `"${key}" must be a string.`);
    }
  }
  const { status } = input;
  if (status !== undefined && !isText(status) && !(Array.isArray(status) && status.every(isText))) {
    throw invalidInput(
      '/status',
      'Trạng thái không hợp lệ.',
      '"status" must be a status or a list of statuses.',
    );
  }
  if (input.overdue !== undefined && typeof input.overdue !== 'boolean') {
    throw invalidInput('/overdue', '"overdue" phải là true/false.', '"overdue" must be a boolean.');
  }
}

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
  checkWorklistInput(input);
  const holders = actor.roles.filter(
    (r) =>
      isProcessRole(r.role) &&
      (input.unit === undefined || r.unitCode === input.unit) &&
      (input.role === undefined || r.role === input.role),
  );
  if (holders.length === 0) {
    throw forbidden(
      'Bạn không giữ vai trò xử lý hồ sơ nào phù hợp (đơn vị, vai trò) để xem danh sách công việc này.',
      'You hold no dossier-handling role matching this worklist (unit, role).',
      { unit: input.unit ?? null, role: input.role ?? null },
    );
  }
  let dueBefore: number | undefined;
  let dueAfter: number | undefined;
  if (input.overdue) dueBefore = ctx.now;
  if (input.dueWithinHours !== undefined) {
    const hours = input.dueWithinHours;
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 10_000) {
      throw invalidInput(
        '/dueWithinHours',
        'Số giờ làm việc không hợp lệ.',
        'dueWithinHours must be 0–10000.',
      );
    }
    dueAfter = ctx.now;
    dueBefore = addWorkingTime(await ctx.calendar(), ctx.now, hours * HOUR);
    if (input.overdue) dueBefore = ctx.now;
  }
  const statuses =
    input.status === undefined ? undefined : Array.isArray(input.status) ? input.status : [input.status];
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

export interface DossierSummary {
  code: string;
  revision: number;
  procedureCode: string;
  status: string;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  timing: string | null;
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
