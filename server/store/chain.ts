/** The two hash chains: the global audit log and each dossier's event log. */
import { chainHash, GENESIS } from './canonical.ts';
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

/** Appends to the global chain; call it last in a transaction (PostgreSQL holds the chain's lock until commit). */
export function* appendAudit(tx: Tx, input: AuditInput): Step<AuditRow> {
  yield* tx.lockAuditChain();
  const [tail] = yield* tx.select('auditLog', undefined, {
    columns: ['seq', 'hash'],
    orderBy: [['seq', 'desc']],
    limit: 1,
  });
  const base = {
    seq: (tail?.seq ?? 0) + 1,
    at: input.at,
    actorId: input.actorId ?? null,
    action: input.action,
    target: input.target,
    payload: input.payload ?? {},
  };
  const prevHash = tail?.hash ?? GENESIS;
  const row: AuditRow = { ...base, prevHash, hash: chainHash(prevHash, auditRecord(base)) };
  yield* tx.insert('auditLog', row);
  return row;
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
    const base = { dossierId, ...e, actorId: e.actorId ?? null };
    const row = { ...base, prevHash, hash: chainHash(prevHash, eventRecord(base)) };
    prevHash = row.hash;
    return row;
  });
  yield* tx.insert('dossierEvents', rows);
}
