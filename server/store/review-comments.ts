/** Review comments on a procedure version: written with their audit entry, read with their authors' names. */
import { appendAudit } from './chain.ts';
import type { AuditInput, ReviewCommentRow, Store, VersionRow } from './store.ts';

/**
 * Whether the comment was written: false when the version has meanwhile left `whileStatus` (approved while the
 * comment was typed, say): nothing is written then.
 */
export function insertReviewComment(
  store: Store,
  row: ReviewCommentRow,
  whileStatus: VersionRow['status'][],
  audit: AuditInput,
): Promise<boolean> {
  return store.run(function* (tx) {
    const open = yield* tx.count('procedureVersions', { id: row.versionId, status: { in: whileStatus } });
    if (open === 0) return false;
    yield* tx.insert('reviewComments', row);
    yield* appendAudit(tx, audit);
    return true;
  });
}

/** The version's comments, oldest first, each with its author's display name. */
export function reviewCommentsOf(
  store: Store,
  versionId: string,
): Promise<(ReviewCommentRow & { authorName: string })[]> {
  return store.run(function* (tx) {
    const rows = yield* tx.select(
      'reviewComments',
      { versionId },
      {
        orderBy: [
          ['createdAt', 'asc'],
          ['id', 'asc'],
        ],
      },
    );
    const ids = [...new Set(rows.map((r) => r.authorId))];
    const users = ids.length
      ? yield* tx.select('users', { id: { in: ids } }, { columns: ['id', 'displayName'] })
      : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return rows.map((r) => ({ ...r, authorName: names.get(r.authorId) ?? r.authorId }));
  }, 'read');
}
