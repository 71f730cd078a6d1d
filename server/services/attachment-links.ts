/**
 * Submitting a dossier with uploaded files: the files name the components handed in (for the engine's required
 * components check) and become the new dossier's in the transaction that creates it. Everything that can refuse
 * them is checked first, with clear errors; a concurrent submission of the same files loses in the transaction
 * (409, nothing written).
 */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { attachmentsById, type AttachmentMeta } from '../store/attachments.ts';
import type { Store } from '../store/index.ts';
import { requireActor, type ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import {
  attachmentAlreadySubmitted,
  submitDossier,
  type SubmitInput,
  type SubmitResult,
} from './dossiers.ts';
import { serviceError } from './errors.ts';

const MIB = 1024 * 1024;

/** A component's size limit in bytes (the definition gives megabytes). */
export function maxBytesOf(component: { maxSizeMB: number }): number {
  return Math.floor(component.maxSizeMB * MIB);
}

const at = (i: number) => `/attachments/${i}`;

function unknownAttachment(id: string, i: number) {
  return serviceError(
    'ATTACHMENT_NOT_FOUND',
    422,
    `Không có tệp đính kèm "${id}".`,
    `There is no attachment "${id}".`,
    { path: at(i) },
  );
}

function notOwned(id: string, i: number) {
  return serviceError(
    'ATTACHMENT_NOT_OWNED',
    403,
    `Tệp đính kèm "${id}" không do bạn tải lên.`,
    `Attachment "${id}" was not uploaded by you.`,
    { path: at(i) },
  );
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
    `Tệp "${row.fileName}" không phù hợp với thành phần "${row.componentId}" của thủ tục ${definition.code} ` +
      `(${problem === 'component' ? 'không có thành phần này' : problem === 'type' ? 'loại tệp không được nhận' : 'quá dung lượng'}).`,
    `File "${row.fileName}" does not fit component "${row.componentId}" of procedure ${definition.code} ` +
      `(${problem === 'component' ? 'no such component' : problem === 'type' ? 'type not accepted' : 'too large'}).`,
    { path: at(i), details: { attachmentId: row.id, componentId: row.componentId, problem } },
  );
}

/** Whether this request replays an earlier one (same Idempotency-Key) whose dossier got these files. */
async function replayOf(store: Store, userId: string, key: string | undefined): Promise<string | undefined> {
  if (key === undefined) return undefined;
  const earlier = await store.getIdempotency(userId, key);
  const id = (earlier?.response as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * `submitDossier` with uploaded files: they must exist, be the submitter's (else 403), not belong to another
 * dossier, and fit the procedure's components; their components count as handed in. The answer adds the ids of
 * the files linked to the dossier.
 */
export async function submitWithAttachments(
  store: Store,
  ctx: ServiceContext,
  input: SubmitInput,
  attachmentIds: string[] | undefined,
): Promise<SubmitResult> {
  if (attachmentIds === undefined) return submitDossier(store, ctx, input);
  const actor = requireActor(ctx);
  const ids = [...new Set(attachmentIds)];
  const rows = new Map((await attachmentsById(store, ids)).map((r) => [r.id, r]));
  const procedure = await store.getProcedure(input.procedureCode);
  const definition = procedure?.liveVersionId
    ? await pinnedDefinition(store, procedure.liveVersionId)
    : undefined;
  const replayed = await replayOf(store, actor.userId, input.idempotencyKey);
  ids.forEach((id, i) => {
    const row = rows.get(id);
    if (!row) throw unknownAttachment(id, i);
    if (row.ownerId !== actor.userId) throw notOwned(id, i);
    if (row.dossierId !== null && row.dossierId !== replayed) throw attachmentAlreadySubmitted({ id, i });
    // An unknown or retired procedure: submitDossier says so.
    if (definition) checkFits(row, i, definition);
  });
  // In the request's order: a retry with the same Idempotency-Key must hash the same.
  const components = [
    ...new Set([...(input.components ?? []), ...ids.map((id) => rows.get(id)!.componentId)]),
  ];
  return submitDossier(store, ctx, { ...input, components, attachments: { ids, ownerId: actor.userId } });
}
