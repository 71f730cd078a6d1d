/**
 * What became of the draft: resumed from an earlier save (with a way to start again), saved, not saved yet, or
 * changed on another device since (keep this copy, or load the other).
 */
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { slipTime } from '../dossiers/time.ts';
import type { DraftState } from './draft.ts';

export function DraftStatus({
  state,
  resumedFrom,
  onStartAgain,
  onKeepThisCopy,
}: {
  state: DraftState;
  /** When the draft taken up was saved, if one was. */
  resumedFrom: string | undefined;
  onStartAgain(): void;
  onKeepThisCopy(): void;
}) {
  const { t } = useTranslation('portalApply');
  return (
    <div className="mc-apply-draft">
      {resumedFrom && state.kind === 'idle' && (
        <Alert
          type="info"
          showIcon
          title={t('apply.draft.resumed', { at: slipTime(resumedFrom) })}
          action={<Button onClick={onStartAgain}>{t('apply.draft.startAgain')}</Button>}
        />
      )}
      {state.kind === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('apply.draft.conflict')}
          action={
            <Space wrap>
              <Button onClick={onKeepThisCopy}>{t('apply.draft.keepThis')}</Button>
              <Button onClick={() => window.location.reload()}>{t('apply.draft.loadOther')}</Button>
            </Space>
          }
        />
      )}
      <Typography.Text type="secondary" aria-live="polite">
        {state.kind === 'saving' && t('apply.draft.saving')}
        {state.kind === 'saved' && t('apply.draft.saved', { at: slipTime(state.at) })}
        {state.kind === 'failed' && t('apply.draft.failed')}
        {state.kind === 'idle' && t('apply.draft.auto')}
      </Typography.Text>
    </div>
  );
}
