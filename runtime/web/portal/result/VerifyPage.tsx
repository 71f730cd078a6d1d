/**
 * The public verification page a result's QR code opens (`/xac-thuc/:token`): whether a result was issued under the
 * token and what it is — procedure, dossier code, issuing unit, date, SHA-256 — with no personal data; and the
 * check of a copy someone holds.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { trpc } from '../../api/client.ts';
import { useLanguage } from '../../shell/language.ts';
import { Loaded } from '../../shell/Loaded.tsx';
import { PageHeading } from '../../shell/PageHeading.tsx';
import { slipTime } from '../dossiers/time.ts';
import { CopyCheck } from './CopyCheck.tsx';
import './result.css';

export function VerifyPage() {
  const { t } = useTranslation('portalResult');
  const language = useLanguage();
  const token = useParams().token ?? '';
  const verified = useQuery({ ...trpc.results.verify.queryOptions({ token }), retry: false });
  return (
    <>
      <PageHeading title={t('verify.title')} intro={t('verify.intro')} />
      <Loaded query={verified}>
        {(r) => (
          <section className="mc-card mc-result" aria-labelledby="verified-title">
            <Alert type="success" showIcon title={<span id="verified-title">{t('verify.genuine')}</span>} />
            <dl className="mc-facts">
              <div>
                <dt>{t('verify.document')}</dt>
                <dd>{r.document[language]}</dd>
              </div>
              <div>
                <dt>{t('verify.procedure')}</dt>
                <dd>{r.procedure.name[language]}</dd>
              </div>
              <div>
                <dt>{t('verify.code')}</dt>
                <dd>{r.code}</dd>
              </div>
              <div>
                <dt>{t('verify.unit')}</dt>
                <dd>{r.unit.name[language]}</dd>
              </div>
              <div>
                <dt>{t('verify.issuedAt')}</dt>
                <dd>{slipTime(r.issuedAt)}</dd>
              </div>
              <div>
                <dt>{t('verify.sha256')}</dt>
                <dd className="mc-hash">{r.sha256}</dd>
              </div>
            </dl>
            <CopyCheck token={token} />
          </section>
        )}
      </Loaded>
    </>
  );
}
