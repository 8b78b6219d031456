import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../core/api';
import { en } from './en';
import { id, type Translations } from './id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translations };
  }
}

export const LOCALES: readonly Locale[] = ['id', 'en'];

export function toLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** BCP 47 tags for Intl formatting. */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { id: { translation: id }, en: { translation: en } },
    fallbackLng: 'id',
    supportedLngs: ['id', 'en'],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    detection: { order: ['localStorage', 'navigator'], caches: ['localStorage'] },
    interpolation: { escapeValue: false },
  });

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = toLocale(language);
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export default i18n;
