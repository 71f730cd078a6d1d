/**
 * Public tracking by dossier code (`/tra-cuu`, and `/tra-cuu/:code` that the slip's QR code opens): status, due
 * time and timeline from the public lookup, which carries no personal data.
 */
import { useQuery } from '@tanstack/react-query';
import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { trpc } from '../../api/client.ts';
import { useLanguage } from '../../shell/language.ts';
import { Loaded } from '../../shell/Loaded.tsx';
import { PageHeading } from '../../shell/PageHeading.tsx';
import { SearchBox } from '../../shell/SearchBox.tsx';
import { DossierFacts } from './DossierFacts.tsx';
import { slipTime } from './time.ts';

export function TrackingPage() {
  const { t } = useTranslation('portalDossiers');
  const { code = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title={t('tracking.title')} intro={t('tracking.intro')} />
      <SearchBox
        id="tracking-code"
        label={t('tracking.code')}
        value={code}
        placeholder={t('tracking.placeholder')}
        button={t('tracking.search')}
        onSearch={(typed) => typed && void navigate(`/tra-cuu/${encodeURIComponent(typed)}`)}
      />
      {code && <TrackedDossier code={code} />}
    </>
  );
}

function TrackedDossier({ code }: { code: string }) {
  const { t } = useTranslation('portalDossiers');
  const language = useLanguage();
  const lookup = useQuery({ ...trpc.dossiers.lookup.queryOptions({ code }), retry: false });
  return (
    <Loaded query={lookup}>
      {(d) => (
        <section aria-labelledby="tracked-title" className="mc-card">
          <h2 id="tracked-title" className="mc-card-title">
            {t('tracking.result', { code: d.code })}
          </h2>
          <DossierFacts
            first={{ term: 'procedure', value: d.procedure.name[language] }}
            status={d.status}
            dueAt={d.dueAt}
          />
          <h3>{t('tracking.timeline')}</h3>
          <Timeline
            items={d.timeline.map((step) => ({
              key: `${step.at}-${step.event}`,
              children: `${slipTime(step.at)} — ${t(`events.${step.event}`, { defaultValue: step.event })}`,
            }))}
          />
        </section>
      )}
    </Loaded>
  );
}
