/**
 * Paying a dossier's fees (seed: Lâm Đồng Art. 17): what is owed now, in figures and in words as receipts write it,
 * and the two ways to pay — the payment gateway's page, or a bank transfer by VietQR. Coming back from the gateway
 * (?payment=…), the page says what the gateway told the browser, and waits for the gateway's own report, which
 * alone marks the fees paid.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { trpc } from '../../api/client.ts';
import { showMoney } from '../../form/index.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { useLanguage } from '../../shell/language.ts';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { Loaded } from '../../shell/Loaded.tsx';
import { PageHeading } from '../../shell/PageHeading.tsx';
import { PaymentReceiptLink } from './PaymentReceiptLink.tsx';
import { TransferCard } from './TransferCard.tsx';
import './payment.css';

type Outcome = 'paid' | 'failed' | 'invalid';
const OUTCOMES: readonly string[] = ['paid', 'failed', 'invalid'] satisfies Outcome[];
/** While the gateway's report is on its way: how often to ask again. */
const CONFIRMING_POLL_MS = 2000;

export function PaymentPage() {
  const { t } = useTranslation('portalPayment');
  const code = useParams().code!;
  const [params] = useSearchParams();
  const said = params.get('payment');
  const outcome = OUTCOMES.includes(said ?? '') ? (said as Outcome) : undefined;
  const due = useQuery({
    ...trpc.payments.due.queryOptions({ code }),
    refetchInterval: (query) =>
      outcome === 'paid' && query.state.data?.waiting ? CONFIRMING_POLL_MS : false,
  });

  return (
    <>
      <PageHeading title={t('title', { code })} intro={t('intro')} />
      <div className="mc-stack">
        <LinkButton to={`/ho-so/${encodeURIComponent(code)}`} type="link" className="mc-back">
          {t('back', { code })}
        </LinkButton>
        <Loaded query={due}>
          {(data) => (
            <>
              <OutcomeAlert outcome={outcome} waiting={data.waiting} paid={data.paid} />
              {data.waiting ? (
                <>
                  <Card className="mc-pay-card">
                    <Typography.Text type="secondary">{t('owed')}</Typography.Text>
                    <p className="mc-pay-amount">{showMoney(data.amount)} ₫</p>
                    <p className="mc-pay-words">{t('inWords', { words: data.amountInWords })}</p>
                  </Card>
                  {data.online && <OnlineCard code={code} />}
                  {data.transfer && <TransferCard transfer={data.transfer} amount={data.amount} />}
                  {!data.online && !data.transfer && <Alert type="info" showIcon title={t('atCounter')} />}
                </>
              ) : (
                outcome !== 'paid' && (
                  <Alert
                    type={data.paid > 0 ? 'success' : 'info'}
                    showIcon
                    title={data.paid > 0 ? t('settled', { amount: showMoney(data.paid) }) : t('nothingDue')}
                  />
                )
              )}
              {data.paid > 0 && !data.waiting && <PaymentReceiptLink code={code} />}
            </>
          )}
        </Loaded>
      </div>
    </>
  );
}

function OutcomeAlert({ outcome, waiting, paid }: { outcome?: Outcome; waiting: boolean; paid: number }) {
  const { t } = useTranslation('portalPayment');
  if (outcome === 'paid') {
    return waiting ? (
      <Alert type="info" showIcon title={t('outcome.confirming')} role="status" />
    ) : (
      <Alert type="success" showIcon title={t('outcome.paid', { amount: showMoney(paid) })} role="status" />
    );
  }
  if (outcome === 'failed')
    return <Alert type="warning" showIcon title={t('outcome.failed')} role="status" />;
  if (outcome === 'invalid')
    return <Alert type="error" showIcon title={t('outcome.invalid')} role="status" />;
  return null;
}

/** The gateway's page: an order for what is owed now, then the browser goes there. */
function OnlineCard({ code }: { code: string }) {
  const { t } = useTranslation('portalPayment');
  const language = useLanguage();
  const start = useMutation(
    trpc.payments.start.mutationOptions({ onSuccess: ({ redirect }) => window.location.assign(redirect) }),
  );
  return (
    <Card title={<h2 className="mc-card-title">{t('online.title')}</h2>} className="mc-pay-card">
      <Typography.Paragraph>{t('online.how')}</Typography.Paragraph>
      {start.isError && <ErrorAlert error={start.error} />}
      <Button
        type="primary"
        size="large"
        loading={start.isPending || start.isSuccess}
        onClick={() => start.mutate({ code, language })}
      >
        {t('online.pay')}
      </Button>
    </Card>
  );
}
