import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'onrecord.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'es') return saved;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Words only some people read, loaded with their page (`loadNamespaces`), not the first one. */
export const PAGE_NAMESPACES = ['outcomes', 'members', 'schools'] as const;

/**
 * Each language's words are their own chunk, loaded when the language is used: an advocate
 * reading English downloads no Spanish (and the other way round, but for English as the
 * fallback). A page's own namespace is a chunk per language too (locales/<page>.<lang>.json).
 * i18next waits for them before it says the language changed.
 */
const languageChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    const lang = language === 'es' ? 'es' : 'en';
    const chunk =
      namespace === 'translation'
        ? import(`./locales/${lang}.json`)
        : import(`./locales/${namespace}.${lang}.json`);
    chunk.then(
      (words: { default: Record<string, unknown> }) => done(null, words.default),
      (error: unknown) => done(error as Error, null),
    );
  },
};

/** Resolves once the first language's words are loaded: render after it. */
export const i18nReady = i18n
  .use(languageChunks)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    // Keys such as outcomes.title are looked up in the page's namespace when it is loaded.
    fallbackNS: [...PAGE_NAMESPACES],
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export default i18n;
