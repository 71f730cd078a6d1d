/** Whether the draft is saved: "Đã lưu 3 giây trước", "Đang lưu…", "Chưa lưu" — announced politely. */
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../runtime/web/api/errors.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import { useDraft } from '../draft/hooks.ts';

/** Re-renders every `ms` while `on`. */
function useTick(on: boolean, ms: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [on, ms]);
  return now;
}

export function SaveStatus() {
  const { t } = useTranslation('designer');
  const common = useTranslation();
  const language = useLanguage();
  const save = useDraft((s) => s.save);
  const now = useTick(save.status === 'saved' && save.savedAt !== undefined, 5000);
  let text: string;
  switch (save.status) {
    case 'saved': {
      const seconds =
        save.savedAt === undefined ? undefined : Math.max(0, Math.round((now - save.savedAt) / 1000));
      text =
        seconds === undefined
          ? t('editor.save.upToDate')
          : seconds < 60
            ? t('editor.save.savedSeconds', { count: Math.max(seconds, 1) })
            : t('editor.save.savedMinutes', { count: Math.round(seconds / 60) });
      break;
    }
    case 'failed':
      text = t('editor.save.failed', { reason: errorText(save.error, language, common.t) });
      break;
    default:
      text = t(`editor.save.${save.status}`);
  }
  const icon =
    save.status === 'saving' ? (
      <LoadingOutlined />
    ) : save.status === 'saved' || save.status === 'readonly' ? (
      <CheckCircleOutlined />
    ) : (
      <ExclamationCircleOutlined />
    );
  return (
    <span className={`mc-save mc-save-${save.status}`} role="status">
      {icon} {text}
    </span>
  );
}
