import { badUserInput } from '@onrecord/platform/errors';

/** The longest search text taken, in characters: a name or a few words, not a letter. */
export const SEARCH_TEXT_MAX = 200;
/** Words after the eighth are ignored: each one narrows, and each costs a little. */
const MAX_WORDS = 8;

/**
 * What was typed, as the words of a tsquery that finds records containing every word as the
 * start of one of theirs ("mar gar" → `mar:* & gar:*`): as-you-type search. Only letters and
 * digits are kept, so no input is tsquery syntax (quotes, `:*`, `&|!()`, `<->` are word
 * breaks). PostgreSQL lowercases and removes accents when it reads the query
 * (`to_tsquery('public.onrecord_search', …)`). Refuses, naming the field, a text that is
 * blank, too long, or without a letter or digit.
 */
export function searchTerms(text: string, field = 'text'): string {
  const trimmed = text.trim();
  if (!trimmed) throw badUserInput([{ field, message: 'type a name or a few words to search' }]);
  if (trimmed.length > SEARCH_TEXT_MAX)
    throw badUserInput([{ field, message: `at most ${SEARCH_TEXT_MAX} characters` }]);
  const words = trimmed.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  if (!words.length) throw badUserInput([{ field, message: 'needs a letter or a digit' }]);
  return words
    .slice(0, MAX_WORDS)
    .map((word) => `${word.toLowerCase()}:*`)
    .join(' & ');
}
