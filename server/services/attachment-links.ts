/**
 * Submitting a dossier with uploaded files: the files name the components handed in (for the engine's required
 * components check) and become the new dossier's in the transaction that creates it. Everything that can refuse
 * them is checked first, with clear errors; a concurrent submission of the same files loses in the transaction
 * (409, nothing written).
 */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { attachmentsById, type AttachmentMeta } from '../store/attachments.ts';
import type { Store } from '../store/index.ts';
import { serviceError } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

const MIB = 1024 * 1024;

/** A component's size limit in bytes (the definition gives megabytes). */
export function maxBytesOf(component: { maxSizeMB: number }): number {
  return Math.floor(component.maxSizeMB * MIB);
}

const at = (i: number) => `/attachments/${i}`;

function unknownAttachment(id: string, i: number) {
  return serviceError('ATTACHMENT_NOT_FOUND', 422, message('attachmentLinks.attachmentNotFound', { id }), {
    path: at(i),
  });
}

function notOwned(id: string, i: number) {
  return serviceError('ATTACHMENT_NOT_OWNED', 403, message('attachmentLinks.attachmentNotOwned', { id }), {
    path: at(i),
  });
}

/**
 * A file uploaded for another procedure (or a changed version) must still fit the component it stands for here:
 * the component exists, and its type and size limits hold.
 */
function checkFits(row: AttachmentMeta, i: number, definition: ProcedureDefinition): void {
  const component = definition.components.find((c) => c.id === row.componentId);
  const problem = !component
    ? 'component'
    : !component.acceptedTypes.includes(row.mediaType)
      ? 'type'
      : row.size > maxBytesOf(component)
        ? 'size'
        : undefined;
  if (problem === undefined) return;
  throw serviceError(
    'ATTACHMENT_DOES_NOT_FIT',
    422,
    message(
      problem === 'component'
        ? 'attachmentLinks.attachmentDoesNotFitComponent'
        : problem === 'type'
          ? 'attachmentLinks.attachmentDoesNotFitType'
          : 'attachmentLinks.attachmentDoesNotFitSize',
      { fileName: row.fileName, componentId: row.componentId, procedure: definition.code },
    ),
    { path: at(i), details: { attachmentId: row.id, componentId: row.componentId, problem } },
  );
}

/**
 * A file already belongs to another dossier: found by the checks (`which` names it), or another submission took
 * one of the files between the checks and the write.
 */
export function attachmentAlreadySubmitted(which?: { id: string; i: number }) {
  return serviceError(
    'ATTACHMENT_ALREADY_SUBMITTED',
    409,
    which
      ? message('attachmentLinks.attachmentAlreadySubmitted', { id: which.id })
      : message('attachmentLinks.attachmentJustSubmitted'),
    { path: which ? at(which.i) : '/attachments' },
  );
}

/**
 * The components that uploaded files stand for, once the files are checked: they must exist, be the submitter's
 * (else 403), not belong to a dossier yet, and fit the procedure's components. A replay of an earlier submission
 * (same Idempotency-Key) is answered before this check, so a file already linked is always someone else's use.
 */
export async function attachedComponents(
  store: Store,
  ownerId: string,
  ids: string[],
  definition: ProcedureDefinition,
): Promise<string[]> {
  const rows = new Map((await attachmentsById(store, ids)).map((r) => [r.id, r]));
  return ids.map((id, i) => {
    const row = rows.get(id);
    if (!row) throw unknownAttachment(id, i);
    if (row.ownerId !== ownerId) throw notOwned(id, i);
    if (row.dossierId !== null) throw attachmentAlreadySubmitted({ id, i });
    checkFits(row, i, definition);
    return row.componentId;
  });
}

/** The components of the files already linked to a dossier (uploaded for it, or submitted with it). */
export async function linkedComponents(store: Store, dossierId: string): Promise<string[]> {
  const rows = await store.run(
    (tx) => tx.select('attachments', { dossierId }, { columns: ['componentId'] }),
    'read',
  );
  return rows.map((r) => r.componentId);
}
