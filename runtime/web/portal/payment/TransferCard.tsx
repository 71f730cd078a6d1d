/**
 * Paying by bank transfer from any banking app: the VietQR code (amount and content filled in by the scan) and, for
 * someone who types instead, each detail with a copy button. The bank's notice of the transfer pays the fee.
 */
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showMoney } from '../../form/index.ts';
import { bankName } from './banks.ts';
import { QrImage } from '../../shell/QrImage.tsx';

export interface Transfer {
  bankBin: string;
  account: string;
  holder: string;
  content: string;
  payload: string;
}

export function TransferCard({ transfer, amount }: { transfer: Transfer; amount: number }) {
  const { t } = useTranslation('portalPayment');
  const copyable = (text: string) => (
    <Typography.Text strong copyable={{ text, tooltips: [t('copy'), t('copied')] }}>
      {text}
    </Typography.Text>
  );
  return (
    <Card title={<h2 className="mc-card-title">{t('transfer.title')}</h2>} className="mc-pay-card">
      <div className="mc-transfer">
        <QrImage text={transfer.payload} label={t('transfer.qrLabel', { amount: showMoney(amount) })} />
        <div>
          <Typography.Paragraph>{t('transfer.how')}</Typography.Paragraph>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'bank', label: t('transfer.bank'), children: bankName(transfer.bankBin) },
              { key: 'account', label: t('transfer.account'), children: copyable(transfer.account) },
              { key: 'holder', label: t('transfer.holder'), children: transfer.holder },
              {
                key: 'amount',
                label: t('transfer.amount'),
                children: copyable(String(amount)),
              },
              { key: 'content', label: t('transfer.content'), children: copyable(transfer.content) },
            ]}
          />
          <Typography.Paragraph type="secondary">{t('transfer.exact')}</Typography.Paragraph>
        </div>
      </div>
    </Card>
  );
}
