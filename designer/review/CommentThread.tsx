/**
 * The comments on one element of the version, with who wrote them and when, and — for those who may — a "Góp ý"
 * (or, for the author, "Trả lời") button that opens a small form to add one.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Input, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../runtime/web/api/client.ts';
import { ErrorAlert } from '../../runtime/web/shell/ErrorAlert.tsx';
import type { ReviewTarget } from './changes.ts';
import type { ReviewComments } from './comments.ts';

/** The server's bound on a comment (contracts/review-comments.ts). */
const BODY_MAX = 2000;

/** "09:00 20/11/2026" from the server's Vietnam-time ISO instant. */
const shown = (iso: string) =>
  `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function CommentThread({
  versionId,
  target,
  about,
  comments,
}: {
  versionId: string;
  target: ReviewTarget;
  /** The element's name, for the form's label. */
  about: string;
  comments: ReviewComments;
}) {
  const { t } = useTranslation('designerReview');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const fieldId = useId();
  const add = useMutation(
    trpc.designer.comment.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        setBody('');
        return queryClient.invalidateQueries({
          queryKey: trpc.designer.comments.queryKey({ id: versionId }),
        });
      },
    }),
  );
  const thread = comments.of(target);
  const action = comments.isAuthor ? t('comments.reply') : t('comments.add');
  return (
    <div className="mc-review-thread">
      {thread.length > 0 && (
        <ol className="mc-review-comments" aria-label={t('comments.listLabel', { about })}>
          {thread.map((c) => (
            <li key={c.id}>
              <div className="mc-review-comment-head">
                <strong>{c.author.name}</strong>
                {c.byVersionAuthor && <Tag>{t('comments.authorTag')}</Tag>}
                <time dateTime={c.createdAt}>{shown(c.createdAt)}</time>
              </div>
              <p>{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {comments.mayWrite(target) && !open && (
        <Button size="small" onClick={() => setOpen(true)} aria-label={`${action}: ${about}`}>
          {action}
        </Button>
      )}
      {open && (
        <form
          className="mc-review-comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ id: versionId, target, body: body.trim() });
          }}
        >
          <label htmlFor={fieldId}>{t('comments.label', { about })}</label>
          <Input.TextArea
            id={fieldId}
            rows={3}
            maxLength={BODY_MAX}
            showCount
            autoFocus
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
          <div className="mc-review-comment-buttons">
            <Button
              type="primary"
              htmlType="submit"
              size="small"
              loading={add.isPending}
              disabled={!body.trim()}
            >
              {t('comments.send')}
            </Button>
            <Button size="small" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
          </div>
          {add.isError && <ErrorAlert error={add.error} />}
        </form>
      )}
    </div>
  );
}
