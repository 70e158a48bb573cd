import type { TextLanguage } from './language';

/**
 * Spanish writes "e" for "y" before a word that starts with the sound i ("Ana e Isabel",
 * "Ana e Hilda"), but not where "hie-"/"hia-" starts with a y sound ("Ana y Hierro").
 */
const STARTS_WITH_I_SOUND = /^h?[ií](?![aeiouáéíóú])/i;

/**
 * "Ana", "Ana and Ben", "Ana, Ben and Cy" / "Ana y Ben", "Ana, Ben y Cy", "Ana e Isabel".
 * Nothing gives "".
 */
export function joinNames(names: readonly string[], language: TextLanguage = 'en'): string {
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1] ?? '';
  const and = language === 'en' ? 'and' : STARTS_WITH_I_SOUND.test(last) ? 'e' : 'y';
  return `${names.slice(0, -1).join(', ')} ${and} ${last}`;
}
