/**
 * The two dossier transactions on PostgreSQL, each one round trip: a call of a function the migrations install
 * (migrations/pg/0008_dossier_write_functions.sql) as a named prepared statement, in the statement's own
 * transaction. What the bodies of dossier-writes.ts write, the argument carries as rows keyed by column name; what
 * only the transaction learns (the dossier's sequence number, the tails of the chains) the function fills in, and
 * it computes the chains' hashes from the canonical texts written here (chain.ts). SQLite runs the bodies.
 */
import { getTableColumns, type Column, type Table } from 'drizzle-orm';
import * as schema from './schema.pg.ts';
import { auditChainOf, auditTextAround, eventBase, eventRecord, unitChain } from './chain.ts';
import { canonicalJson } from './canonical.ts';
import { dossierCode, KeyClaimed, outboxRows, timerId, timerRow } from './dossier-writes.ts';
import type { Queryable } from './pg-statements.ts';
import {
  AttachmentsTaken,
  PaymentOrderSettled,
  RevisionConflict,
  SignInChanged,
  TimerAlreadyFired,
  type DossierChange,
  type NewDossier,
  type NewEvent,
  type TimerChange,
} from './store.ts';

type Json = Record<string, unknown>;

const columnsOf = new Map<Table, [string, Column][]>();

/**
 * A row as jsonb_populate_record reads it: column names, bytes as `\x…`, a left-out column its default or null —
 * or, `partial`, left out (the columns an update changes).
 */
function encode(table: Table, row: Json, partial = false): Json {
  let columns = columnsOf.get(table);
  if (!columns) {
    columns = Object.entries(getTableColumns(table) as Record<string, Column>);
    columnsOf.set(table, columns);
  }
  const out: Json = {};
  for (const [key, column] of columns) {
    if (partial && row[key] === undefined) continue;
    const value = row[key] === undefined ? (column.default ?? null) : row[key];
    out[column.name] = Buffer.isBuffer(value) ? `\\x${value.toString('hex')}` : value;
  }
  return out;
}

const encodeAll = (table: Table, rows: Json[]) => rows.map((row) => encode(table, row));

/** The new events (hashes left to the function, which chains them after the dossier's last) and their texts. */
function events(dossierId: string, list: NewEvent[]) {
  const bases = list.map((e) => eventBase(dossierId, e));
  return {
    events: bases.map((b) => encode(schema.dossierEvents, { ...b, prevHash: '', hash: '' })),
    event_texts: bases.map((b) => canonicalJson(eventRecord(b))),
  };
}

function timers(dossierId: string, changes: TimerChange[]) {
  return changes.map((change) =>
    'clear' in change
      ? { clear: timerId(dossierId, change.clear) }
      : { set: encode(schema.timers, timerRow(dossierId, change.set).row) },
  );
}

/** The audit entry's columns, and `text_head`: its canonical text up to the seq. */
function audit(input: Parameters<typeof auditTextAround>[0]) {
  const { head, tail } = auditTextAround(input);
  const row = encode(schema.auditLog, {
    ...input,
    chain: auditChainOf(input),
    seq: 0,
    payload: input.payload ?? {},
    prevHash: '',
    hash: '',
  });
  return { row: { ...row, text_head: head }, tail };
}

/** Stands for the code in the replay's answer until the function knows it. */
const CODE = '@@motcua:dossier-code@@';

/** The function's errors, as the Store's. */
function translated(error: unknown, change?: DossierChange): unknown {
  const { code, detail } = error as { code?: string; detail?: string };
  switch (code) {
    case 'MC001':
      return new KeyClaimed();
    case 'MC002':
      return new AttachmentsTaken();
    case 'MC003':
      return new RevisionConflict(detail ? Number(detail) : undefined);
    case 'MC004':
      return new TimerAlreadyFired(change!.firing!.timerId);
    case 'MC005':
      return new PaymentOrderSettled(change!.settles!.orderId);
    case 'MC006':
      return new SignInChanged();
    default:
      return error;
  }
}

