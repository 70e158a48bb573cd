import { textToHtml } from '@onrecord/platform/mail';
import { oneLine } from '@onrecord/platform/text';
import { WORDS } from '@onrecord/words';
import { ENGINE } from './merge-fields';
import { followUpValues } from './merge-values';
import type { FollowUpFacts, FollowUpTemplateText, RenderedMessage } from './message-facts';
import type { MessageLanguage } from './message-language';

/**
 * Follow-up messages rendered: a template filled with the facts' merge values in the
 * template's language, as a subject, a plain-text body and its HTML.
 */

/**
 * The subject of a message to the school about a request: "Re: " and the request's own
 * subject, so mail clients that group by subject (not only by References) show the
 * follow-ups under the request. A subject that already starts with "Re:" gets no second one.
 */
export function replySubject(requestSubject: string): string {
  const base = requestSubject
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(re\s*:\s*)+/i, '');
  return `Re: ${base}`;
}

/**
 * Renders subject and text, and HTML made from the text, with the merge values in `language`
 * (the template's language). Throws MergeTemplateError for a template with problems.
 * `missingFields` names the fields shown as placeholders, so a message with
 * "[advocate's name]" in it can be held for a person to look at.
 */
export function renderFollowUp(
  template: FollowUpTemplateText,
  facts: FollowUpFacts,
  language: MessageLanguage = 'en',
): RenderedMessage & { missingFields: string[] } {
  const values = followUpValues(facts, language);
  const missing = new Set<string>();
  const subject = oneLine(ENGINE.render(template.subject, values, missing));
  const text = ENGINE.render(template.body, values, missing).trim();
  return { subject, text, html: textToHtml(text, subject), missingFields: [...missing] };
}

/** Between the texts of two languages. */
const LANGUAGE_RULE = '—'.repeat(20);

/**
 * One message in several languages, for guardians who prefer different ones: each
 * language's text in the order given (a language given twice counts once), a line at the top
 * saying where the others are, a rule line between them; the subjects joined with " / ".
 * With one part it is renderFollowUp's message.
 */
export function renderForLanguages(
  parts: Array<{ language: MessageLanguage; template: FollowUpTemplateText }>,
  facts: FollowUpFacts,
): RenderedMessage & { missingFields: string[] } {
  const unique = parts.filter(
    (part, index) => parts.findIndex((p) => p.language === part.language) === index,
  );
  const [first, ...others] = unique;
  if (!first) throw new Error('renderForLanguages needs a template in at least one language');
  if (!others.length) return renderFollowUp(first.template, facts, first.language);
  const rendered = unique.map((part) => renderFollowUp(part.template, facts, part.language));
  const text = [
    others.map((part) => WORDS[part.language].textBelow).join('\n'),
    rendered.map((message) => message.text).join(`\n\n${LANGUAGE_RULE}\n\n`),
  ].join('\n\n');
  const subject = rendered.map((message) => message.subject).join(' / ');
  return {
    subject,
    text,
    html: textToHtml(text, subject),
    missingFields: [...new Set(rendered.flatMap((message) => message.missingFields))],
  };
}
