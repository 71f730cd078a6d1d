/**
 * Checks a copy of a result: the chosen file is sent as it is to POST /api/v1/verify/{token}/file, which hashes it
 * and says whether it is the file issued (the browser may lack WebCrypto on a plain-HTTP address, so it does not
 * hash it itself).
 */
import { useMutation } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../shell/language.ts';

type Answer = { matches: boolean } | { error: { message: { vi: string; en: string } } };

async function check(token: string, file: File): Promise<Answer> {
  const res = await fetch(`/api/v1/verify/${encodeURIComponent(token)}/file`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  return (await res.json()) as Answer;
}

export function CopyCheck({ token }: { token: string }) {
  const { t } = useTranslation('portalResult');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const checking = useMutation({ mutationFn: (file: File) => check(token, file) });
  const answer = checking.data;
  return (
    <div className="mc-result-part">
      <h2 className="mc-card-title">{t('verify.check')}</h2>
      <p>{t('verify.checkIntro')}</p>
      <label htmlFor="copy-file" className="mc-label">
        {t('verify.file')}
      </label>
      <input
        id="copy-file"
        type="file"
        accept="application/pdf,.pdf"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) checking.mutate(file);
        }}
      />
      <div className="mc-check-result" role="status">
        {checking.isPending && t('verify.checking')}
        {checking.isError && <Alert type="error" showIcon title={common('errors.network')} />}
        {answer &&
          ('error' in answer ? (
            <Alert type="error" showIcon title={answer.error.message[language]} />
          ) : answer.matches ? (
            <Alert type="success" showIcon title={t('verify.matches')} />
          ) : (
            <Alert type="error" showIcon title={t('verify.differs')} />
          ))}
      </div>
    </div>
  );
}
