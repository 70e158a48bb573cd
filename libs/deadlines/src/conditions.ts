import type { Choices, When } from './types';

/** Whether a data item's `when` holds under a reading's choices (no `when`: always). */
export function applies(when: When | undefined, choices: Choices): boolean {
  if (!when) return true;
  // for…in with an own-property check: the same keys, in the same order, as Object.entries,
  // without allocating the entries on every check.
  for (const ambiguity in when) {
    if (!Object.prototype.hasOwnProperty.call(when, ambiguity)) continue;
    const options = when[ambiguity];
    const chosen = choices[ambiguity];
    if (chosen === undefined || !options?.includes(chosen)) return false;
  }
  return true;
}
