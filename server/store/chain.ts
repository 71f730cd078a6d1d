/**
 * The hash chains: the audit log's chains (one per unit, `system`, and the closed `legacy` one) and each dossier's
 * event log. A record's hash is sha256(prevHash + canonicalJson(record)); the first record's prevHash is GENESIS.
 */
import { canonicalJson, chainHash, GENESIS } from './canonical.ts';
import type { Step } from './step.ts';
import type { AuditInput, AuditRow, EventRow, NewEvent } from './store.ts';
import type { Tx } from './tx.ts';

/** The chain of what belongs to no unit (procedure design, users, settings, sign-ins). */
export const SYSTEM_CHAIN = 'system';
/** The one global chain written before the audit log had several (migration 0010 pg, 0009 sqlite); closed. */
export const LEGACY_CHAIN = 'legacy';

/** The chain of what belongs to a unit: a dossier's, for its receiving unit. */
export const unitChain = (unitCode: string) => `unit:${unitCode}`;

/**
 * What an audit entry's hash covers: every column but the hashes — the chain's name included, except in the
 * `legacy` chain, whose records were hashed before chains had names.
 */
export function auditRecord(row: Omit<AuditRow, 'prevHash' | 'hash'>) {
  return {
    ...(row.chain === LEGACY_CHAIN ? {} : { chain: row.chain }),
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
    chain: auditChainOf(input),
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

/** The chain an entry goes to: its own, else `system`. Nothing is appended to `legacy`. */
export function auditChainOf(input: Pick<AuditInput, 'chain'>): string {
  const chain = input.chain ?? SYSTEM_CHAIN;
  if (chain === LEGACY_CHAIN) throw new Error('chain: the legacy audit chain is closed');
  return chain;
}

/**
 * Appends to the entry's chain; call it last in a transaction (PostgreSQL holds the chain's lock until commit). A
 * transaction that appends to several chains appends with `appendAudits`, which locks them in one order.
 */
export function* appendAudit(tx: Tx, input: AuditInput): Step<AuditRow> {
  const chain = auditChainOf(input);
  yield* tx.lockAuditChain(chain);
  const [tail] = yield* tx.select(
    'auditLog',
    { chain },
    {
      columns: ['seq', 'hash'],
      orderBy: [['seq', 'desc']],
      limit: 1,
    },
  );
  const base = auditBase(input, (tail?.seq ?? 0) + 1);
  const prevHash = tail?.hash ?? GENESIS;
  const row: AuditRow = { ...base, prevHash, hash: chainHash(prevHash, auditRecord(base)) };
  yield* tx.insert('auditLog', row);
  return row;
}

/** Appends entries in order, having locked their chains in name order (two such writers cannot deadlock). */
export function* appendAudits(tx: Tx, inputs: AuditInput[]): Step<AuditRow[]> {
  for (const chain of [...new Set(inputs.map(auditChainOf))].sort()) yield* tx.lockAuditChain(chain);
  const rows: AuditRow[] = [];
  for (const input of inputs) rows.push(yield* appendAudit(tx, input));
  return rows;
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
