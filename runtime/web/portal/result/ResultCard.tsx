/**
 * On the dossier's page once its result is issued: the e-result to download, the QR code and link of its public
 * verification page, and the applicant's rating of the service.
 */
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../shell/LinkButton.tsx';
import { QrImage } from '../../shell/QrImage.tsx';
import { slipTime } from '../dossiers/time.ts';
import { RatingForm, type GivenRating } from './RatingForm.tsx';
import './result.css';

export interface IssuedResult {
  issuedAt: string;
  verifyToken: string;
}

export function ResultCard({
  code,
  result,
  rating,
}: {
  code: string;
  result: IssuedResult;
  rating?: GivenRating;
}) {
  const { t } = useTranslation('portalResult');
  const verifyPath = `/xac-thuc/${encodeURIComponent(result.verifyToken)}`;
  return (
    <section className="mc-card mc-result" aria-labelledby="result-title">
      <h2 id="result-title" className="mc-card-title">
        {t('card.title')}
      </h2>
      <p>{t('card.intro')}</p>
      <dl className="mc-facts">
        <div>
          <dt>{t('card.issuedAt')}</dt>
          <dd>{slipTime(result.issuedAt)}</dd>
        </div>
      </dl>
      <Space wrap className="mc-receipt-actions">
        <Button type="primary" href={`/api/v1/dossiers/${encodeURIComponent(code)}/result`} download>
          {t('card.download')}
        </Button>
        <LinkButton to={verifyPath}>{t('card.verify')}</LinkButton>
      </Space>
      <QrImage text={`${window.location.origin}${verifyPath}`} size={160} label={t('card.qr', { code })} />
      <RatingForm code={code} given={rating} />
    </section>
  );
}
