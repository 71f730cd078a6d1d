/**
 * A citizen's drafts of applications: the portal saves the e-form as it is filled, and the citizen resumes it on
 * any device; submitting the procedure removes the draft (dossiers.ts, in the submission's transaction). Drafts
 * are the applicant's alone: no officer reads them.
 */
import type { SaveDraftInput } from '../contracts/drafts.ts';
import { serviceError } from '../errors.ts';
import { attachmentsById } from '../store/attachments.ts';
import { discardDraft, draftsOf, getDraft, saveDraft } from '../store/drafts.ts';
import { RevisionConflict, type Store } from '../store/index.ts';
import { attachedComponents } from './attachment-links.ts';
import { liveDefinition } from './catalogue.ts';
import { requireAnyRole, type ServiceContext } from './context.ts';
import { at, clampPage } from './format.ts';
import { attachmentView } from './attachments.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** The form answers of one application, serialized: far more than any e-form holds, far less than a file. */
export const MAX_DRAFT_BYTES = 256 * 1024;

/** Only applicants keep drafts: online submission is the citizen's (reception enters walk-ins at once). */
const applicant = (ctx: ServiceContext) => requireAnyRole(ctx, ['citizen']);

function draftNotFound(code: string) {
  return serviceError('DRAFT_NOT_FOUND', 404, message('drafts.draftNotFound', { code }), { path: '/code' });
}

function draftChanged(current: number | undefined) {
  return serviceError(
    'DRAFT_CHANGED',
    409,
    current === undefined ? message('drafts.draftGone') : message('drafts.draftChanged', { current }),
    { path: '/revision', details: { currentRevision: current ?? null } },
  );
}

function draftTooLarge(bytes: number) {
  return serviceError(
    'DRAFT_TOO_LARGE',
    413,
    message('drafts.draftTooLarge', { bytes, max: MAX_DRAFT_BYTES }),
    { path: '/data', details: { bytes, maxBytes: MAX_DRAFT_BYTES } },
  );
}

/** The form data as stored, once it is within bounds. */
function boundedData(data: Record<string, unknown>): void {
  const text = JSON.stringify(data);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_DRAFT_BYTES) throw draftTooLarge(bytes);
}

export async function getMyDraft(store: Store, ctx: ServiceContext, input: { code: string }) {
  const { userId } = applicant(ctx);
  const row = await getDraft(store, { userId, procedureCode: input.code });
  if (!row) throw draftNotFound(input.code);
  // Files submitted since with another dossier, or no longer the caller's, are not offered again.
  const files = new Map((await attachmentsById(store, row.attachments)).map((f) => [f.id, f]));
  const usable = row.attachments.flatMap((id) => {
    const file = files.get(id);
    return file && file.ownerId === userId && file.dossierId === null ? [attachmentView(file)] : [];
  });
  return {
    procedureCode: row.procedureCode,
    versionId: row.versionId,
    data: row.data,
    attachments: usable,
    revision: row.revision,
    updatedAt: at(row.updatedAt),
  };
}

/**
 * Creates or replaces the caller's draft of a live procedure. Its files are checked as a submission checks them
 * (the caller's, in no dossier yet, fitting the procedure's components), so that a resumed draft can be submitted.
 */
export async function saveMyDraft(store: Store, ctx: ServiceContext, input: SaveDraftInput) {
  const { userId } = applicant(ctx);
  boundedData(input.data);
  const { versionId, definition } = await liveDefinition(store, input.code);
  if (definition.level === 'info_only') {
    throw serviceError('PROCEDURE_INFO_ONLY', 422, message('drafts.procedureInfoOnly'), { path: '/code' });
  }
  const attachments = [...new Set(input.attachments ?? [])];
  await attachedComponents(store, userId, attachments, definition);
  try {
    const revision = await saveDraft(
      store,
      {
        userId,
        procedureCode: definition.code,
        versionId,
        data: input.data,
        attachments,
        updatedAt: ctx.now,
      },
      input.revision,
      {
        at: ctx.now,
        actorId: userId,
        action: 'draft.save',
        target: `draft:${definition.code}`,
        payload: { versionId, attachments: attachments.length },
      },
    );
    return { revision, updatedAt: at(ctx.now) };
  } catch (error) {
    if (error instanceof RevisionConflict) throw draftChanged(error.currentRevision);
    throw error;
  }
}

/** Removes the caller's draft; removing one that is gone already (submitted, discarded elsewhere) is no error. */
export async function discardMyDraft(store: Store, ctx: ServiceContext, input: { code: string }) {
  const { userId } = applicant(ctx);
  await discardDraft(
    store,
    { userId, procedureCode: input.code },
    { at: ctx.now, actorId: userId, action: 'draft.discard', target: `draft:${input.code}` },
  );
  return { ok: true as const };
}

/** The caller's drafts, last saved first: what "my dossiers" offers to resume. */
export async function myDrafts(
  store: Store,
  ctx: ServiceContext,
  input: { limit?: number; offset?: number },
) {
  const { userId } = applicant(ctx);
  const page = clampPage(input);
  const { items, total } = await draftsOf(store, userId, page);
  return {
    total,
    ...page,
    items: items.map((d) => ({
      procedureCode: d.procedureCode,
      procedureName: { vi: d.procedure.nameVi, en: d.procedure.nameEn },
      live: d.procedure.live,
      versionId: d.versionId,
      revision: d.revision,
      updatedAt: at(d.updatedAt),
    })),
  };
}
