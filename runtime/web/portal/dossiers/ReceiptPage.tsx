/**
 * After submitting: the dossier's code, status, due time and fees, its receipt slip (PDF) and the tracking QR code.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { trpc } from '../../api/client.ts';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { Loaded } from '../../shell/Loaded.tsx';
import { QrImage } from '../../shell/QrImage.tsx';
import { PageHeading } from '../../shell/PageHeading.tsx';
import { PaymentReceiptLink } from '../payment/PaymentReceiptLink.tsx';
import { ResultCard } from '../result/ResultCard.tsx';
import { DossierFacts } from './DossierFacts.tsx';
import { slipTime } from './time.ts';

export function ReceiptPage() {
  const { t } = useTranslation('portalDossiers');
  const { code = '' } = useParams();
  const dossier = useQuery(trpc.dossiers.get.queryOptions({ code }));
  const [params] = useSearchParams();
  const tracking = `${window.location.origin}/tra-cuu/${encodeURIComponent(code)}`;
  return (
    <>
      <PageHeading title={t('receipt.title', { code })} intro={t('receipt.intro')} />
      <Loaded query={dossier}>
        {(d) => (
          <section className="mc-card" aria-label={t('receipt.title', { code })}>
            {params.get('supplemented') === '1' && d.supplement === null && (
              <Alert type="success" showIcon title={t('supplement.done')} />
            )}
            {d.supplement && (
              <Alert
                type="warning"
                showIcon
                title={t('supplement.asked', { since: slipTime(d.supplement.since) })}
                description={d.supplement.reasons.join('; ')}
                action={
                  <LinkButton type="primary" to={`/ho-so/${encodeURIComponent(d.code)}/bo-sung`}>
                    {t('supplement.open')}
                  </LinkButton>
                }
              />
            )}
            <DossierFacts
              first={{ term: 'code', value: d.code }}
              status={d.status}
              dueAt={d.dueAt}
              fees={d.fees}
            />
            <Space wrap className="mc-receipt-actions">
              {d.status === 'awaiting_payment' && (
                <LinkButton type="primary" to={`/ho-so/${encodeURIComponent(d.code)}/thanh-toan`}>
                  {t('receipt.pay')}
                </LinkButton>
              )}
              <Button
                type={d.status === 'awaiting_payment' ? 'default' : 'primary'}
                href={`/api/v1/dossiers/${encodeURIComponent(d.code)}/receipt.pdf`}
                download
              >
                {t('receipt.download')}
              </Button>
              {d.fees.paid > 0 && <PaymentReceiptLink code={d.code} />}
            </Space>
            <QrImage
              text={tracking}
              size={160}
              label={t('receipt.qr', { code: d.code })}
              caption={t('receipt.qrCaption')}
            />
            {d.result && <ResultCard code={d.code} result={d.result} rating={d.rating} />}
          </section>
        )}
      </Loaded>
    </>
  );
}
