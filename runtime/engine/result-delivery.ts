import type { ProcedureDefinition, ResultDocument } from '../../schemas/procedure.ts';
import type { Dossier } from './dossier.ts';
import { configOf, type HolderConfig } from './nodes/holder.ts';

/**
 * The result documents a dossier is issued, or before issue may be: those named by the result steps it went
 * through (all the steps that can issue, before any did). A step that names no document issues the procedure's.
 */
function documentsOf(definition: ProcedureDefinition, dossier: Dossier): ResultDocument[] {
  const issuing = definition.process.nodes.filter((n) => n.type === 'result');
  const issued = new Set(dossier.history.filter((h) => h.event === 'issue_result').map((h) => h.node));
  const steps = issued.size > 0 ? issuing.filter((n) => issued.has(n.id)) : issuing;
  const named = steps.map((n) => configOf<{ document?: string }>(n).document);
  if (named.includes(undefined)) return definition.results;
  return definition.results.filter((r) => named.includes(r.id));
}

/** The documents of the dossier that must be collected in person (at the counter: never online, never by post). */
export function inPersonDocuments(definition: ProcedureDefinition, dossier: Dossier): ResultDocument[] {
  return documentsOf(definition, dossier).filter((r) => r.delivery === 'in_person');
}

/** Where a result to be collected in person is handed over: the unit of the delivery step, else the dossier's. */
export function collectionUnit(definition: ProcedureDefinition, dossier: Dossier): string {
  const step = definition.process.nodes.find((n) => n.type === 'delivery');
  return (step && configOf<HolderConfig>(step).unit) ?? dossier.unit;
}

/**
 * What screens say about collecting the result ("Nhận kết quả trực tiếp tại …"): the documents to collect in person
 * and the unit where; null when any method will do.
 */
export function resultDeliveryView(definition: ProcedureDefinition, dossier: Dossier) {
  const documents = inPersonDocuments(definition, dossier);
  if (documents.length === 0) return null;
  return {
    inPerson: true as const,
    unit: collectionUnit(definition, dossier),
    documents: documents.map((r) => ({ id: r.id, name: r.name })),
  };
}
