/** The fees the answers so far come to, line by line, updated as the person types. */
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeeResult } from '../../../engine/index.ts';
import { showMoney } from '../../form/index.ts';
import { useLanguage } from '../../shell/language.ts';

export function FeeSummary({ fees, none }: { fees: FeeResult | undefined; none: boolean }) {
  const { t } = useTranslation('portalApply');
  const language = useLanguage();
  return (
    <Card className="mc-apply-fees" title={t('apply.fees.title')} size="small">
      <div aria-live="polite">
        {none ? (
          <p>{t('procedure.noFees')}</p>
        ) : fees === undefined ? (
          <p>{t('apply.fees.pending')}</p>
        ) : (
          <>
            <ul>
              {fees.items.map((item) => (
                <li key={item.id}>
                  <span>{item.label[language]}</span>
                  <span>{showMoney(item.amount)} ₫</span>
                </li>
              ))}
            </ul>
            <Typography.Text strong>
              {t('apply.fees.total', { amount: showMoney(fees.total) })}
            </Typography.Text>
          </>
        )}
      </div>
    </Card>
  );
}
