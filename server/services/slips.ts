/**
 * Projections of a dossier's event log: the process control slip (form 06, Circular 03/2025) and the history.
 * Nothing here reads the dossier's state: what the log says is what happened.
 */
import type { Task, Timing } from '../../runtime/engine/index.ts';
import { classifyTiming } from '../../runtime/engine/time/index.ts';
import type { EventRow, Store } from '../store/index.ts';
import type { ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { readableDossier } from './dossier-access.ts';
import { at, slipTime } from './format.ts';

export interface Person {
  userId: string | null;
  name: string | null;
  role: string;
}

/** One hand-off: the holder of a step finishes it and the dossier goes on to the next holders. */
export interface ControlSlipRow {
  step: string;
  stepLabel: { vi: string; en: string };
  unit: string;
  /** When this unit received the dossier for the step ("hh:mm dd/MM/yyyy"). */
  receivedAt: string;
  /** When it handed the dossier over. */
  handedOverAt: string;
  giver: Person;
  receivers: { unit: string; role: string; step: string; person: Person | null }[];
  /** Against the step's due time; null when the step had none. */
  result: Timing | null;
  outcome: string;
}

export interface ControlSlip {
  form: '06';
  code: string;
  procedureCode: string;
  rows: ControlSlipRow[];
}

async function names(store: Store, events: EventRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const users = await Promise.all(ids.map((id) => store.getUser(id)));
  return new Map(users.flatMap((u) => (u ? [[u.id, u.displayName] as [string, string]] : [])));
}

/** Form 06 from the event log: one row per step finished (hand-off), in order. */
export async function controlSlip(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<ControlSlip> {
  const row = await readableDossier(store, ctx, input?.code);
  const definition = await pinnedDefinition(store, row.versionId);
  const events = await store.listEvents(row.id);
  const who = await names(store, events);
  const person = (e: EventRow): Person => ({
    userId: e.actorId,
    name: e.actorId ? (who.get(e.actorId) ?? null) : null,
    role: e.role,
  });
  const label = (node: string) => {
    const n = definition.process.nodes.find((x) => x.id === node);
    return n?.label ?? { vi: node, en: node };
  };
  // Who took each task up: the actor of the event that closed it.
  const closer = new Map<string, EventRow>();
  for (const e of events) for (const c of e.payload.closed ?? []) closer.set(c.task.id, e);
  const rows: ControlSlipRow[] = [];
  for (const e of events) {
    const closed = e.payload.closed ?? [];
    const opened: Task[] = e.payload.opened ?? [];
    for (const { task, outcome } of closed) {
      rows.push({
        step: task.node,
        stepLabel: label(task.node),
        unit: task.unit,
        receivedAt: slipTime(task.openedAt)!,
        handedOverAt: slipTime(e.at)!,
        giver: person(e),
        receivers: opened.map((t) => {
          const by = closer.get(t.id);
          return { unit: t.unit, role: t.role, step: t.node, person: by ? person(by) : null };
        }),
        result: task.dueAt === undefined ? null : classifyTiming(e.at, task.dueAt),
        outcome,
      });
    }
  }
  return { form: '06', code: row.code, procedureCode: row.procedureCode, rows };
}

export interface HistoryItem {
  seq: number;
  at: string;
  time: string;
  event: string;
  role: string;
  actor: { userId: string; name: string | null } | null;
  node: string | null;
  unit: string | null;
  status: string;
  input: Record<string, unknown> | null;
  slips: string[];
}

/** The event log as people read it (applicant and handling officers). */
export async function dossierHistory(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<HistoryItem[]> {
  const row = await readableDossier(store, ctx, input?.code);
  const events = await store.listEvents(row.id);
  const who = await names(store, events);
  return events.map((e) => {
    const entry = e.payload.entry;
    return {
      seq: e.seq,
      at: at(e.at),
      time: slipTime(e.at)!,
      event: e.event,
      role: e.role,
      actor: e.actorId ? { userId: e.actorId, name: who.get(e.actorId) ?? null } : null,
      node: entry.node ?? null,
      unit: entry.unit ?? null,
      status: entry.status,
      input: entry.input ?? null,
      slips: e.payload.slips ?? [],
    };
  });
}
