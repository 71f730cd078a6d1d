/**
 * One i18next instance for every web app: Vietnamese by default, English second; the person's choice is kept in
 * the browser and written on <html lang> so that screen readers pronounce the page right.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messagesEn, messagesVi } from '../../engine/index.ts';
import { en } from './en.ts';
import { vi } from './vi.ts';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The engine's, the server's and the CLI's messages (runtime/engine/messages) are the namespace `messages`: an error's
 * code from the server reads `t('interpreter.roleNotAllowed', { ns: 'messages', ...params })`. Its keys are flat
 * (`area.name`), which i18next finds as they are.
 */
const resources = {
  vi: { ...vi, messages: messagesVi },
  en: { ...en, messages: messagesEn },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['vi'];
  }
}

const STORAGE_KEY = 'motcua.language';

/** The language chosen earlier in this browser, else Vietnamese. */
function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage refused (private mode, policies): the default serves.
    return 'vi';
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, still switched.
  }
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: LANGUAGES,
  ns: Object.keys(resources.vi),
  defaultNS: 'common',
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  // The words are bundled: ready before the first render.
  initAsync: false,
});

/** The language being shown now. */
export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'vi');
