import { EN } from './en';
import { ES } from './es';
import type { MessageLanguage } from './language';
import type { Words } from './words';

/** Each language's words. */
export const WORDS: Record<MessageLanguage, Words> = { en: EN, es: ES };
