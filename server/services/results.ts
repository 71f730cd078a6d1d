/**
 * The e-result (DOMAIN §4.10): when a result is issued, the file the issuing officer uploaded — else a PDF the
 * server generates — becomes the dossier's e-result, recorded with its SHA-256 and a random token. The token's
 * public page (its QR code) tells anyone holding a copy whether it is the file issued, without personal data.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Effect, Localized } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { resultPdf } from '../slips-pdf/result.ts';
import { attachmentsById, type AttachmentMeta, type AttachmentRow } from '../store/attachments.ts';
import {
  isUniqueViolation,
  secretToken,
  timeOrderedId,
  type DossierChange,
  type DossierResultRow,
  type DossierRow,
  type Store,
} from '../store/index.ts';
import { forbidden, serviceError } from '../errors.ts';
import { requireActor, type ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { loadDossier, ownsOrHandles } from './dossier-access.ts';
import { at, slipTime } from './format.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** The component id of a result file: no dossier component has a colon in its id, so none is taken for one. */
export const resultFileComponent = (document: string) => `result:${document}`;

/** Where a result's verification page is, under the portal's address. */
export const verifyPath = (token: string) => `/xac-thuc/${token}`;

function resultFileUnusable(id: string, why: Localized) {
  return serviceError('RESULT_FILE_UNUSABLE', 422, message('results.resultFileUnusable', { id, why }), {
    path: '/input/file',
  });
}

