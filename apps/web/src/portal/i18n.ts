import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import { asPortalLanguage, type PortalLanguage } from './languages';

export { asPortalLanguage, PORTAL_LANGUAGES, type PortalLanguage } from './languages';

const STORAGE_KEY = 'onrecord.portal.language';

/**
 * Before sign-in: the language last chosen here, else the one the first page was rendered
 * in (the api picked it from the browser's languages), else the browser's.
 */
function initialLanguage(): PortalLanguage {
  return (
    asPortalLanguage(localStorage.getItem(STORAGE_KEY)) ??
    asPortalLanguage(document.documentElement.dataset['prerendered']) ??
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
