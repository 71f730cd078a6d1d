import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/index.ts';

/** The language on screen; components that call it re-render when the person switches. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}
