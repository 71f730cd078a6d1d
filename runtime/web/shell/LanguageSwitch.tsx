/** Two languages: the switch offers the other one, written in that language, and the choice is remembered. */
import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = t('language.otherCode');
  return (
    <Button
      className="mc-language"
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      aria-label={t('language.switchLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      <span lang={other}>{t('language.other')}</span>
    </Button>
  );
}
