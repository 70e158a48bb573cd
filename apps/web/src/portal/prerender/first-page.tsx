import { MantineProvider } from '@mantine/core';
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { cssVariablesResolver, theme } from '../../theme';
import type { PortalLanguage } from '../languages';
import en from '../locales/en.json';
import es from '../locales/es.json';
import { OpenMyCaseForm } from '../pages/OpenMyCaseForm';
import { SignInFrame } from '../pages/SignInFrame';

const nothing = () => undefined;

/**
 * The page an emailed sign-in link opens, drawn at build time (apps/web/prerender.mjs) in
 * each language: the api sends it with the page's script still to come, so a parent on a
 * slow phone sees "Open my case" (and can tap it) in about a second instead of four. The
 * script then draws the same page in its place (main.tsx).
 */
export function renderFirstPage(language: PortalLanguage): string {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return renderToString(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nextProvider i18n={i18n}>
        <SignInFrame>
          <OpenMyCaseForm keep={false} onKeepChange={nothing} busy={false} onOpen={nothing} />
        </SignInFrame>
      </I18nextProvider>
    </MantineProvider>,
  );
}
