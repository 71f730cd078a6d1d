/**
 * The facts a dossier is known by: its first fact (code or procedure), its status, when it is due and, when it has
 * any, its fees.
 */
import { useTranslation } from 'react-i18next';
import { showMoney } from '../../form/index.ts';
import { StatusTag } from './StatusTag.tsx';
import { slipTime } from './time.ts';

export function DossierFacts({
  first,
  status,
  dueAt,
  fees,
}: {
  first: { term: 'code' | 'procedure'; value: string };
  status: string;
  dueAt: string | null | undefined;
  fees?: { total: number; paid: number };
}) {
  const { t } = useTranslation('portalDossiers');
  return (
    <dl className="mc-facts">
      <div>
        <dt>{t(`fields.${first.term}`)}</dt>
        <dd>{first.value}</dd>
      </div>
      <div>
        <dt>{t('fields.status')}</dt>
        <dd>
          <StatusTag status={status} />
        </dd>
      </div>
      <div>
        <dt>{t('fields.dueAt')}</dt>
        <dd>{slipTime(dueAt)}</dd>
      </div>
      {fees && fees.total > 0 && (
        <div>
          <dt>{t('fields.fees')}</dt>
          <dd>
            {t(fees.paid >= fees.total ? 'fields.feesPaid' : 'fields.feesAmount', {
              amount: showMoney(fees.total),
            })}
          </dd>
        </div>
      )}
    </dl>
  );
}
