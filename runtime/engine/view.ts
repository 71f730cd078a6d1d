import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type { Dossier } from './dossier.ts';
import { resultDeliveryView } from './result-delivery.ts';
import { formatInstant } from './time/index.ts';

const at = (t: number | undefined) => (t === undefined ? null : formatInstant(t));

/**
 * A dossier as people and integrators read it: times in +07:00, open work, the timeline; given its definition,
 * also how its result is collected (`resultDelivery`).
 */
export function dossierView(d: Dossier, definition?: ProcedureDefinition) {
  return {
    status: d.status,
    timing: d.timing ?? null,
    receivedAt: at(d.receivedAt),
    deemedReceivedAt: at(d.deemedReceivedAt),
    dueAt: at(d.dueAt),
    promisedAt: at(d.promisedAt),
    finishedAt: at(d.finishedAt),
    /** While the applicant is asked for more: since when, and what the officer wrote (the guidance of form 02). */
    supplement: d.pause ? { since: formatInstant(d.pause.since), reasons: d.pause.reasons } : null,
    fees: { total: d.fees.total, paid: d.fees.paid, items: d.fees.items },
    openTasks: d.tasks.map((t) => ({ node: t.node, role: t.role, unit: t.unit, dueAt: at(t.dueAt) })),
    history: d.history.map((h) => ({
      at: at(h.at),
      event: h.event,
      role: h.role,
      ...(h.node ? { node: h.node } : {}),
      ...(h.unit ? { unit: h.unit } : {}),
      status: h.status,
    })),
    ...(definition ? { resultDelivery: resultDeliveryView(definition, d) } : {}),
  };
}
