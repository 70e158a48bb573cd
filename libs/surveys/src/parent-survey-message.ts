import { escapeHtml, textToHtml } from '@onrecord/platform/mail';
import { oneLine } from '@onrecord/platform/text';
import { WORDS, type MessageLanguage } from '@onrecord/words';

export interface ParentSurveyMessage {
  subject: string;
  text: string;
  html: string;
}

/**
 * The survey's email in the guardian's language (its words: libs/words en.ts, es.ts), text
 * and HTML, the link a real link in the HTML so one tap opens the survey. Pure.
 */
export function renderParentSurveyInvitation(
  facts: {
    guardianName: string;
    organizationName: string;
    studentName: string | null;
    link: string;
    questionCount: number;
    daysValid: number;
  },
  language: MessageLanguage,
): ParentSurveyMessage {
  const { subject, paragraphs } = WORDS[language].parentSurvey.invitation(facts);
  const text = paragraphs.join('\n\n');
  const link = escapeHtml(facts.link);
  const html = textToHtml(text, oneLine(subject)).replace(
    link,
    `<a href="${link}" style="color: #1864ab">${link}</a>`,
  );
  return { subject: oneLine(subject), text, html };
}
