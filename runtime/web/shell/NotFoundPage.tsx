/** What an app shows at an address it does not have. */
import { useTranslation } from 'react-i18next';
import { LinkButton } from './LinkButton.tsx';
import { PageHeading } from './PageHeading.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notFound.title')} intro={t('notFound.body')} />
      <LinkButton type="primary" to="/">
        {t('notFound.home')}
      </LinkButton>
    </>
  );
}
