/**
 * The life of a procedure definition: draft → submitted → approved (or rejected, edited, resubmitted) → published
 * (live for new dossiers at once) → retired. Published versions never change; dossiers stay on their version.
 */
import { randomUUID } from 'node:crypto';
import { lint, runSavedScenarios, type Problem } from '../../runtime/engine/index.ts';
import type { Level, Localized, ProcedureDefinition } from '../../schemas/procedure.ts';
import {
  isUniqueViolation,
  VersionStateConflict,
  type AuditInput,
  type Store,
  type VersionChange,
  type VersionRow,
} from '../store/index.ts';
import { makeBundle, readBundle, type ProcedureBundle } from './bundles.ts';
import { requireAnyRole, type ServiceContext } from './context.ts';
import { invalidInput, serviceError } from '../errors.ts';
import {
  catalogueColumns,
  CONFIG_ROLES,
  contentHash,
  loadVersion,
  stored,
  versionInfo,
  type VersionInfo,
} from './procedure-versions.ts';
import { diffDefinitions, type VersionDiff } from './diff.ts';
import { at } from './format.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export type { VersionInfo, VersionDiff, ProcedureBundle };

const DESIGNERS = ['designer', 'system_admin'];
const PUBLISHERS = ['designer', 'approver', 'system_admin'];
const EDITABLE: VersionRow['status'][] = ['draft', 'rejected'];

export type CreateDraftInput =
  | { from: 'scratch'; code: string; name: Localized; sector: string; unit: string; level?: Level }
  | { from: 'version'; versionId: string }
  | { from: 'bundle'; bundle: unknown };

const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

async function withProcedure(store: Store, row: VersionRow): Promise<VersionInfo> {
  return versionInfo(row, await store.getProcedure(row.procedureCode));
}

/** A minimal runnable process: reception, then the end. Designers build on it. */
function skeleton(input: Extract<CreateDraftInput, { from: 'scratch' }>): ProcedureDefinition {
  return {
    code: input.code,
    name: input.name,
    sector: input.sector,
    unit: input.unit,
    level: input.level ?? 'partial_online',
    legalBasis: [],
    subjects: [],
    conditions: [],
    form: { schema: { type: 'object', properties: {} } },
    components: [],
    fees: [],
    processingTime: { value: 1, unit: 'working_days' },
    process: {
      nodes: [
        { id: 'start', type: 'start', position: { x: 0, y: 0 } },
        { id: 'reception', type: 'reception', position: { x: 200, y: 0 } },
        { id: 'end', type: 'end', config: { outcome: 'issued' }, position: { x: 400, y: 0 } },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'reception' },
        { id: 'e2', source: 'reception', target: 'end' },
      ],
    },
    results: [],
    // No cut-off of its own: the calendar's applies until the designer sets one.
    settings: { supplementPolicy: 'pause' },
  };
}

function procedureExists(code: string) {
  return serviceError('PROCEDURE_EXISTS', 409, message('procedures.procedureExists', { code }), {
    path: '/code',
  });
}

function checkScratch(input: Record<string, unknown>): void {
  for (const key of ['code', 'sector', 'unit'] as const) {
    if (typeof input[key] !== 'string' || (input[key] as string).trim() === '') {
      throw invalidInput(`/${key}`, message('procedures.required', { key }));
    }
  }
  const name = input.name as Localized | undefined;
  if (typeof name?.vi !== 'string' || typeof name?.en !== 'string' || name.vi.trim() === '') {
    throw invalidInput('/name', message('procedures.nameNeedsViEn'));
  }
}

/** Creates a new draft version: from scratch, as a copy of a version, or from an imported bundle. */
export async function createDraft(
  store: Store,
  ctx: ServiceContext,
  input: CreateDraftInput,
): Promise<VersionInfo> {
  const actor = requireAnyRole(ctx, DESIGNERS);
  let definition: unknown;
  let basedOn: string | null = null;
  switch (input?.from) {
    case 'scratch':
      checkScratch(input as unknown as Record<string, unknown>);
      // A new procedure: its code must not name one already there (a new version of it starts from a version).
      if (await store.getProcedure(input.code)) throw procedureExists(input.code);
      definition = skeleton(input);
      break;
    case 'version': {
      const source = await loadVersion(store, input.versionId);
      definition = structuredClone(source.definition);
      basedOn = source.id;
      break;
    }
    case 'bundle':
      definition = readBundle(input.bundle);
      break;
    default:
      throw invalidInput('/from', message('procedures.fromInvalid'));
  }
  const code = (definition as { code: string }).code;
  const id = randomUUID();
  const row = await numbered(() =>
    store.createVersion(
      {
        id,
        procedureCode: code,
        status: 'draft',
        definition: definition as ProcedureDefinition,
        contentHash: contentHash(definition),
        problems: stored(lint(definition)),
        basedOn,
        authorId: actor.userId,
        reviewerId: null,
        comments: [],
        createdAt: ctx.now,
        updatedAt: ctx.now,
        submittedAt: null,
        reviewedAt: null,
        publishedAt: null,
        retiredAt: null,
      },
      { code, createdAt: ctx.now, ...catalogueColumns(code, definition) },
      audit(ctx, 'procedure.draft.create', id, { code, from: input.from, basedOn }),
    ),
  );
  return withProcedure(store, row);
}

