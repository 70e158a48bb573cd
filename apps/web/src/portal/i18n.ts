import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';

/** The languages the portal (and OnRecord's emails) are written in. */
export const PORTAL_LANGUAGES = ['en', 'es'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];
const STORAGE_KEY = 'onrecord.portal.language';

export function asPortalLanguage(value: string | null | undefined): PortalLanguage | null {
  const short = (value ?? '').toLowerCase().slice(0, 2);
  return short === 'en' || short === 'es' ? short : null;
}

/** Before sign-in: the language last used here, else the browser's. */
function initialLanguage(): PortalLanguage {
  return (
    asPortalLanguage(localStorage.getItem(STORAGE_KEY)) ??
    asPortalLanguage(navigator.language) ??
    'en'
  );
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
});

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;
