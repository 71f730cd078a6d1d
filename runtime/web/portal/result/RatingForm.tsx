/**
 * The applicant's satisfaction rating (DOMAIN §8): five stars, each with a name a screen reader reads, and an
 * optional comment; once sent, what was given.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Rate } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../api/client.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';

export interface GivenRating {
  score: number;
  comment: string | null;
}

const STARS = ['star1', 'star2', 'star3', 'star4', 'star5'] as const;

export function RatingForm({ code, given }: { code: string; given?: GivenRating }) {
  const { t } = useTranslation('portalResult');
  const queryClient = useQueryClient();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const rate = useMutation(
    trpc.results.rate.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.dossiers.get.queryFilter({ code })),
    }),
  );
  const labels = STARS.map((key) => t(`rating.${key}`));

  if (given) {
    return (
      <div className="mc-result-part" role="status">
        <h3>{t('rating.title')}</h3>
        <p>{t('rating.given', { score: given.score })}</p>
        {given.comment && <p>{t('rating.yourComment', { comment: given.comment })}</p>}
      </div>
    );
  }
  const send = () => {
    setMissing(score === 0);
    if (score > 0) rate.mutate({ code, score, ...(comment.trim() ? { comment: comment.trim() } : {}) });
  };
  return (
    <form
      className="mc-result-part"
      aria-labelledby="rating-title"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <h3 id="rating-title">{t('rating.title')}</h3>
      <p>{t('rating.intro')}</p>
      <div role="radiogroup" aria-label={t('rating.score')}>
        <Rate
          value={score}
          onChange={(value) => {
            setScore(value);
            setMissing(false);
          }}
          tooltips={labels}
          // The radio's name is its hidden text; the second copy antd draws of each star is left out of it (CSS).
          character={({ index = 0 }) => (
            <>
              <span aria-hidden="true">★</span>
              <span className="mc-visually-hidden">{labels[index]}</span>
            </>
          )}
        />
      </div>
      {missing && <Alert type="warning" showIcon title={t('rating.chooseScore')} />}
      <label htmlFor="rating-comment" className="mc-label">
        {t('rating.comment')}
      </label>
      <Input.TextArea
        id="rating-comment"
        value={comment}
        maxLength={2000}
        autoSize={{ minRows: 2, maxRows: 6 }}
        onChange={(event) => setComment(event.target.value)}
      />
      {rate.isError && <ErrorAlert error={rate.error} />}
      <Button type="primary" htmlType="submit" loading={rate.isPending}>
        {t('rating.send')}
      </Button>
    </form>
  );
}