/** Two drafts of one procedure created at once may draw the same version number: the loser draws again. */
async function numbered<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt === 3) {
        throw serviceError('VERSION_CONFLICT', 409, message('procedures.versionConflict'));
      }
    }
  }
}

function audit(
  ctx: ServiceContext,
  action: string,
  target: string,
  payload: Record<string, unknown> = {},
): AuditInput {
  return { at: ctx.now, actorId: ctx.actor?.userId ?? null, action, target, payload };
}

async function change(store: Store, c: VersionChange): Promise<VersionRow> {
  try {
    return await store.updateVersion(c);
  } catch (error) {
    if (!(error instanceof VersionStateConflict)) throw error;
    const status = error.current?.status;
    if (c.expectHash !== undefined && status && c.expectStatus.includes(status)) {
      throw serviceError('DRAFT_CONFLICT', 409, message('procedures.draftConflict'), {
        path: '/baseHash',
        details: { contentHash: error.current!.contentHash, updatedAt: at(error.current!.updatedAt) },
      });
    }
    throw serviceError(
      'VERSION_STATE_CONFLICT',
      409,
      message('procedures.versionStateConflict', {
        status: String(status),
        expected: { vi: c.expectStatus.join(', '), en: c.expectStatus.join(' or ') },
      }),
      { details: { status, expected: c.expectStatus } },
    );
  }
}

/** Saves a draft's definition (lint on save: problems are returned and kept; a draft may be invalid). */
export async function saveDraft(
  store: Store,
  ctx: ServiceContext,
  input: {
    versionId: string;
    definition: unknown;
    /** The content hash the editor last saw; given, a draft saved elsewhere since then is a 409 DRAFT_CONFLICT. */
    baseHash?: string;
  },
): Promise<{ version: VersionInfo; problems: Problem[] }> {
  requireAnyRole(ctx, DESIGNERS);
  const current = await loadVersion(store, input.versionId);
  const definition = input.definition;
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw invalidInput('/definition', message('procedures.definitionMustJsonObject'));
  }
  if ((definition as { code?: unknown }).code !== current.procedureCode) {
    throw serviceError(
      'PROCEDURE_CODE_CHANGED',
      422,
      message('procedures.procedureCodeChanged', { procedureCode: current.procedureCode }),
      { path: '/definition/code' },
    );
  }
  const problems = lint(definition);
  const row = await change(store, {
    id: current.id,
    expectStatus: EDITABLE,
    expectHash: input.baseHash,
    set: {
      status: 'draft',
      definition: definition as ProcedureDefinition,
      contentHash: contentHash(definition),
      problems: stored(problems),
      updatedAt: ctx.now,
    },
    audit: audit(ctx, 'procedure.draft.save', current.id, { errors: errorsOf(problems).length }),
  });
  return { version: await withProcedure(store, row), problems };
}

/** Sends a draft for approval; refused while lint finds errors (422 DRAFT_HAS_ERRORS, details: the problems). */
export async function submitForApproval(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string },
): Promise<VersionInfo> {
  requireAnyRole(ctx, DESIGNERS);
  const current = await loadVersion(store, input.versionId);
  const errors = errorsOf(lint(current.definition));
  if (errors.length > 0 && EDITABLE.includes(current.status)) {
    throw serviceError(
      'DRAFT_HAS_ERRORS',
      422,
      message('procedures.draftHasErrors', { errorsCount: errors.length, errors: errors[0].message }),
      { path: errors[0].path, details: errors },
    );
  }
  const row = await change(store, {
    id: current.id,
    expectStatus: EDITABLE,
    set: { status: 'submitted', submittedAt: ctx.now, updatedAt: ctx.now },
    audit: audit(ctx, 'procedure.submit', current.id),
  });
  return withProcedure(store, row);
}

async function review(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string; comment?: string },
  verdict: 'approved' | 'rejected',
): Promise<VersionInfo> {
  const actor = requireAnyRole(ctx, ['approver']);
  const current = await loadVersion(store, input.versionId);
  if (current.authorId === actor.userId) {
    throw serviceError('APPROVER_IS_AUTHOR', 403, message('procedures.approverIsAuthor'));
  }
  const text = typeof input.comment === 'string' ? input.comment.trim() : '';
  if (verdict === 'rejected' && text === '') {
    throw invalidInput('/comment', message('procedures.rejectionNeedsComment'));
  }
  const comments =
    text === '' ? current.comments : [...current.comments, { at: ctx.now, by: actor.userId, text, verdict }];
  const row = await change(store, {
    id: current.id,
    expectStatus: ['submitted'],
    set: { status: verdict, reviewerId: actor.userId, reviewedAt: ctx.now, updatedAt: ctx.now, comments },
    audit: audit(ctx, `procedure.${verdict === 'approved' ? 'approve' : 'reject'}`, current.id, {
      comment: text,
    }),
  });
  return withProcedure(store, row);
}

