import { type FieldProblem } from '@onrecord/platform/errors';
import {
  builtInTriggerFor,
  matchKey,
  tidyLabel,
  TRIGGER_LANGUAGES,
  type TriggerLanguage,
  type TriggerTranslations,
} from './built-in-triggers';
import type { ObservationTag } from './observation-tag.entity';

export const MAX_LABEL = 100;

/** A label in another language, as given to the API. */
export interface TranslationInput {
  language: string;
  label: string;
}

/** Every label a tag answers to: its own (English) and each translation. */
export const tagLabels = (tag: Pick<ObservationTag, 'label' | 'translations'>): string[] => [
  tag.label,
  ...Object.values(tag.translations ?? {}).filter((label): label is string => !!label),
];

/** A label's own problem (empty, too long), named on `field`. */
export function labelProblem(label: string, field: string): FieldProblem | null {
  if (!label) return { field, message: 'must not be empty' };
  if (label.length > MAX_LABEL)
    return { field, message: `must be at most ${MAX_LABEL} characters` };
  return null;
}

/**
 * The translations given, tidied, as the tag stores them; each problem named on
 * `translations.N.language` or `translations.N.label`. A language is given once at most, and
 * only one OnRecord writes in besides English (the tag's label is the English).
 */
export function parseTranslations(input: readonly TranslationInput[] | null | undefined): {
  translations: TriggerTranslations;
  /** Each label kept, with the field it was given in (for labelClashes). */
  labels: Array<{ field: string; label: string }>;
  problems: FieldProblem[];
} {
  const translations: TriggerTranslations = {};
  const labels: Array<{ field: string; label: string }> = [];
  const problems: FieldProblem[] = [];
  (input ?? []).forEach((given, index) => {
    const field = `translations.${index}`;
    const language = given.language.trim().toLowerCase();
    if (!(TRIGGER_LANGUAGES as readonly string[]).includes(language)) {
      problems.push({
        field: `${field}.language`,
        message: `must be one of ${TRIGGER_LANGUAGES.join(', ')} (the label itself is the English)`,
      });
      return;
    }
    if (translations[language as TriggerLanguage] !== undefined) {
      problems.push({ field: `${field}.language`, message: `gives ${language} a second time` });
      return;
    }
    const label = tidyLabel(given.label);
    const problem = labelProblem(label, `${field}.label`);
    if (problem) problems.push(problem);
    else {
      translations[language as TriggerLanguage] = label;
      labels.push({ field: `${field}.label`, label });
    }
  });
  return { translations, labels, problems };
}

/**
 * Labels (each with the field it came from) that another trigger already answers to, in any
 * language: a built-in one, or another of the organization's tags (archived ones too — they
 * can be restored). A day logged with such a label could not say which trigger it meant.
 */
export function labelClashes(
  labels: ReadonlyArray<{ field: string; label: string }>,
  otherTags: readonly ObservationTag[],
): FieldProblem[] {
  const taken = new Map<string, string>();
  for (const tag of otherTags) {
    const owner = tag.archivedAt ? `the archived observation tag “${tag.label}”` : `“${tag.label}”`;
    for (const label of tagLabels(tag)) taken.set(matchKey(label), owner);
  }
  return labels.flatMap(({ field, label }) => {
    const builtIn = builtInTriggerFor(label);
    if (builtIn)
      return [{ field, message: `“${label}” is the built-in trigger “${builtIn.label}” already` }];
    const owner = taken.get(matchKey(label));
    return owner ? [{ field, message: `“${label}” already names ${owner}` }] : [];
  });
}
