/**
 * A failed call, told in the language on screen, with a way to try again when trying again can help: after no
 * answer or a server failure, not after a refusal such as "not found".
 */
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText, retryable } from '../api/errors.ts';
import { useLanguage } from './language.ts';

export function ErrorAlert({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = errorText(error, language, t);
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? text}
      description={title ? text : undefined}
      action={onRetry && retryable(error) && <Button onClick={onRetry}>{t('retry')}</Button>}
    />
  );
}
