/**
 * The audit trail: the audit log's hash chains (one per unit, `system`, the closed `legacy`), each dossier's event
 * chain, and the anchors that chain the heads of all of them (server/store/anchors.ts). `verifyAudit` recomputes
 * them all and names the first record that does not fit in each chain (`npx motcua audit verify`).
 */
import {
  anchorRecord,
  auditRecord,
  canonicalJson,
  chainHash,
  eventRecord,
  GENESIS,
  type AuditAnchorRow,
  type AuditRow,
  type Store,
} from '../store/index.ts';
import { requireActor, type ServiceContext } from './context.ts';
import { invalidInput } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export interface TamperedRecord {
  table: 'audit_log' | 'audit_anchors' | 'dossier_events' | 'dossiers';
  /** audit_log: the entry's chain. */
  chain?: string;
  /** audit_log: the entry's seq in its chain; dossier_events: the event's seq within its dossier; anchors: its seq. */
  seq: number;
  dossierId?: string;
  dossierCode?: string;
  reason: { vi: string; en: string };
}

export interface ChainReport {
  chain: string;
  entries: number;
  /** The first record of the chain that does not fit. */
  firstTampered?: TamperedRecord;
}

export interface AuditReport {
  ok: boolean;
  checked: { auditEntries: number; chains: number; anchors: number; dossiers: number; events: number };
  /** Every audit chain, in name order, with its first break. */
  chains: ChainReport[];
  /** The first record that breaks a chain: audit chains first (in name order), then anchors, then dossiers. */
  firstTampered?: TamperedRecord;
  /** Every break found (at most 100). */
  problems: TamperedRecord[];
}

const PAGE = 1000;
const MAX_PROBLEMS = 100;

const REASONS = {
  gap: message('audit.gap'),
  link: message('audit.link'),
  hash: message('audit.hash'),
  state: message('audit.state'),
  anchored: message('audit.anchored'),
  truncated: message('audit.truncated'),
  deleted: message('audit.deleted'),
  unrecorded: message('audit.unrecorded'),
};

/** The action of the audit entry every submission writes in its unit's chain, its target the dossier's code. */
export const SUBMISSION_AUDIT = 'dossier.submit';

