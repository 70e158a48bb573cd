import { useTranslation } from 'react-i18next';
import type { ContactChannel, ContactParty, ContactTopic } from '../../gql/graphql';

/** The choices a contact is logged with, in the order the form offers them. */
export const PARTIES: ContactParty[] = ['GUARDIAN', 'STUDENT', 'SCHOOL_CONTACT', 'PROFESSIONAL'];
export const CONTACT_CHANNELS: ContactChannel[] = [
  'PHONE',
  'VIDEO',
  'IN_PERSON',
  'EMAIL',
  'TEXT',
  'LETTER',
];
export const CONTACT_TOPICS: ContactTopic[] = [
  'ATTENDANCE',
  'EVALUATION',
  'IEP',
  'SECTION_504',
  'BEHAVIOR_DISCIPLINE',
  'BULLYING',
  'RECORDS',
  'REINTEGRATION',
  'HOME_INSTRUCTION',
  'DISPUTE_RESOLUTION',
  'INFORMATION_REFERRAL',
  'OTHER',
];
/**
 * The languages families served most often speak (ISO 639-1), named in the interface's own
 * language by the browser; English first, the api's default.
 */
export const CONTACT_LANGUAGES = [
  'en',
  'es',
  'vi',
  'zh',
  'ko',
  'ar',
  'ht',
  'pt',
  'ru',
  'so',
  'fr',
  'tl',
];

/**
 * A language's name in the interface's language, capitalized as a name in a list ("Inglés":
 * Spanish writes it lowercase in a sentence).
 */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (code) => {
    const name = names.of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1);
  };
}
