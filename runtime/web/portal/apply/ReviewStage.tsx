/**
 * The last look before filing: the papers attached, the fees, and the applicant's pledge that what was declared is
 * true (as the paper forms end). Submitting twice — a double click, a retry after a lost answer — files once: the
 * application carries one idempotency key from its start.
 */
import { Alert, Button, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Component } from '../../../../schemas/procedure.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { useLanguage } from '../../shell/language.ts';
import { fileSize } from './file-size.ts';
import type { UploadedFile } from './upload.ts';

export function ReviewStage({
  components,
  files,
  sending,
  error,
  onSubmit,
}: {
  components: readonly Component[];
  files: readonly UploadedFile[];
  sending: boolean;
  error: unknown;
  onSubmit(): void;
}) {
  const { t } = useTranslation('portalApply');
  const language = useLanguage();
  const [pledged, setPledged] = useState(false);
  const [askPledge, setAskPledge] = useState(false);
  const attached = components.filter((c) => files.some((f) => f.componentId === c.id));
  return (
    <div className="mc-apply-list">
      <section aria-labelledby="mc-review-files">
        <Typography.Title level={3} id="mc-review-files" style={{ fontSize: 18 }}>
          {t('apply.review.files')}
        </Typography.Title>
        {attached.length === 0 ? (
          <p>{t('apply.review.noFiles')}</p>
        ) : (
          <ul>
            {attached.map((c) => (
              <li key={c.id}>
                <strong>{c.name[language]}</strong>:{' '}
                {files
                  .filter((f) => f.componentId === c.id)
                  .map((f) => `${f.fileName} (${fileSize(f.size)})`)
                  .join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div>
        <Checkbox
          checked={pledged}
          onChange={(e) => {
            setPledged(e.target.checked);
            setAskPledge(false);
          }}
        >
          {t('apply.review.pledge')}
        </Checkbox>
        {askPledge && <Alert type="error" showIcon role="alert" title={t('apply.review.pledgeMissing')} />}
      </div>
      {error !== undefined && error !== null && (
        <ErrorAlert error={error} title={t('apply.review.refused')} />
      )}
      <div>
        <Button
          type="primary"
          size="large"
          loading={sending}
          onClick={() => {
            if (sending) return;
            if (!pledged) return setAskPledge(true);
            onSubmit();
          }}
        >
          {t('apply.review.submit')}
        </Button>
      </div>
    </div>
  );
}
