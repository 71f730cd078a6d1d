/**
 * The audit trail: one global hash chain over every mutation, and one chain per dossier over its events.
 * `verifyAudit` recomputes both and names the first record that does not fit (`npx motcua audit verify`).
 */
import {
  auditRecord,
  canonicalJson,
  chainHash,
  eventRecord,
  GENESIS,
  type AuditRow,
  type Store,
} from '../store/index.ts';
import { requireActor, type ServiceContext } from './context.ts';
import { invalidInput } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export interface TamperedRecord {
  table: 'audit_log' | 'dossier_events' | 'dossiers';
  /** audit_log: the entry's seq; dossier_events: the event's seq within its dossier. */
  seq: number;
  dossierId?: string;
  dossierCode?: string;
  reason: { vi: string; en: string };
}

export interface AuditReport {
  ok: boolean;
  checked: { auditEntries: number; dossiers: number; events: number };
  /** The first record that breaks a chain: audit log first, then dossiers in id order. */
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
};

/** Recomputes every chain. Reads everything once, page by page. */
export async function verifyAudit(store: Store): Promise<AuditReport> {
  const problems: TamperedRecord[] = [];
  const report = (p: TamperedRecord) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const checked = { auditEntries: 0, dossiers: 0, events: 0 };

  let prev: AuditRow | undefined;
  for (;;) {
    const page = await store.scanAudit(prev?.seq ?? 0, PAGE);
    for (const row of page) {
      const expectedSeq = (prev?.seq ?? 0) + 1;
      const prevHash = prev?.hash ?? GENESIS;
      if (row.seq !== expectedSeq) report({ table: 'audit_log', seq: row.seq, reason: REASONS.gap });
      else if (row.prevHash !== prevHash) report({ table: 'audit_log', seq: row.seq, reason: REASONS.link });
      if (row.hash !== chainHash(row.prevHash, auditRecord(row)))
        report({ table: 'audit_log', seq: row.seq, reason: REASONS.hash });
      prev = row;
      checked.auditEntries++;
    }
    if (page.length < PAGE) break;
  }

  let afterId: string | undefined;
  for (;;) {
    const dossiers = await store.scanDossiers(afterId, PAGE);
    for (const d of dossiers) {
      const events = await store.listEvents(d.id);
      const at = { dossierId: d.id, dossierCode: d.code };
      let prevHash = GENESIS;
      events.forEach((e, i) => {
        if (e.seq !== i + 1) report({ table: 'dossier_events', seq: e.seq, ...at, reason: REASONS.gap });
        else if (e.prevHash !== prevHash)
          report({ table: 'dossier_events', seq: e.seq, ...at, reason: REASONS.link });
        if (e.hash !== chainHash(e.prevHash, eventRecord(e)))
          report({ table: 'dossier_events', seq: e.seq, ...at, reason: REASONS.hash });
        prevHash = e.hash;
      });
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
  return { ok: problems.length === 0, checked, firstTampered: problems[0], problems };
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
