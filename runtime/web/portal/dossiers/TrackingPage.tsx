/**
 * Public tracking by dossier code (`/tra-cuu`, and `/tra-cuu/:code` that the slip's QR code opens): status, due
 * time and timeline from the public lookup, which carries no personal data.
 */
import { useQuery } from '@tanstack/react-query';
import { Input, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { trpc } from '../../api/client.ts';
import { useLanguage } from '../../shell/language.ts';
import { Loaded } from '../../shell/Loaded.tsx';
import { PageHeading } from '../../shell/PageHeading.tsx';
import { StatusTag } from './StatusTag.tsx';
import { slipTime } from './time.ts';

export function TrackingPage() {
  const { t } = useTranslation('portalDossiers');
  const { code = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title={t('tracking.title')} intro={t('tracking.intro')} />
      <div role="search" className="mc-search">
        <label htmlFor="tracking-code" className="mc-label">
          {t('tracking.code')}
        </label>
        <Input.Search
          id="tracking-code"
          key={code}
          defaultValue={code}
          placeholder={t('tracking.placeholder')}
          enterButton={t('tracking.search')}
          size="large"
          onSearch={(value) => value.trim() && void navigate(`/tra-cuu/${encodeURIComponent(value.trim())}`)}
        />
      </div>
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
          <dl className="mc-facts">
            <div>
              <dt>{t('fields.procedure')}</dt>
              <dd>{d.procedure.name[language]}</dd>
            </div>
            <div>
              <dt>{t('fields.status')}</dt>
              <dd>
                <StatusTag status={d.status} />
              </dd>
            </div>
            <div>
              <dt>{t('fields.dueAt')}</dt>
              <dd>{slipTime(d.dueAt)}</dd>
            </div>
          </dl>
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
