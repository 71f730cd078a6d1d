/** Where the person is in the application (form → papers → review), and the way back to a stage already done. */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

export const STAGES = ['form', 'files', 'review'] as const;
export type Stage = (typeof STAGES)[number];

export function Stages({ current, onGo }: { current: Stage; onGo(stage: Stage): void }) {
  const { t } = useTranslation('portalApply');
  const at = STAGES.indexOf(current);
  return (
    <nav aria-label={t('apply.stages.label')}>
      <ol className="mc-apply-stages">
        {STAGES.map((stage, i) => {
          const words = t('apply.stages.item', { n: i + 1, name: t(`apply.stages.${stage}`) });
          return (
            <li key={stage} className={i === at ? 'mc-current' : i < at ? 'mc-done' : undefined}>
              {i < at ? (
                <Button type="link" onClick={() => onGo(stage)}>
                  {words}
                </Button>
              ) : (
                <span aria-current={i === at ? 'step' : undefined}>{words}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
