/** The two hash chains: the global audit log and each dossier's event log. */
import { canonicalJson, chainHash, GENESIS } from './canonical.ts';
import type { Step } from './step.ts';
import type { AuditInput, AuditRow, EventRow, NewEvent } from './store.ts';
import type { Tx } from './tx.ts';

/** What an audit entry's hash covers: every column but the hashes. */
export function auditRecord(row: Omit<AuditRow, 'prevHash' | 'hash'>) {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actorId ?? null,
    action: row.action,
    target: row.target,
    payload: row.payload,
  };
}

/** What a dossier event's hash covers: every column but the hashes. */
export function eventRecord(row: Omit<EventRow, 'prevHash' | 'hash'>) {
  return {
    dossierId: row.dossierId,
    seq: row.seq,
    at: row.at,
    event: row.event,
    role: row.role,
    actorId: row.actorId ?? null,
    payload: row.payload,
  };
}

/** An audit entry's columns but the hashes. */
export function auditBase(input: AuditInput, seq: number): Omit<AuditRow, 'prevHash' | 'hash'> {
  return {
    seq,
    at: input.at,
    actorId: input.actorId ?? null,
    action: input.action,
    target: input.target,
    payload: input.payload ?? {},
  };
}

/**
 * The text an audit entry's hash covers, around its seq, for a writer that learns the seq (and, with `target`
 * undefined, the target) only inside the transaction (pg-dossier-writes.ts): the text is `head`, the seq, then
 * `tail` — or, without a target, `,"target":`, the target's JSON and `}`. The seq and the target are the record's
 * last members in canonical order.
 */
export function auditTextAround(input: Omit<AuditInput, 'target'> & { target?: string }) {
  const text = canonicalJson(auditRecord(auditBase({ ...input, target: input.target ?? '' }, 0)));
  const tail = `,"target":${JSON.stringify(input.target ?? '')}}`;
  if (!text.endsWith(`"seq":0${tail}`))
    throw new Error('chain: seq and target are not last in an audit record');
  return { head: text.slice(0, text.length - tail.length - 1), tail };
}

/** Appends to the global chain; call it last in a transaction (PostgreSQL holds the chain's lock until commit). */
export function* appendAudit(tx: Tx, input: AuditInput): Step<AuditRow> {
  yield* tx.lockAuditChain();
  const [tail] = yield* tx.select('auditLog', undefined, {
    columns: ['seq', 'hash'],
    orderBy: [['seq', 'desc']],
    limit: 1,
  });
  const base = auditBase(input, (tail?.seq ?? 0) + 1);
  const prevHash = tail?.hash ?? GENESIS;
  const row: AuditRow = { ...base, prevHash, hash: chainHash(prevHash, auditRecord(base)) };
  yield* tx.insert('auditLog', row);
  return row;
}

/** A dossier event's columns but the hashes. */
export function eventBase(dossierId: string, e: NewEvent): Omit<EventRow, 'prevHash' | 'hash'> {
  return { dossierId, ...e, actorId: e.actorId ?? null };
}

/**
 * Appends a dossier's new events after its last one. The caller holds the dossier (its revision was bumped, or it
 * is being created: `fresh`, no events yet).
 */
export function* appendEvents(tx: Tx, dossierId: string, events: NewEvent[], fresh = false): Step<void> {
  if (events.length === 0) return;
  const [tail] = fresh
    ? []
    : yield* tx.select(
        'dossierEvents',
        { dossierId },
        { columns: ['hash'], orderBy: [['seq', 'desc']], limit: 1 },
      );
  let prevHash = tail?.hash ?? GENESIS;
  const rows: EventRow[] = events.map((e) => {
    const base = eventBase(dossierId, e);
    const row = { ...base, prevHash, hash: chainHash(prevHash, eventRecord(base)) };
    prevHash = row.hash;
    return row;
  });
  yield* tx.insert('dossierEvents', rows);
}
