/** The facts a dossier is known by: its first fact (code or procedure), its status and when it is due. */
import { useTranslation } from 'react-i18next';
import { StatusTag } from './StatusTag.tsx';
import { slipTime } from './time.ts';

export function DossierFacts({
  first,
  status,
  dueAt,
}: {
  first: { term: 'code' | 'procedure'; value: string };
  status: string;
  dueAt: string | null | undefined;
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
    </dl>
  );
}
