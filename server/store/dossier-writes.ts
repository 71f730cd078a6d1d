/** The two transaction bodies that write dossiers: a submission and a state change. */
import { appendAudit, appendEvents, unitChain } from './chain.ts';
import { timeOrderedId } from './ids.ts';
import type { Step } from './step.ts';
import {
  AttachmentsTaken,
  PaymentOrderSettled,
  RevisionConflict,
  SignInChanged,
  TimerAlreadyFired,
  type DossierChange,
  type NewDossier,
  type NewDossierResult,
  type Notification,
  type SignInCheck,
  type TaskProjection,
  type TimerChange,
} from './store.ts';
import type { Tx } from './tx.ts';

/** `<unit code>-YYMMDD-NNNN` (Circular 01/2018 Art. 19); a 10,000th dossier of a day widens the number. */
export function dossierCode(unitCode: string, day: string, sequence: number): string {
  return `${unitCode}-${day}-${String(sequence).padStart(4, '0')}`;
}

/** The idempotency key was claimed first by an earlier request: thrown to undo the sequence number taken. */
export class KeyClaimed extends Error {
  constructor() {
    super('the idempotency key was claimed by a request that has not committed');
  }
}

/** A presumed sign-in (SignInCheck), checked before the transaction writes anything. */
function* checkSignIn(tx: Tx, check: SignInCheck): Step<void> {
  const found = yield* tx.signedIn(check.tokenHash);
  const holds =
    found !== undefined &&
    found.session.expiresAt > check.at &&
    found.user !== undefined &&
    !found.user.disabled &&
    found.referenceStamp === check.referenceStamp;
  if (!holds) throw new SignInChanged();
}

export function* createDossierBody(tx: Tx, plan: NewDossier): Step<NewDossierResult> {
  const { row, idempotency } = plan;
  const at = row.submittedAt;
  if (plan.signIn) yield* checkSignIn(tx, plan.signIn);
  const sequence = yield* tx.nextSequence(plan.codeOf.unitCode, plan.codeOf.day);
  const code = dossierCode(plan.codeOf.unitCode, plan.codeOf.day, sequence);
  const response = plan.respond(code);
  if (idempotency) {
    // The key is claimed together with its answer. A concurrent request with the same key waits here for us
    // (PostgreSQL: after the sequence row, which every submission to the unit takes first), then replays.
    const claimed = yield* tx.insert(
      'idempotencyKeys',
      { ...idempotency, response, createdAt: at },
      { ignoreConflicts: true },
    );
    if (claimed === 0) throw new KeyClaimed();
  }
  yield* tx.insert('dossiers', { ...row, code, revision: 1 });
  if (plan.attachments) {
    const { ids, ownerId } = plan.attachments;
    const linked = yield* tx.update(
      'attachments',
      { dossierId: row.id },
      { id: { in: ids }, ownerId, dossierId: null },
    );
    if (linked !== ids.length) throw new AttachmentsTaken();
  }
  if (plan.draft) yield* tx.delete('formDrafts', plan.draft);
  yield* appendEvents(tx, row.id, plan.events, true);
  yield* tx.insert(
    'tasks',
    plan.tasks.map((t) => ({ ...t, dossierId: row.id, assigneeId: null })),
  );
  yield* writeTimers(tx, row.id, plan.timers);
  yield* writeOutbox(tx, row.id, plan.notifications, at);
  yield* appendAudit(tx, { chain: unitChain(row.unitCode), ...plan.audit, target: code });
  return { replayed: false, code, response };
}

export function* commitDossierBody(tx: Tx, change: DossierChange): Step<number> {
  const { dossierId, expectedRevision, firing } = change;
  const revision = expectedRevision + 1;
  const updated = yield* tx.update(
    'dossiers',
    { ...change.columns, state: change.state, revision },
    { id: dossierId, revision: expectedRevision },
  );
  if (updated === 0) {
    const [current] = yield* tx.select('dossiers', { id: dossierId });
    throw new RevisionConflict(current?.revision);
  }
  // After the dossier row is ours: every writer locks the dossier first, so timer and dossier never deadlock.
  if (firing) {
    const marked = yield* tx.update(
      'timers',
      { firedAt: change.audit.at },
      { id: firing.timerId, fireAt: firing.fireAt, firedAt: null },
    );
    if (marked === 0) throw new TimerAlreadyFired(firing.timerId);
  }
  if (change.settles) {
    const { orderId, transactionNo } = change.settles;
    const settled = yield* tx.update(
      'paymentOrders',
      { status: 'paid', transactionNo, settledAt: change.audit.at },
      { id: orderId, status: 'pending' },
    );
    if (settled === 0) throw new PaymentOrderSettled(orderId);
  }
  yield* appendEvents(tx, dossierId, change.events);
  yield* replaceTasks(tx, dossierId, change.tasks);
  yield* writeTimers(tx, dossierId, change.timers);
  yield* writeOutbox(tx, dossierId, change.notifications, change.audit.at);
  yield* tx.insert(
    'payments',
    (change.payments ?? []).map((p) => ({ ...p, dossierId })),
  );
  for (const { result, generated } of change.results ?? []) {
    if (generated) yield* tx.insert('attachments', generated);
    yield* tx.insert('dossierResults', { ...result, dossierId });
  }
  yield* appendAudit(tx, change.audit);
  return revision;
}

/** The open-task projection, rebuilt from the state; who a task was assigned to survives while it stays open. */
function* replaceTasks(tx: Tx, dossierId: string, tasks: TaskProjection[]): Step<void> {
  const before = yield* tx.select('tasks', { dossierId });
  const assignees = new Map(before.map((t) => [t.taskId, t.assigneeId]));
  yield* tx.delete('tasks', { dossierId });
  yield* tx.insert(
    'tasks',
    tasks.map((t) => ({ ...t, dossierId, assigneeId: assignees.get(t.taskId) ?? null })),
  );
}

/** A timer set again (a new schedule) is unfired and unleased: `reset` is what its row's upsert changes. */
export function timerRow(dossierId: string, set: { timer: string; kind: string; fireAt: number }) {
  const { timer, kind, fireAt } = set;
  const reset = { kind, fireAt, leaseUntil: null, leasedBy: null, firedAt: null };
  return { row: { id: timerId(dossierId, timer), dossierId, timer, ...reset }, reset };
}

export const timerId = (dossierId: string, timer: string) => `${dossierId}:${timer}`;

/** Timer effects in order. */
function* writeTimers(tx: Tx, dossierId: string, changes: TimerChange[]): Step<void> {
  for (const change of changes) {
    if ('clear' in change) {
      yield* tx.delete('timers', { id: timerId(dossierId, change.clear) });
      continue;
    }
    const { row, reset } = timerRow(dossierId, change.set);
    yield* tx.upsert('timers', row, ['id'], reset);
  }
}

export function outboxRows(dossierId: string, notifications: Notification[], at: number) {
  return notifications.map((n) => ({ id: timeOrderedId(at), dossierId, ...n, createdAt: at, sentAt: null }));
}

function* writeOutbox(tx: Tx, dossierId: string, notifications: Notification[], at: number): Step<void> {
  yield* tx.insert('outbox', outboxRows(dossierId, notifications, at));
}
