/** The words of the settings tabs (`designerSettings` namespace) and the language on screen. */
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../schemas/procedure.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';

export function useSettingsWords() {
  const { t } = useTranslation('designerSettings');
  const language = useLanguage();
  const pick = (text: Localized) => text[language];
  return { t, language, pick };
}
