// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import type { Choices, When } from '../../types';

/** Whether a data item's `when` holds under a reading's choices (no `when`: always). */
export function applies(when: When | undefined, choices: Choices): boolean {
  if (!when) return true;
  for (const [ambiguity, options] of Object.entries(when)) {
    const chosen = choices[ambiguity];
    if (chosen === undefined || !options.includes(chosen)) return false;
  }
  return true;
}
