/**
 * Who may upload a file for which dossier component, under which limits, and who may read it back. The bytes are
 * handled by server/attachments (streaming, sniffing, storage); these functions only decide and record.
 */
import type { Component, ProcedureDefinition } from '../../schemas/procedure.ts';
import { attachmentNotFound } from '../attachments/errors.ts';
import { attachmentsById, insertAttachment, type AttachmentMeta } from '../store/attachments.ts';
import type { Store } from '../store/index.ts';
import { liveDefinition } from './catalogue.ts';
import { hasRole, requireActor, type Actor, type ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { maxBytesOf } from './attachment-links.ts';
import { handles, loadDossier, ownsOrHandles } from './dossier-access.ts';
import { forbidden, invalidInput, serviceError } from '../errors.ts';
import { resultFileComponent } from './results.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export interface UploadTarget {
  componentId?: string;
  /**
   * Or the result document of the dossier (`dossierCode`) that the file is, uploaded by an officer of a handling
   * unit to issue it: kept apart from the dossier's components until issue_result names it (services/results.ts).
   */
  resultId?: string;
  /** A component of the procedure's live version, for a dossier about to be submitted… */
  procedureCode?: string;
  /** …or of an existing dossier's own (pinned) version, for a file added to it (e.g. a supplement). */
  dossierCode?: string;
}

export interface UploadPlan {
  ownerId: string;
  component: Component;
  /** `maxSizeMB` in bytes (1 MB = 1,048,576 bytes). */
  maxBytes: number;
  /** The dossier the file is added to, if any (linked at once; a result file is not: it is issued). */
  dossier?: { id: string; code: string; linked: boolean };
}

