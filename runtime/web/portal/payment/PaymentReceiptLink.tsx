/** The receipt of the fees paid (biên lai thu phí, lệ phí), as PDF. */
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

export function PaymentReceiptLink({ code }: { code: string }) {
  const { t } = useTranslation('portalPayment');
  return (
    <Button href={`/api/v1/dossiers/${encodeURIComponent(code)}/payment-receipt.pdf`} download>
      {t('receiptPdf')}
    </Button>
  );
}
