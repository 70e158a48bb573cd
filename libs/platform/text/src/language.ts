/** The languages these helpers write in (the languages OnRecord writes to people in). */
export type TextLanguage = 'en' | 'es';
