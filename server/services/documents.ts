/**
 * The citizen's personal data store for files (DOMAIN.md §10, `vault`): the documents they handed in with earlier
 * dossiers, and their reuse in a new application instead of uploading them again. A reused document becomes a new
 * upload of the caller's, for the component it now stands for, so that submissions and drafts take it like any
 * other (`attachments: [id]`).
 */
import { randomUUID } from 'node:crypto';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type { ReuseInput } from '../contracts/documents.ts';
import { attachmentNotFound, tooLarge, typeNotAccepted } from '../attachments/errors.ts';
import { forbidden } from '../errors.ts';
import { attachmentsById, copyAttachment } from '../store/attachments.ts';
import type { Store } from '../store/index.ts';
import { attachmentView, planUpload, type AttachmentView } from './attachments.ts';
import { requireAnyRole, type ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { at, clampPage } from './format.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** The vault is the applicant's: officers hand in papers for walk-ins, not documents of their own. */
const applicant = (ctx: ServiceContext) => requireAnyRole(ctx, ['citizen']);

/** The files handed in with the caller's dossiers, newest first, with the component each stood for. */
export async function myDocuments(
  store: Store,
  ctx: ServiceContext,
  input: { limit?: number; offset?: number },
) {
  const { userId } = applicant(ctx);
  const page = clampPage(input);
  const { rows, total } = await store.run((tx) => tx.documentsOf({ applicantId: userId, ...page }), 'read');
  // Component names come from the version each dossier ran on (cached per version).
  const definitions = new Map<string, ProcedureDefinition>();
  for (const versionId of new Set(rows.map((r) => r.dossier.versionId)))
    definitions.set(versionId, await pinnedDefinition(store, versionId));
  return {
    total,
    ...page,
    items: rows.map(({ file, dossier, nameVi, nameEn }) => {
      const component = definitions.get(dossier.versionId)!.components.find((c) => c.id === file.componentId);
      return {
        id: file.id,
        fileName: file.fileName,
        size: file.size,
        mediaType: file.mediaType,
        sha256: file.sha256,
        componentId: file.componentId,
        componentName: component?.name ?? null,
        dossierCode: dossier.code,
        procedureCode: dossier.procedureCode,
        procedureName: { vi: nameVi, en: nameEn },
        uploadedAt: at(file.createdAt),
      };
    }),
  };
}

/**
 * A document of the caller's vault as a new upload for a component of a live procedure: the caller must be the
 * applicant of the dossier it was handed in with, and it must fit the component as an upload would (type, size).
 * Audited like an upload, naming the document it came from.
 */
export async function reuseDocument(
  store: Store,
  ctx: ServiceContext,
  input: ReuseInput,
): Promise<AttachmentView> {
  const { userId } = applicant(ctx);
  const [source] = await attachmentsById(store, [input.id]);
  if (!source) throw attachmentNotFound(input.id);
  const dossier = source.dossierId === null ? undefined : await store.getDossier({ id: source.dossierId });
  if (dossier?.applicantId !== userId) {
    throw forbidden(message('documents.onlyFilesHandedWith'));
  }
  const { component, maxBytes } = await planUpload(store, ctx, {
    componentId: input.componentId,
    procedureCode: input.procedureCode,
  });
  if (!component.acceptedTypes.includes(source.mediaType))
    throw typeNotAccepted(source.mediaType, component.acceptedTypes, component.id);
  if (source.size > maxBytes) throw tooLarge(maxBytes, component.id);
  const row = {
    id: randomUUID(),
    dossierId: null,
    componentId: component.id,
    ownerId: userId,
    fileName: source.fileName,
    mediaType: source.mediaType,
    size: source.size,
    sha256: source.sha256,
    createdAt: ctx.now,
  };
  const copied = await copyAttachment(store, source.id, row, {
    at: ctx.now,
    actorId: userId,
    action: 'attachment.reuse',
    target: `attachment:${row.id}`,
    payload: {
      id: row.id,
      from: source.id,
      componentId: row.componentId,
      mediaType: row.mediaType,
      size: row.size,
      sha256: row.sha256,
    },
  });
  if (!copied) throw attachmentNotFound(input.id);
  return attachmentView(row);
}
