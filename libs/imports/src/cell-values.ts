import { plainWords } from './column-guess';

/**
 * How a spreadsheet's cells become the values the create operations take. Each function
 * leaves a value it does not recognise as it is, so the create operations' own rules refuse
 * it with their own message.
 */

/** A name from one column, or from a first and a last name. */
export function joinedName(whole: string, first: string, last: string): string {
  return whole || [first, last].filter(Boolean).join(' ');
}

/**
 * A date as ISO (YYYY-MM-DD). Spreadsheets in the US write 3/14/2012 or 3/14/12 (a two-digit
 * year is this century unless that would be in the future); ISO passes through.
 */
export function isoDate(text: string, today = new Date()): string {
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!us) return text;
  const [, month = '', day = '', yearText = ''] = us;
  let year = Number(yearText);
  if (yearText.length === 2) {
    const century = Math.floor(today.getFullYear() / 100) * 100;
    year = century + year > today.getFullYear() ? century - 100 + year : century + year;
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const LANGUAGES: Record<string, string> = {
  english: 'en',
  ingles: 'en',
  spanish: 'es',
  espanol: 'es',
  vietnamese: 'vi',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'yue',
  arabic: 'ar',
  somali: 'so',
  'haitian creole': 'ht',
  portuguese: 'pt',
  russian: 'ru',
  french: 'fr',
  korean: 'ko',
  tagalog: 'tl',
  hmong: 'hmn',
  nepali: 'ne',
  swahili: 'sw',
  ukrainian: 'uk',
};

/** "Spanish", "Español" → "es"; a language tag passes through; empty is English. */
export function languageTag(text: string): string {
  if (!text) return 'en';
  return LANGUAGES[plainWords(text)] ?? text;
}

/** A list cell: "Autism; ADHD" or "Autism, ADHD" → ["Autism", "ADHD"]. */
export function listItems(text: string): string[] {
  return text
    .split(/[;,|]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * A word the spreadsheet uses for one of an enum's values: the value itself in any case
 * ("section_504"), or one of its usual names. Unknown words come back as written.
 */
export function enumValue(text: string, names: Record<string, string>): string {
  const words = plainWords(text);
  return names[words] ?? names[words.replace(/ /g, '_')] ?? text;
}

/** Each value's own name, in plain words: SECTION_504 → "section 504". */
export function ownNames(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value) => [plainWords(value), value]));
}
