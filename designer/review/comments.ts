/**
 * The review's comments on a version: read once for the whole tab and grouped by element; who may write on an
 * element, as the server decides it (services/review-comments.ts): an approver other than the author while the
 * version is in review, the author replying on an element an approver has commented on until it is approved.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { trpc } from '../../runtime/web/api/client.ts';
import { hasRole, useSession } from '../../runtime/web/shell/session.ts';
import type { VersionStatus } from '../editor/session.ts';
import type { ReviewTarget } from './changes.ts';

export const targetId = (t: ReviewTarget) => `${t.kind}:${t.key}`;

export function useReviewComments(version: { id: string; status: VersionStatus; authorId: string }) {
  const comments = useQuery(trpc.designer.comments.queryOptions({ id: version.id }));
  const user = useSession().data;
  return useMemo(() => {
    const byTarget = new Map<string, NonNullable<typeof comments.data>['items']>();
    for (const c of comments.data?.items ?? []) {
      const key = targetId(c.target);
      byTarget.set(key, [...(byTarget.get(key) ?? []), c]);
    }
    const isAuthor = user?.id === version.authorId;
    const reviewing = !isAuthor && hasRole(user, ['approver']) && version.status === 'submitted';
    const replying = isAuthor && ['draft', 'rejected', 'submitted'].includes(version.status);
    return {
      query: comments,
      of: (target: ReviewTarget) => byTarget.get(targetId(target)) ?? [],
      mayWrite: (target: ReviewTarget) =>
        reviewing || (replying && (byTarget.get(targetId(target)) ?? []).some((c) => !c.byVersionAuthor)),
      isAuthor,
    };
  }, [comments, user, version.authorId, version.status]);
}
export type ReviewComments = ReturnType<typeof useReviewComments>;
