import type { DisabilityCategory, RaceEthnicity } from '../../gql/graphql';

/** In the order the federal categories are usually listed; "declined" last, apart. */
export const RACE_ETHNICITIES: RaceEthnicity[] = [
  'AMERICAN_INDIAN_OR_ALASKA_NATIVE',
  'ASIAN',
  'BLACK_OR_AFRICAN_AMERICAN',
  'HISPANIC_OR_LATINO',
  'NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER',
  'WHITE',
  'TWO_OR_MORE_RACES',
];

/** IDEA's categories, then "not identified (yet)"; "declined" last, apart. */
export const DISABILITY_CATEGORIES: DisabilityCategory[] = [
  'AUTISM',
  'DEAF_BLINDNESS',
  'DEVELOPMENTAL_DELAY',
  'EMOTIONAL_DISTURBANCE',
  'HEARING_IMPAIRMENT',
  'INTELLECTUAL_DISABILITY',
  'MULTIPLE_DISABILITIES',
  'ORTHOPEDIC_IMPAIRMENT',
  'OTHER_HEALTH_IMPAIRMENT',
  'SPECIFIC_LEARNING_DISABILITY',
  'SPEECH_OR_LANGUAGE_IMPAIRMENT',
  'TRAUMATIC_BRAIN_INJURY',
  'VISUAL_IMPAIRMENT',
  'NOT_IDENTIFIED',
];

/** Both enums' "the family declined to say". */
export const DECLINED = 'DECLINED_TO_STATE';
/** The language select's "declined to say" (not a language tag: no tag is all capitals). */
export const LANGUAGE_DECLINED = 'DECLINED';

/**
 * The languages families in the United States speak most at home (BCP 47), English and
 * Spanish first; the browser names them in the interface's language. One on file that is not
 * here is added to the list when the form opens.
 */
export const COMMON_LANGUAGES = [
  'en',
  'es',
  'zh',
  'yue',
  'vi',
  'tl',
  'ar',
  'fr',
  'ko',
  'ru',
  'ht',
  'pt',
  'de',
  'hi',
  'ur',
  'bn',
  'pa',
  'gu',
  'te',
  'ta',
  'ne',
  'fa',
  'prs',
  'ps',
  'so',
  'am',
  'ti',
  'sw',
  'yo',
  'ig',
  'hmn',
  'km',
  'lo',
  'my',
  'th',
  'ja',
  'pl',
  'uk',
  'it',
  'el',
  'hy',
  'ku',
  'uz',
  'ro',
  'sq',
  'bs',
  'he',
  'yi',
  'sm',
  'to',
  'mh',
  'chk',
  'nv',
  'ase',
];

/** A language's name in the interface's language, capitalized: "Spanish", "Español". */
export function languageName(tag: string, language: string): string {
  let name = tag;
  try {
    name = new Intl.DisplayNames([language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // Not a tag the browser knows: shown as it is.
  }
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** The select's options: the common languages and any on file, by name; "declined" apart. */
export function languageOptions(
  onFile: (string | null | undefined)[],
  language: string,
): { value: string; label: string }[] {
  const given = onFile.filter((t): t is string => !!t && t !== LANGUAGE_DECLINED);
  const tags = [...new Set([...COMMON_LANGUAGES, ...given])];
  const options = tags.map((value) => ({ value, label: languageName(value, language) }));
  // English and Spanish first, the rest by name.
  const rest = options.slice(2).sort((a, b) => a.label.localeCompare(b.label, language));
  return [...options.slice(0, 2), ...rest];
}

export interface GuardianValues {
  id: string;
  /** A language tag, LANGUAGE_DECLINED, or null: not asked. */
  language: string | null;
}

export interface DemographicsValues {
  raceEthnicity: string | null;
  primaryDisability: string | null;
  guardians: GuardianValues[];
  county: string;
  postalCode: string;
  placeDeclined: boolean;
}

interface OnFile {
  family: {
    demographics: { county?: string | null; postalCode?: string | null; placeDeclined: boolean };
    guardians: {
      id: string;
      demographics: { primaryLanguage?: string | null; primaryLanguageDeclined: boolean };
    }[];
  };
  student: {
    demographics: {
      raceEthnicity?: RaceEthnicity | null;
      primaryDisability?: DisabilityCategory | null;
    };
  };
}

/** The form as what is on file fills it. */
export function toValues(onFile: OnFile): DemographicsValues {
  const { family, student } = onFile;
  return {
    raceEthnicity: student.demographics.raceEthnicity ?? null,
    primaryDisability: student.demographics.primaryDisability ?? null,
    guardians: family.guardians.map((g) => ({
      id: g.id,
      language: g.demographics.primaryLanguageDeclined
        ? LANGUAGE_DECLINED
        : (g.demographics.primaryLanguage ?? null),
    })),
    county: family.demographics.county ?? '',
    postalCode: family.demographics.postalCode ?? '',
    placeDeclined: family.demographics.placeDeclined,
  };
}

/** What each mutation is sent: every field says its value, null for "not asked". */
export function studentInput(values: DemographicsValues) {
  return {
    raceEthnicity: values.raceEthnicity as RaceEthnicity | null,
    primaryDisability: values.primaryDisability as DisabilityCategory | null,
  };
}

export function guardianInput(guardian: GuardianValues) {
  const declined = guardian.language === LANGUAGE_DECLINED;
  return {
    primaryLanguage: declined ? null : guardian.language,
    primaryLanguageDeclined: declined,
  };
}

export function familyInput(values: DemographicsValues) {
  if (values.placeDeclined) return { county: null, postalCode: null, placeDeclined: true };
  return {
    county: values.county.trim() || null,
    postalCode: values.postalCode.trim() || null,
    placeDeclined: false,
  };
}

/** The fields the api may refuse, each with its own words in the form. */
export const FAMILY_FIELDS = ['county', 'postalCode'] as const;