/** An approver other than the author approves a submitted version (comment optional). */
export function approveVersion(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string; comment?: string },
) {
  return review(store, ctx, input, 'approved');
}

/** An approver other than the author sends a submitted version back, with reasons; it can be edited again. */
export function rejectVersion(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string; comment: string },
) {
  return review(store, ctx, input, 'rejected');
}

/**
 * Publishes an approved version whose saved test scenarios all pass: live for new dossiers at once; running
 * dossiers keep their own version.
 */
export async function publishVersion(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string },
): Promise<VersionInfo> {
  requireAnyRole(ctx, PUBLISHERS);
  const current = await loadVersion(store, input.versionId);
  if (current.status === 'approved') refuseFailingScenario(current.definition);
  const row = await change(store, {
    id: current.id,
    expectStatus: ['approved'],
    set: {
      status: 'published',
      publishedAt: ctx.now,
      updatedAt: ctx.now,
      contentHash: contentHash(current.definition),
    },
    procedure: {
      liveVersionId: current.id,
      retiredAt: null,
      ...catalogueColumns(current.procedureCode, current.definition),
    },
    audit: audit(ctx, 'procedure.publish', current.id, {
      code: current.procedureCode,
      contentHash: current.contentHash,
    }),
  });
  return withProcedure(store, row);
}

/** Every test scenario saved in the definition must still pass: 422 SCENARIO_FAILED names the first that fails. */
function refuseFailingScenario(definition: ProcedureDefinition): void {
  const failure = runSavedScenarios(definition);
  if (failure) {
    throw serviceError('SCENARIO_FAILED', 422, failure.message, {
      path: `/definition${failure.path}`,
    });
  }
}

/** Retires a published version; if it was live, the procedure takes no new dossiers until another is published. */
export async function retireVersion(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string },
): Promise<VersionInfo> {
  requireAnyRole(ctx, PUBLISHERS);
  const current = await loadVersion(store, input.versionId);
  const procedure = await store.getProcedure(current.procedureCode);
  const wasLive = procedure?.liveVersionId === current.id;
  const row = await change(store, {
    id: current.id,
    expectStatus: ['published'],
    set: { status: 'retired', retiredAt: ctx.now, updatedAt: ctx.now },
    procedure: wasLive ? { liveVersionId: null, retiredAt: ctx.now } : undefined,
    audit: audit(ctx, 'procedure.retire', current.id, { code: current.procedureCode, wasLive }),
  });
  return withProcedure(store, row);
}

/** Every version of a procedure, oldest first. */
export async function listVersions(
  store: Store,
  ctx: ServiceContext,
  input: { code: string },
): Promise<VersionInfo[]> {
  requireAnyRole(ctx, CONFIG_ROLES);
  const procedure = await store.getProcedure(input.code);
  if (!procedure) throw procedureNotFound(input.code);
  return (await store.listVersions(input.code)).map((row) => versionInfo(row, procedure));
}

export function procedureNotFound(code: unknown) {
  return serviceError(
    'PROCEDURE_NOT_FOUND',
    404,
    message('procedures.procedureNotFound', { code: String(code) }),
    { path: '/procedureCode' },
  );
}

/** Published and retired versions are public record; drafts only for those who configure procedures. */
async function readable(store: Store, ctx: ServiceContext, versionId: string): Promise<VersionRow> {
  const row = await loadVersion(store, versionId);
  if (row.status !== 'published' && row.status !== 'retired') {
    requireAnyRole(ctx, CONFIG_ROLES);
  }
  return row;
}

export async function getVersion(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string },
): Promise<VersionInfo & { definition: ProcedureDefinition }> {
  const row = await readable(store, ctx, input.versionId);
  return { ...(await withProcedure(store, row)), definition: row.definition };
}

/** What changed from one version to another: nodes, edges, form fields, components, fees, processing time. */
export async function diffVersions(
  store: Store,
  ctx: ServiceContext,
  input: { from: string; to: string },
): Promise<VersionDiff> {
  const from = await readable(store, ctx, input.from);
  const to = await readable(store, ctx, input.to);
  return diffDefinitions(from.definition, to.definition);
}

export async function exportBundle(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string },
): Promise<ProcedureBundle> {
  return makeBundle((await readable(store, ctx, input.versionId)).definition);
}
