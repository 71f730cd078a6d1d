/** The words of the simulate tab (`designerSimulate` namespace), the language on screen, and role names in it. */
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../schemas/procedure.ts';
import { ROLES } from '../../runtime/engine/index.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';

export function useSimulateWords() {
  const { t } = useTranslation('designerSimulate');
  const language = useLanguage();
  const pick = (text: Localized) => text[language];
  const roles = ROLES as Record<string, Localized | undefined>;
  /** A role's name; its code when the definition names a role the product does not know. */
  const role = (code: string) => roles[code]?.[language] ?? code;
  return { t, language, pick, role };
}
