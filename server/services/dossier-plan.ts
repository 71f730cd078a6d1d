/** Lays an engine result out as the rows the store writes: events, task projection, timers, outbox, columns. */
import type { Dossier, Effect } from '../../runtime/engine/index.ts';
import type {
  AuditInput,
  DossierChange,
  DossierColumns,
  DossierRow,
  NewEvent,
  Notification,
  Store,
  TaskProjection,
  TimerChange,
} from '../store/index.ts';
import { unitChain } from '../store/index.ts';
import type { DossierAlert, DossierEventPayload } from '../store/types.ts';
import { auditedPayment, confirmedPayment } from './payments.ts';

export interface ChangeRows {
  events: NewEvent[];
  tasks: TaskProjection[];
  timers: TimerChange[];
  notifications: Notification[];
  columns: DossierColumns;
}

/** Warnings and overdue marks from the history; a new due time (extension, supplement) clears the warning. */
function alertOf(d: Dossier): DossierAlert | null {
  let alert: DossierAlert | null = null;
  for (const h of d.history) {
    if (h.event === 'overdue') alert = 'overdue';
    else if (h.event === 'due_warning' && alert !== 'overdue') alert = 'due_warning';
    else if ((h.event === 'extend' || h.event === 'supplement') && alert === 'due_warning') alert = null;
  }
  return alert;
}

export function changeRows(
  before: Dossier | undefined,
  after: Dossier,
  effects: Effect[],
  revision: number,
): ChangeRows {
  const entries = after.history.slice(before?.history.length ?? 0);
  const opened = effects.flatMap((e) => (e.type === 'task_opened' ? [e.task] : []));
  const closed = effects.flatMap((e) =>
    e.type === 'task_closed' ? [{ task: e.task, outcome: e.outcome }] : [],
  );
  const slips = effects.flatMap((e) => (e.type === 'slip' ? [e.form] : []));
  const results = effects.flatMap((e) =>
    e.type === 'result_issued'
      ? [e.document ? { node: e.node, document: e.document } : { node: e.node }]
      : [],
  );
  const events = entries.map((entry, i): NewEvent => {
    const payload: DossierEventPayload = { entry, revision };
    // The hand-offs and slips of the change belong to the act that caused it: its first entry.
    if (i === 0) {
      if (opened.length > 0) payload.opened = opened;
      if (closed.length > 0) payload.closed = closed;
      if (slips.length > 0) payload.slips = slips;
      if (results.length > 0) payload.results = results;
    }
    return {
      seq: entry.seq,
      at: entry.at,
      event: entry.event,
      role: entry.role,
      actorId: entry.actor ?? null,
      payload,
    };
  });
  return {
    events,
    tasks: after.tasks.map((t) => ({
      taskId: t.id,
      node: t.node,
      role: t.role,
      kind: t.kind,
      unitCode: t.unit,
      openedAt: t.openedAt,
      stepDueAt: t.dueAt ?? null,
      dueAt: t.dueAt ?? after.dueAt ?? null,
    })),
    timers: effects.flatMap((e): TimerChange[] =>
      e.type === 'timer_set'
        ? [{ set: { timer: e.timer.id, kind: e.timer.kind, fireAt: e.timer.at } }]
        : e.type === 'timer_cleared'
          ? [{ clear: e.id }]
          : [],
    ),
    notifications: effects.flatMap((e): Notification[] =>
      e.type === 'notification' ? [{ recipient: e.to, template: e.template, message: e.message }] : [],
    ),
    columns: {
      status: after.status,
      alert: alertOf(after),
      receivedAt: after.receivedAt ?? null,
      dueAt: after.dueAt ?? null,
      finishedAt: after.finishedAt ?? null,
      timing: after.timing ?? null,
    },
  };
}

/**
 * Stores an engine result, computed on `row`, as the dossier's next revision, with its audit entry and the payment
 * it confirmed (if any), in one transaction. The store throws RevisionConflict (someone else changed the row since)
 * TimerAlreadyFired or PaymentOrderSettled, having written nothing.
 */
export async function commitResult(
  store: Store,
  change: {
    row: DossierRow;
    result: { dossier: Dossier; effects: Effect[] };
    audit: Omit<AuditInput, 'target'>;
    firing?: DossierChange['firing'];
    settles?: DossierChange['settles'];
    results?: DossierChange['results'];
  },
): Promise<{ revision: number; columns: DossierColumns }> {
  const { row, result, audit } = change;
  const revision = row.revision + 1;
  const rows = changeRows(row.state, result.dossier, result.effects, revision);
  const payment = confirmedPayment(row.state, result.dossier, audit.at);
  await store.commitDossier({
    dossierId: row.id,
    expectedRevision: row.revision,
    state: result.dossier,
    columns: rows.columns,
    events: rows.events,
    tasks: rows.tasks,
    timers: rows.timers,
    notifications: rows.notifications,
    firing: change.firing,
    settles: change.settles,
    results: change.results,
    payments: payment ? [payment] : [],
    audit: {
      chain: unitChain(row.unitCode),
      ...audit,
      target: row.code,
      payload: {
        ...audit.payload,
        revision,
        status: result.dossier.status,
        ...(payment ? { payment: auditedPayment(payment) } : {}),
      },
    },
  });
  return { revision, columns: rows.columns };
}
