import type { TextLanguage } from './language';

const OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
};

const FORMATS: Record<TextLanguage, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', OPTIONS),
  es: new Intl.DateTimeFormat('es', OPTIONS),
};

/**
 * A calendar day written out: `2025-10-21` → "Tuesday, October 21, 2025" / "martes, 21 de
 * octubre de 2025". The day is a date, not an instant: no time zone moves it.
 */
export function longDate(isoDate: string, language: TextLanguage = 'en'): string {
  return FORMATS[language].format(new Date(`${isoDate}T00:00:00Z`));
}