/** One call of a function, as a named statement in its own transaction: one round trip. */
async function call<T>(q: Queryable, name: string, p: Json, change?: DossierChange): Promise<T> {
  try {
    const result = await q.query<[T]>({
      name,
      text: `select ${name}($1::jsonb)`,
      values: [JSON.stringify(p)],
      rowMode: 'array',
    });
    return result.rows[0][0];
  } catch (error) {
    throw translated(error, change);
  }
}

export async function pgCreateDossier(q: Queryable, plan: NewDossier) {
  const { row, codeOf } = plan;
  const at = row.submittedAt;
  // The code without its number: dossierCode's four zeros off.
  const codeHead = dossierCode(codeOf.unitCode, codeOf.day, 0).slice(0, -4);
  const p: Json = {
    unit: codeOf.unitCode,
    day: codeOf.day,
    code_head: codeHead,
    code_json_head: JSON.stringify(codeHead).slice(0, -1),
    dossier: encode(schema.dossiers, { ...row, code: '', revision: 1 }),
    ...events(row.id, plan.events),
    tasks: encodeAll(
      schema.tasks,
      plan.tasks.map((t) => ({ ...t, dossierId: row.id, assigneeId: null })),
    ),
    timers: timers(row.id, plan.timers),
    outbox: encodeAll(schema.outbox, outboxRows(row.id, plan.notifications, at)),
    audit: audit({ chain: unitChain(row.unitCode), ...plan.audit }).row,
  };
  if (plan.idempotency) {
    p.idempotency = encode(schema.idempotencyKeys, { ...plan.idempotency, response: {}, createdAt: at });
    const response = JSON.stringify(plan.respond(CODE));
    // The function puts the code where the answer has it as a whole value, and only there.
    if (response.replaceAll(JSON.stringify(CODE), '').includes(CODE))
      throw new Error('pg-dossier-writes: the answer uses the dossier code inside a longer text');
    p.response = response;
    p.code_placeholder = JSON.stringify(CODE);
  }
  if (plan.signIn) {
    const { tokenHash, referenceStamp, at: checkedAt } = plan.signIn;
    p.sign_in = { token_hash: tokenHash, reference_stamp: referenceStamp, at: checkedAt };
  }
  if (plan.attachments) p.attachments = { ids: plan.attachments.ids, owner_id: plan.attachments.ownerId };
  if (plan.draft) p.draft = { user_id: plan.draft.userId, procedure_code: plan.draft.procedureCode };
  const code = await call<string>(q, 'motcua_create_dossier', p);
  return { replayed: false as const, code, response: plan.respond(code) };
}

export async function pgCommitDossier(q: Queryable, change: DossierChange): Promise<number> {
  const { dossierId } = change;
  const at = change.audit.at;
  const { row, tail } = audit(change.audit);
  const p: Json = {
    dossier_id: dossierId,
    expected_revision: change.expectedRevision,
    at,
    state: change.state,
    columns: encode(schema.dossiers, change.columns, true),
    ...events(dossierId, change.events),
    tasks: encodeAll(
      schema.tasks,
      change.tasks.map((t) => ({ ...t, dossierId, assigneeId: null })),
    ),
    timers: timers(dossierId, change.timers),
    outbox: encodeAll(schema.outbox, outboxRows(dossierId, change.notifications, at)),
    payments: encodeAll(
      schema.payments,
      (change.payments ?? []).map((x) => ({ ...x, dossierId })),
    ),
    result_files: encodeAll(
      schema.attachments,
      (change.results ?? []).flatMap((r) => (r.generated ? [r.generated] : [])),
    ),
    results: encodeAll(
      schema.dossierResults,
      (change.results ?? []).map((r) => ({ ...r.result, dossierId })),
    ),
    audit: row,
    audit_text_tail: tail,
  };
  if (change.firing) p.firing = { timer_id: change.firing.timerId, fire_at: change.firing.fireAt };
  if (change.settles)
    p.settles = { order_id: change.settles.orderId, transaction_no: change.settles.transactionNo };
  return call<number>(q, 'motcua_commit_dossier', p, change);
}
