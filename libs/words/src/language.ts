/**
 * The languages OnRecord writes to families in. Messages to schools and to advocates are
 * English only; a guardian's messages follow their preferred language where a text exists in
 * it, else English.
 */
export const MESSAGE_LANGUAGES = ['en', 'es'] as const;

export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/**
 * The message language of a BCP 47 tag (a guardian's preferred language): "es", "es-MX",
 * "ES" → 'es'; anything else, or nothing, → 'en'.
 */
export function messageLanguage(tag: string | null | undefined): MessageLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'es' ? 'es' : 'en';
}
