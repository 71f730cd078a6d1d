/**
 * Comments on the elements of a procedure version under review (a step, a transition, a form field, a component,
 * a fee, the processing time, or the version as a whole): approvers write them while the version is in review;
 * its author reads them and replies on the same element until the version is approved. Designers and approvers
 * only; every comment is audited.
 */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { REVIEW_COMMENT_MAX, REVIEW_TARGET_KINDS } from '../contracts/review-comments.ts';
import { insertReviewComment, reviewCommentsOf } from '../store/review-comments.ts';
import { timeOrderedId, type ReviewCommentRow, type Store, type VersionRow } from '../store/index.ts';
import type { ReviewTargetKind } from '../store/types.ts';
import { forbidden, invalidInput, serviceError } from '../errors.ts';
import { hasRole, requireAnyRole, type Actor, type ServiceContext } from './context.ts';
import { formFields } from './diff.ts';
import { at } from './format.ts';
import { loadVersion } from './procedure-versions.ts';
import { message } from '../../runtime/engine/messages/index.ts';

const READERS = ['designer', 'approver'];
/** Approvers comment while the version waits for them; its author replies until it is approved. */
const REVIEWABLE: VersionRow['status'][] = ['submitted'];
const REPLYABLE: VersionRow['status'][] = ['submitted', 'rejected', 'draft'];

export interface ReviewTarget {
  kind: ReviewTargetKind;
  /** The element's id, a form field's JSON pointer; '' for the processing time and the version as a whole. */
  key: string;
}

export interface ReviewCommentInput {
  versionId: string;
  target: ReviewTarget;
  body: string;
}

export function reviewCommentView(row: ReviewCommentRow & { authorName: string }, version: VersionRow) {
  return {
    id: row.id,
    versionId: row.versionId,
    target: { kind: row.targetKind, key: row.targetKey },
    body: row.body,
    author: { id: row.authorId, name: row.authorName },
    /** Whether the version's author wrote it (a reply), rather than a reviewer. */
    byVersionAuthor: row.authorId === version.authorId,
    createdAt: at(row.createdAt),
  };
}
export type ReviewCommentView = ReturnType<typeof reviewCommentView>;

export async function listReviewComments(
  store: Store,
  ctx: ServiceContext,
  input: { versionId: string },
): Promise<ReviewCommentView[]> {
  requireAnyRole(ctx, READERS);
  const version = await loadVersion(store, input.versionId);
  return (await reviewCommentsOf(store, version.id)).map((row) => reviewCommentView(row, version));
}

export async function addReviewComment(
  store: Store,
  ctx: ServiceContext,
  input: ReviewCommentInput,
): Promise<ReviewCommentView> {
  const actor = requireAnyRole(ctx, READERS);
  const version = await loadVersion(store, input.versionId);
  const asAuthor = version.authorId === actor.userId;
  if (!asAuthor) requireReviewer(actor);
  const body = checkBody(input.body);
  const target = await checkTarget(store, version, input.target);
  if (asAuthor) await requireThread(store, version, target);
  const allowed = asAuthor ? REPLYABLE : REVIEWABLE;
  const row: ReviewCommentRow = {
    id: timeOrderedId(ctx.now),
    versionId: version.id,
    targetKind: target.kind,
    targetKey: target.key,
    body,
    authorId: actor.userId,
    createdAt: ctx.now,
  };
  const written =
    allowed.includes(version.status) &&
    (await insertReviewComment(store, row, allowed, {
      at: ctx.now,
      actorId: actor.userId,
      action: 'procedure.review.comment',
      target: version.id,
      payload: { commentId: row.id, kind: target.kind, key: target.key, reply: asAuthor },
    }));
  if (!written) throw closed(asAuthor);
  const author = { ...row, authorName: (await store.getUser(actor.userId))?.displayName ?? actor.userId };
  return reviewCommentView(author, version);
}

function requireReviewer(actor: Actor): void {
  if (hasRole(actor, 'approver')) return;
  throw forbidden(message('reviewComments.onlyApproversAndAuthor'));
}

function checkBody(body: unknown): string {
  const text = typeof body === 'string' ? body.trim() : '';
  if (text === '') throw invalidInput('/body', message('reviewComments.commentEmpty'));
  if (text.length > REVIEW_COMMENT_MAX) {
    throw invalidInput(
      '/body',
      message('reviewComments.commentTooLong', { reviewCommentMax: REVIEW_COMMENT_MAX }),
    );
  }
  return text;
}

/** The ids (form fields: JSON pointers) of the elements of one kind in a definition. */
function keysOf(definition: ProcedureDefinition, kind: ReviewTargetKind): string[] {
  const ids = (items: unknown) =>
    Array.isArray(items) ? items.map((i) => String((i as { id?: unknown })?.id)) : [];
  switch (kind) {
    case 'node':
      return ids(definition.process?.nodes);
    case 'edge':
      return ids(definition.process?.edges);
    case 'field':
      return formFields(definition.form?.schema).map((f) => f.path);
    case 'component':
      return ids(definition.components);
    case 'fee':
      return ids(definition.fees);
    default:
      return [''];
  }
}

/** The element is in this version, or in the live one it replaces (a comment on a removed step). */
async function checkTarget(store: Store, version: VersionRow, target: ReviewTarget): Promise<ReviewTarget> {
  if (!(REVIEW_TARGET_KINDS as readonly string[]).includes(target?.kind)) {
    throw invalidInput(
      '/target/kind',
      message('reviewComments.kindInvalid', { reviewTargetKinds: REVIEW_TARGET_KINDS.join(', ') }),
    );
  }
  const key = typeof target.key === 'string' ? target.key : '';
  const liveId = (await store.getProcedure(version.procedureCode))?.liveVersionId;
  const live = liveId && liveId !== version.id ? await store.getVersion(liveId) : undefined;
  const known = [version, live].some((v) => v && keysOf(v.definition, target.kind).includes(key));
  if (!known) {
    throw serviceError(
      'REVIEW_TARGET_UNKNOWN',
      422,
      message('reviewComments.reviewTargetUnknown', { key, kind: target.kind }),
      { path: '/target/key' },
    );
  }
  return { kind: target.kind, key };
}

/** The author replies on an element a reviewer has commented on; they do not open threads of their own. */
async function requireThread(store: Store, version: VersionRow, target: ReviewTarget): Promise<void> {
  const thread = (await reviewCommentsOf(store, version.id)).some(
    (c) => c.targetKind === target.kind && c.targetKey === target.key && c.authorId !== version.authorId,
  );
  if (thread) return;
  throw serviceError('REVIEW_NOTHING_TO_REPLY', 409, message('reviewComments.reviewNothingToReply'), {
    path: '/target',
  });
}

function closed(asAuthor: boolean) {
  return serviceError(
    'REVIEW_CLOSED',
    409,
    message(asAuthor ? 'reviewComments.reviewClosedForAuthor' : 'reviewComments.reviewClosed'),
    { path: '/id' },
  );
}