/** The uploaded file the officer named, once it is theirs, a result file for this document, and unused. */
async function namedFile(
  store: Store,
  id: string,
  actorId: string,
  document?: string,
): Promise<AttachmentMeta> {
  const [file] = await attachmentsById(store, [id]);
  if (!file || file.ownerId !== actorId) {
    throw resultFileUnusable(id, message('results.notAmongFilesYou'));
  }
  const forResult = document
    ? file.componentId === resultFileComponent(document)
    : file.componentId.startsWith(resultFileComponent(''));
  if (file.dossierId !== null || !forResult) {
    throw resultFileUnusable(
      id,
      document
        ? message('results.notUploadedAsResultNamed', { document })
        : message('results.notUploadedAsResult'),
    );
  }
  const used = await store.run(
    (tx) => tx.select('dossierResults', { attachmentId: id }, { columns: ['id'] }),
    'read',
  );
  if (used.length > 0) {
    throw resultFileUnusable(id, message('results.alreadyResultAnotherDossier'));
  }
  return file;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The result's name: the definition's result document, else the procedure's name. */
function titleOf(definition: ProcedureDefinition, document: string | undefined): Localized {
  return definition.results.find((r) => r.id === document)?.name ?? definition.name;
}

/** A PDF of the result, as an attachment row keeping its bytes in the database (both dialects read it there). */
async function generatedFile(
  store: Store,
  issue: { row: DossierRow; definition: ProcedureDefinition; actorId: string; now: number },
  effect: { node: string; document?: string },
  unitCode: string,
  verifyUrl: string,
): Promise<AttachmentRow> {
  const { row, definition, actorId, now } = issue;
  const unit = await store.getUnit(unitCode);
  const officer = await store.getUser(actorId);
  const applicant = (row.state.data.applicant ?? {}) as Record<string, unknown>;
  const content = await resultPdf(
    {
      title: titleOf(definition, effect.document).vi,
      procedure: { code: definition.code, name: definition.name.vi },
      code: row.code,
      applicant: text(applicant.fullName),
      unit: unit?.nameVi ?? unitCode,
      issuedAt: slipTime(now)!,
      issuedBy: officer?.displayName ?? null,
    },
    verifyUrl,
  );
  return {
    id: randomUUID(),
    dossierId: null,
    componentId: resultFileComponent(effect.document ?? effect.node),
    ownerId: null,
    fileName: `ket-qua-${row.code}.pdf`,
    mediaType: 'application/pdf',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    storagePath: null,
    content,
    createdAt: now,
  };
}

/**
 * The e-results a change issues (its `result_issued` effects), laid out for the store to write with the new state.
 * `site`: the portal's address (scheme and host), for the QR code of a generated PDF.
 */
export async function issuedResults(
  store: Store,
  issue: {
    row: DossierRow;
    definition: ProcedureDefinition;
    effects: Effect[];
    actorId: string;
    now: number;
    site: string;
  },
): Promise<NonNullable<DossierChange['results']>> {
  const out: NonNullable<DossierChange['results']> = [];
  for (const effect of issue.effects) {
    if (effect.type !== 'result_issued') continue;
    // Issued by the unit whose task it was.
    const task = issue.effects.find((e) => e.type === 'task_closed' && e.task.node === effect.node);
    const unitCode = task?.type === 'task_closed' ? task.task.unit : issue.row.unitCode;
    const verifyToken = secretToken(18);
    const named = effect.file
      ? await namedFile(store, effect.file, issue.actorId, effect.document)
      : undefined;
    const generated = named
      ? undefined
      : await generatedFile(store, issue, effect, unitCode, issue.site + verifyPath(verifyToken));
    const file = named ?? generated!;
    out.push({
      result: {
        id: timeOrderedId(issue.now),
        node: effect.node,
        document: effect.document ?? null,
        attachmentId: file.id,
        sha256: file.sha256,
        verifyToken,
        unitCode,
        issuedBy: issue.actorId,
        issuedAt: issue.now,
      },
      generated,
    });
  }
  return out;
}

/**
 * The refusal for a change whose named result file another issue took between this one's check (namedFile) and its
 * commit: the unique index on the result's file refused it, and it gets the answer it would have got a moment later.
 */
export function resultFileTaken(
  error: unknown,
  results: NonNullable<DossierChange['results']>,
): Error | undefined {
  const named = results.find((r) => r.generated === undefined);
  if (!named || !isUniqueViolation(error)) return undefined;
  return resultFileUnusable(named.result.attachmentId, message('results.alreadyResultAnotherDossier'));
}

/** The dossier's latest e-result, if one was issued. */
export async function latestResult(store: Store, dossierId: string): Promise<DossierResultRow | undefined> {
  const [row] = await store.run(
    (tx) => tx.select('dossierResults', { dossierId }, { orderBy: [['issuedAt', 'desc']], limit: 1 }),
    'read',
  );
  return row;
}

function resultNotIssued(code: string) {
  return serviceError('RESULT_NOT_ISSUED', 404, message('results.resultNotIssued', { code }), {
    path: '/code',
  });
}

/** The e-result's file, for the applicant and the officers of the units handling the dossier. */
export async function resultFile(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<AttachmentMeta> {
  const actor = requireActor(ctx);
  const row = await loadDossier(store, input.code);
  if (!ownsOrHandles(actor, row)) {
    throw forbidden(message('results.youMayNotDownload'));
  }
  const result = await latestResult(store, row.id);
  const [file] = result ? await attachmentsById(store, [result.attachmentId]) : [];
  if (!file) throw resultNotIssued(row.code);
  return file;
}

/** What the dossier's applicant and officers see of its e-result. */
export function resultView(result: DossierResultRow) {
  return {
    issuedAt: at(result.issuedAt),
    sha256: result.sha256,
    verifyToken: result.verifyToken,
  };
}

export function resultNotFound() {
  return serviceError('RESULT_NOT_FOUND', 404, message('results.resultNotFound'), { path: '/token' });
}

/** The public facts of a genuine e-result: what it is, for which dossier, by whom and when; no personal data. */
export async function verifyResult(store: Store, _ctx: ServiceContext, input: { token: string }) {
  const [result] = await store.run((tx) => tx.select('dossierResults', { verifyToken: input.token }), 'read');
  const dossier = result && (await store.getDossier({ id: result.dossierId }));
  if (!result || !dossier) throw resultNotFound();
  const definition = await pinnedDefinition(store, dossier.versionId);
  const unit = await store.getUnit(result.unitCode);
  return {
    genuine: true as const,
    code: dossier.code,
    procedure: { code: definition.code, name: definition.name },
    document: titleOf(definition, result.document ?? undefined),
    issuedAt: at(result.issuedAt),
    unit: {
      code: result.unitCode,
      name: unit ? { vi: unit.nameVi, en: unit.nameEn } : { vi: result.unitCode, en: result.unitCode },
    },
    sha256: result.sha256,
  };
}

/** Whether a copy (its SHA-256) is the file issued under the token. */
export async function checkResult(
  store: Store,
  ctx: ServiceContext,
  input: { token: string; sha256: string },
): Promise<{ matches: boolean; sha256: string }> {
  const issued = await verifyResult(store, ctx, input);
  return { matches: issued.sha256 === input.sha256.toLowerCase(), sha256: issued.sha256 };
}
