import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PORTAL_LANGUAGES } from './languages';

const NAMES: Record<string, string> = { en: 'English', es: 'Español' };

/** Before sign-in: English or Spanish, each named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(value) => void i18n.changeLanguage(value)}
      data={PORTAL_LANGUAGES.map((value) => ({ value, label: NAMES[value] ?? value }))}
      style={{ alignSelf: 'flex-end' }}
    />
  );
}
