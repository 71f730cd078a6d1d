/** Comments on the elements of a procedure version under review, and the author's replies. */
import type { ReviewTargetKind } from '../store/types.ts';
import { Instant, Type, text, type Static } from './common.ts';
import { VersionId } from './procedures.ts';

export const REVIEW_TARGET_KINDS = [
  'node',
  'edge',
  'field',
  'component',
  'fee',
  'processingTime',
  'general',
] as const satisfies readonly ReviewTargetKind[];
export const REVIEW_COMMENT_MAX = 2000;

export const ReviewTarget = Type.Object(
  {
    kind: Type.Enum(REVIEW_TARGET_KINDS),
    key: text(300, 0, {
      description:
        'The element’s id (a form field’s JSON pointer, "/owner/fullName"); "" for processingTime and general',
    }),
  },
  { additionalProperties: false },
);

export const NewReviewComment = Type.Object(
  {
    id: VersionId,
    target: ReviewTarget,
    body: text(REVIEW_COMMENT_MAX, 1, { description: 'Plain text; spaces around it are dropped.' }),
  },
  { additionalProperties: false },
);
export type NewReviewComment = Static<typeof NewReviewComment>;

export const ReviewComment = Type.Object({
  id: Type.String(),
  versionId: Type.String(),
  target: ReviewTarget,
  body: Type.String(),
  author: Type.Object({ id: Type.String(), name: Type.String() }),
  byVersionAuthor: Type.Boolean({ description: 'Written by the version’s author (a reply)' }),
  createdAt: Instant,
});

export const ReviewComments = Type.Object({ items: Type.Array(ReviewComment) });