/** What the uploader gets back. */
export interface AttachmentView {
  id: string;
  componentId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export const attachmentView = (row: Omit<AttachmentMeta, 'storagePath'>): AttachmentView => ({
  id: row.id,
  componentId: row.componentId,
  fileName: row.fileName,
  mediaType: row.mediaType,
  size: row.size,
  sha256: row.sha256,
});

export function componentUnknown(
  componentId: string,
  definition: ProcedureDefinition,
  path = '/componentId',
) {
  return serviceError(
    'COMPONENT_UNKNOWN',
    422,
    message('attachments.componentUnknown', { code: definition.code, componentId }),
    { path, details: { componentId, components: definition.components.map((c) => c.id) } },
  );
}

/** A citizen uploads for their own dossier; a one-stop officer scans the papers of a walk-in at the counter. */
function mayUploadForNew(actor: Actor): boolean {
  return hasRole(actor, 'citizen') || hasRole(actor, 'reception');
}

/** Checks who uploads what, before a byte is read, and gives the component's limits. */
export async function planUpload(
  store: Store,
  ctx: ServiceContext,
  target: UploadTarget,
): Promise<UploadPlan> {
  const actor = requireActor(ctx);
  if (target.resultId !== undefined) return planResultUpload(store, actor, target);
  let definition: ProcedureDefinition;
  let dossier: UploadPlan['dossier'];
  if (target.dossierCode !== undefined) {
    const row = await loadDossier(store, target.dossierCode);
    // Files are added by the applicant, or at the counter by the one-stop officers of a handling unit.
    if (!ownsOrHandles(actor, row, (role) => role === 'reception')) {
      throw forbidden(message('attachments.onlyApplicantOrReception'));
    }
    if (target.procedureCode !== undefined && target.procedureCode !== row.procedureCode) {
      throw serviceError(
        'PROCEDURE_MISMATCH',
        422,
        message('attachments.procedureMismatch', {
          code: row.code,
          procedureCode: row.procedureCode,
          procedureCode2: target.procedureCode,
        }),
        { path: '/procedureCode' },
      );
    }
    if (row.state.outcome) {
      throw serviceError('DOSSIER_FINISHED', 409, message('attachments.dossierFinished'), {
        path: '/dossierCode',
      });
    }
    // The dossier runs on the version it started on: its components, its limits.
    definition = await pinnedDefinition(store, row.versionId);
    dossier = { id: row.id, code: row.code, linked: true };
  } else if (target.procedureCode !== undefined) {
    if (!mayUploadForNew(actor)) {
      throw forbidden(message('attachments.onlyCitizensReceptionOfficers'));
    }
    ({ definition } = await liveDefinition(store, target.procedureCode));
  } else {
    throw invalidInput('/procedureCode', message('attachments.procedureOrDossierRequired'));
  }
  const componentId = target.componentId ?? '';
  const component = definition.components.find((c) => c.id === componentId);
  if (!component) throw componentUnknown(componentId, definition);
  return { ownerId: actor.userId, component, maxBytes: maxBytesOf(component), dossier };
}

/** What a result file may be: a signed PDF. */
export const RESULT_FILE_LIMITS = { acceptedTypes: ['application/pdf'], maxSizeMB: 20 };

/** A result file: by an officer of a unit handling the dossier, for one of its procedure's result documents. */
async function planResultUpload(store: Store, actor: Actor, target: UploadTarget): Promise<UploadPlan> {
  const resultId = target.resultId!;
  if (target.dossierCode === undefined) {
    throw invalidInput('/dossierCode', message('attachments.resultFileNeedsDossier'));
  }
  const row = await loadDossier(store, target.dossierCode);
  if (!handles(actor, row)) {
    throw forbidden(message('attachments.onlyOfficersUnitHandling'));
  }
  const definition = await pinnedDefinition(store, row.versionId);
  const result = definition.results.find((r) => r.id === resultId);
  if (!result) {
    throw serviceError(
      'RESULT_UNKNOWN',
      422,
      message('attachments.resultUnknown', { code: definition.code, resultId }),
      { path: '/resultId', details: { results: definition.results.map((r) => r.id) } },
    );
  }
  const component: Component = {
    id: resultFileComponent(result.id),
    name: result.name,
    copies: { original: 1, copy: 0 },
    required: false,
    ...RESULT_FILE_LIMITS,
  };
  return {
    ownerId: actor.userId,
    component,
    maxBytes: maxBytesOf(component),
    dossier: { id: row.id, code: row.code, linked: false },
  };
}

/** Records a stored file: the row is written only now, after its content is safely in place. */
export async function recordAttachment(
  store: Store,
  ctx: ServiceContext,
  plan: UploadPlan,
  file: Omit<AttachmentMeta, 'dossierId' | 'componentId' | 'ownerId' | 'createdAt'> & {
    content: Buffer | null;
  },
): Promise<AttachmentView> {
  const row = {
    ...file,
    dossierId: plan.dossier?.linked ? plan.dossier.id : null,
    componentId: plan.component.id,
    ownerId: plan.ownerId,
    createdAt: ctx.now,
  };
  await insertAttachment(store, row, {
    at: ctx.now,
    actorId: plan.ownerId,
    action: 'attachment.upload',
    target: plan.dossier?.code ?? `attachment:${row.id}`,
    payload: {
      id: row.id,
      componentId: row.componentId,
      mediaType: row.mediaType,
      size: row.size,
      sha256: row.sha256,
    },
  });
  return attachmentView(row);
}

/**
 * The attachment, if the actor uploaded it, is the applicant of the dossier it belongs to, or works (reception,
 * specialist, leader) in a unit that handles or handled that dossier. Anyone else: 403.
 */
export async function readableAttachment(
  store: Store,
  ctx: ServiceContext,
  id: string,
): Promise<AttachmentMeta> {
  const actor = requireActor(ctx);
  const [row] = await attachmentsById(store, [id]);
  if (!row) throw attachmentNotFound(id);
  if (row.ownerId !== null && row.ownerId === actor.userId) return row;
  // Not auditors: they read dossiers and their history, not the applicant's files.
  const dossier = row.dossierId === null ? undefined : await store.getDossier({ id: row.dossierId });
  if (dossier && ownsOrHandles(actor, dossier)) return row;
  throw forbidden(message('attachments.youMayNotSee'));
}
