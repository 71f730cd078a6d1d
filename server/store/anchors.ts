/**
 * Anchors of the audit chains, themselves a hash chain (table `audit_anchors`). Anchor n's record is
 *   { seq: n, at, heads, dossiers }
 * - `heads`: the last entry { chain, seq, hash } of every audit chain, in chain order, as the anchor read them;
 * - `dossiers`: for each dossier whose code is the target of an audit entry appended since anchor n-1's heads (for
 *   the first anchor: of any entry), its last event { id, seq, hash } (seq 0 and GENESIS if it has none), in id
 *   order. Every transaction that appends a dossier's events also appends an audit entry naming its code (the
 *   dossier writes, dossier-writes.ts), so every dossier changed since anchor n-1 is named.
 * and its hash is sha256(prevHash + canonicalJson(record)), prevHash being anchor n-1's hash (GENESIS for the first).
 * What an anchor holds must stay true: each head is still in its chain with the same hash (a truncated or rewritten
 * chain is found), and each dossier still has that event with that hash (a deleted dossier, or one whose events
 * were cut, is found). `verifyAudit` (server/services/audit.ts) checks both.
 */
import { chainHash, GENESIS } from './canonical.ts';
import type { Step } from './step.ts';
import type { AuditAnchorRow } from './store.ts';
import type { Tx } from './tx.ts';

/** The lock (an audit chain's lock, by a name no audit chain has) under which an anchor is inserted. */
export const ANCHORS_LOCK = 'anchors';
const PAGE = 1000;
/** Values per `in` list. */
const CHUNK = 500;

/** What an anchor's hash covers: every column but the hashes. */
export function anchorRecord(row: Omit<AuditAnchorRow, 'prevHash' | 'hash'>) {
  return { seq: row.seq, at: row.at, heads: row.heads, dossiers: row.dossiers };
}

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

type Read = <T>(body: (tx: Tx) => Step<T>) => Promise<T>;

/**
 * Writes the next anchor, unless the last one is younger than `minIntervalMs` at `at` or nothing was appended since
 * it. The anchor is laid out by reads, page by page (on SQLite, the one writer is not held while a long log is
 * read): what it holds was committed, whatever commits meanwhile is for the next anchor. Then one short write under
 * the anchors' lock inserts it, if no other process wrote one since the last read here.
 */
export async function writeAnchor(
  read: Read,
  write: Read,
  at: number,
  minIntervalMs: number,
): Promise<AuditAnchorRow | undefined> {
  // Not its `dossiers`: thousands of them in a busy province's interval, and this runs at every tick of the timers.
  const [last] = await read((tx) =>
    tx.select('auditAnchors', undefined, {
      columns: ['seq', 'at', 'heads', 'hash'],
      orderBy: [['seq', 'desc']],
      limit: 1,
    }),
  );
  if (last && at - last.at < minIntervalMs) return undefined;
  const heads = (await read((tx) => tx.auditHeads())).map(({ chain, seq, hash }) => ({
    chain,
    seq: Number(seq),
    hash,
  }));
  heads.sort(byKey((h) => h.chain));
  const since = new Map((last?.heads ?? []).map((h) => [h.chain, h.seq]));
  if (last && heads.length === since.size && heads.every((h) => since.get(h.chain) === h.seq))
    return undefined;

  // The dossiers named since the last anchor: entries up to the heads read are committed and never change.
  const codes = new Set<string>();
  for (const head of heads) {
    let after = since.get(head.chain) ?? 0;
    while (after < head.seq) {
      const from = after;
      const page = await read((tx) =>
        tx.select(
          'auditLog',
          { chain: head.chain, seq: { gt: from } },
          { columns: ['seq', 'target'], orderBy: [['seq', 'asc']], limit: PAGE },
        ),
      );
      if (page.length === 0) break;
      for (const entry of page) if (entry.seq <= head.seq) codes.add(entry.target);
      after = page[page.length - 1].seq;
    }
  }
  const dossiers: AuditAnchorRow['dossiers'] = [];
  const list = [...codes];
  for (let i = 0; i < list.length; i += CHUNK) {
    const chunk = list.slice(i, i + CHUNK);
    const found = await read(function* (tx) {
      const ids = (yield* tx.select('dossiers', { code: { in: chunk } }, { columns: ['id'] })).map(
        (d) => d.id,
      );
      return { ids, heads: yield* tx.eventHeads(ids) };
    });
    const lastEvent = new Map(found.heads.map((e) => [e.dossierId, e]));
    for (const id of found.ids) {
      const e = lastEvent.get(id);
      dossiers.push({ id, seq: e ? Number(e.seq) : 0, hash: e?.hash ?? GENESIS });
    }
  }
  dossiers.sort(byKey((d) => d.id));

  const base = { seq: (last?.seq ?? 0) + 1, at, heads, dossiers };
  const prevHash = last?.hash ?? GENESIS;
  const row: AuditAnchorRow = { ...base, prevHash, hash: chainHash(prevHash, anchorRecord(base)) };
  return write(function* (tx) {
    yield* tx.lockAuditChain(ANCHORS_LOCK);
    const [now] = yield* tx.select('auditAnchors', undefined, {
      columns: ['seq'],
      orderBy: [['seq', 'desc']],
      limit: 1,
    });
    // Another process wrote one since: this one would fork the anchors' chain.
    if ((now?.seq ?? 0) !== (last?.seq ?? 0)) return undefined;
    yield* tx.insert('auditAnchors', row);
    return row;
  });
}
