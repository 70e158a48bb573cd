import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Keys the report gives where nothing is on file, or the family declined to say. */
const UNKNOWN: Record<string, string> = {
  NOT_RECORDED: 'funders.notRecorded',
  DECLINED_TO_STATE: 'funders.declined',
};

/**
 * The funder reports' keys in words, in the interface's language: a language code by its
 * name (Intl), an enum by its label, and "not recorded" and "declined to say" the same way
 * in every table.
 */
export function useFunderLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    const enumLabel = (prefix: string) => (key: string) =>
      UNKNOWN[key] ? t(UNKNOWN[key]) : t(`${prefix}.${key}`);
    /** As written inside a sentence ("español" in Spanish, "Spanish" in English). */
    const inSentence = (code: string) => {
      if (UNKNOWN[code]) return t(UNKNOWN[code]);
      try {
        return names.of(code) ?? code;
      } catch {
        return code; // not a language tag
      }
    };
    /** As a label on its own: capitalized. */
    const languageName = (code: string) => {
      const name = inSentence(code);
      return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
    };
    return {
      language: languageName,
      languageInSentence: inSentence,
      disability: enumLabel('funders.disability'),
      race: enumLabel('funders.race'),
      topic: enumLabel('contactLog.topic'),
      meetingKind: enumLabel('meetingKind'),
      closingReason: enumLabel('funders.closingReason'),
      outcome: (outcome: string | null | undefined) =>
        outcome ? t(`outcomes.caseOutcome.${outcome}`) : t('funders.caseService.noOutcome'),
      audience: (audience: string) => t(`funders.parentCenter.audience.${audience}`),
      channel: (group: string) => t(`funders.parentCenter.channel.${group}`),
      /** A kind and format, "TRAINING:VIRTUAL" (a colon would be read as a namespace). */
      outreach: (key: string) => t(`funders.parentCenter.outreachRow.${key.replace(':', '_')}`),
    };
  }, [t, language]);
}

export type FunderLabels = ReturnType<typeof useFunderLabels>;