/** Recomputes every chain and checks them against every anchor. Reads everything once, page by page. */
export async function verifyAudit(store: Store): Promise<AuditReport> {
  const problems: TamperedRecord[] = [];
  const report = (p: TamperedRecord) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const checked = { auditEntries: 0, chains: 0, anchors: 0, dossiers: 0, events: 0 };

  // The anchors first: what they hold must still be there.
  const anchoredHeads = new Map<string, Map<number, string>>();
  const anchoredDossiers = new Map<string, { seq: number; hash: string }>();
  const anchorProblems: TamperedRecord[] = [];
  let prevAnchor: AuditAnchorRow | undefined;
  for (;;) {
    const page = await store.scanAnchors(prevAnchor?.seq ?? 0, PAGE);
    for (const a of page) {
      const at = { table: 'audit_anchors' as const, seq: a.seq };
      if (a.seq !== (prevAnchor?.seq ?? 0) + 1) anchorProblems.push({ ...at, reason: REASONS.gap });
      else if (a.prevHash !== (prevAnchor?.hash ?? GENESIS))
        anchorProblems.push({ ...at, reason: REASONS.link });
      if (a.hash !== chainHash(a.prevHash, anchorRecord(a)))
        anchorProblems.push({ ...at, reason: REASONS.hash });
      for (const h of a.heads) {
        let seqs = anchoredHeads.get(h.chain);
        if (!seqs) anchoredHeads.set(h.chain, (seqs = new Map()));
        seqs.set(h.seq, h.hash);
      }
      for (const d of a.dossiers) anchoredDossiers.set(d.id, { seq: d.seq, hash: d.hash });
      prevAnchor = a;
      checked.anchors++;
    }
    if (page.length < PAGE) break;
  }

  // Every dossier the log says was submitted, until the dossiers' scan finds it: what is left was deleted, even
  // before any anchor held it.
  const submitted = new Map<string, { chain: string; seq: number }>();
  const chainNames = new Set([...(await store.auditHeads()).map((h) => h.chain), ...anchoredHeads.keys()]);
  const chains: ChainReport[] = [];
  for (const chain of [...chainNames].sort()) {
    const found: TamperedRecord[] = [];
    const flag = (seq: number, reason: TamperedRecord['reason']) =>
      found.push({ table: 'audit_log', chain, seq, reason });
    const expected = anchoredHeads.get(chain) ?? new Map<number, string>();
    let prev: AuditRow | undefined;
    let entries = 0;
    for (;;) {
      const page = await store.scanAudit(chain, prev?.seq ?? 0, PAGE);
      for (const row of page) {
        if (row.seq !== (prev?.seq ?? 0) + 1) flag(row.seq, REASONS.gap);
        else if (row.prevHash !== (prev?.hash ?? GENESIS)) flag(row.seq, REASONS.link);
        if (row.hash !== chainHash(row.prevHash, auditRecord(row))) flag(row.seq, REASONS.hash);
        const anchored = expected.get(row.seq);
        if (anchored !== undefined && anchored !== row.hash) flag(row.seq, REASONS.anchored);
        if (row.action === SUBMISSION_AUDIT) submitted.set(row.target, { chain, seq: row.seq });
        prev = row;
        entries++;
      }
      if (page.length < PAGE) break;
    }
    // An anchor holds an entry past the chain's end: the tail was cut from the entry after the last one left.
    const lastSeq = prev?.seq ?? 0;
    if ([...expected.keys()].some((seq) => seq > lastSeq)) flag(lastSeq + 1, REASONS.truncated);
    found.forEach(report);
    chains.push({ chain, entries, firstTampered: found[0] });
    checked.auditEntries += entries;
    checked.chains++;
  }
  anchorProblems.forEach(report);

  let afterId: string | undefined;
  for (;;) {
    const dossiers = await store.scanDossiers(afterId, PAGE);
    for (const d of dossiers) {
      const events = await store.listEvents(d.id);
      const at = { dossierId: d.id, dossierCode: d.code };
      submitted.delete(d.code);
      let prevHash = GENESIS;
      events.forEach((e, i) => {
        if (e.seq !== i + 1) report({ table: 'dossier_events', seq: e.seq, ...at, reason: REASONS.gap });
        else if (e.prevHash !== prevHash)
          report({ table: 'dossier_events', seq: e.seq, ...at, reason: REASONS.link });
        if (e.hash !== chainHash(e.prevHash, eventRecord(e)))
          report({ table: 'dossier_events', seq: e.seq, ...at, reason: REASONS.hash });
        prevHash = e.hash;
      });
      const anchored = anchoredDossiers.get(d.id);
      if (anchored) {
        anchoredDossiers.delete(d.id);
        const event = events.find((e) => e.seq === anchored.seq);
        if (anchored.seq > 0 && !event)
          report({ table: 'dossier_events', seq: anchored.seq, ...at, reason: REASONS.truncated });
        else if (event && event.hash !== anchored.hash)
          report({ table: 'dossier_events', seq: anchored.seq, ...at, reason: REASONS.anchored });
      }
      // The state is a cache of the log: its history must be the log's entries, one for one.
      const history = d.state.history;
      const differs =
        history.length !== events.length ||
        events.some((e, i) => canonicalJson(e.payload.entry) !== canonicalJson(history[i]));
      if (differs) report({ table: 'dossiers', seq: d.revision, ...at, reason: REASONS.state });
      checked.dossiers++;
      checked.events += events.length;
      afterId = d.id;
    }
    if (dossiers.length < PAGE) break;
  }
  // Anchored dossiers that are gone.
  for (const [id, { seq }] of [...anchoredDossiers].sort(([a], [b]) => (a < b ? -1 : 1)))
    report({ table: 'dossiers', seq, dossierId: id, reason: REASONS.deleted });
  for (const [code, { chain, seq }] of submitted)
    report({ table: 'audit_log', chain, seq, dossierCode: code, reason: REASONS.unrecorded });
  return { ok: problems.length === 0, checked, chains, firstTampered: problems[0], problems };
}

/** An audit entry for a mutation made outside the services (sign-in, sign-out, password change, user admin). */
export async function recordAudit(
  store: Store,
  ctx: ServiceContext,
  input: { action: string; target: string; payload?: Record<string, unknown> },
): Promise<{ seq: number; hash: string }> {
  const actor = requireActor(ctx);
  if (typeof input?.action !== 'string' || input.action === '') {
    throw invalidInput('/action', message('audit.actionRequired'));
  }
  const row = await store.appendAudit({
    at: ctx.now,
    actorId: actor.userId,
    action: input.action,
    target: String(input.target ?? ''),
    payload: input.payload ?? {},
  });
  return { seq: row.seq, hash: row.hash };
}
