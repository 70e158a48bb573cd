import { textToHtml } from '@onrecord/platform/mail';
import { joinNames, oneLine } from '@onrecord/platform/text';
import { WORDS, type EmailWords, type MessageLanguage } from '@onrecord/words';

/**
 * The emails of the family portal, in English and Spanish (usted): their words are in
 * libs/words (en.ts, es.ts) with every other message's. Pure: the portal's services gather the
 * facts and send what these return. Not templated: an organization does not word them.
 */

export interface PortalMessage {
  subject: string;
  text: string;
  html: string;
}

const message = ({ subject, paragraphs }: EmailWords): PortalMessage => {
  const text = paragraphs.join('\n\n');
  return { subject: oneLine(subject), text, html: textToHtml(text, oneLine(subject)) };
};

/**
 * The sign-in link a guardian asked for: the organizations whose portal it opens, the link,
 * how long it works (once), and what to do if they did not ask for it.
 */
export function renderPortalSignInLink(
  facts: { link: string; minutesValid: number; organizationNames: string[] },
  language: MessageLanguage,
): PortalMessage {
  const { link, minutesValid } = facts;
  const organizations = joinNames(facts.organizationNames, language);
  return message(WORDS[language].portal.signInLink({ link, minutesValid, organizations }));
}

/**
 * An advocate invited a guardian to the family portal: whose case they can see there, and how
 * to sign in (the portal's address and the email address to enter; no password).
 */
export function renderPortalInvitation(
  facts: {
    guardianName: string;
    organizationName: string;
    advocateName: string | null;
    studentNames: string[];
    portalUrl: string;
    email: string;
  },
  language: MessageLanguage,
): PortalMessage {
  const students = joinNames(facts.studentNames, language);
  const severalStudents = facts.studentNames.length > 1;
  return message(WORDS[language].portal.invitation({ ...facts, students, severalStudents }));
}
