import { createMergeEngine, type MergeField } from '@onrecord/requests';
import { EN } from '@onrecord/words';

/**
 * The merge fields of follow-up templates (the letters' merge syntax, letter-merge.ts in
 * libs/requests), so an organization can word its own messages to schools and families.
 */

/**
 * The fields of follow-up templates. Their values are in the message's language (dates, names
 * joined, counts, outcomes, what was asked); text as recorded (subjects, commitments,
 * summaries, the rule's name and citation) stays as written. Placeholders are English: they
 * are for the advocate who looks at a message held with a field missing.
 */
export const FOLLOW_UP_MERGE_FIELDS = [
  {
    name: 'organization.name',
    description: "The organization's name.",
    placeholder: "[organization's name]",
  },
  {
    name: 'advocate.name',
    description: 'The advocate the follow-up is sent for (the first assigned advocate).',
    placeholder: "[advocate's name]",
  },
  {
    name: 'advocate.email',
    description:
      "The advocate's email address, where replies go (for the signature); empty when none is on file (use it as a section).",
    placeholder: "[advocate's email]",
  },
  { name: 'student.name', description: "The student's name.", placeholder: "[student's name]" },
  { name: 'school.name', description: "The student's school.", placeholder: "[student's school]" },
  {
    name: 'district.name',
    description: "The school's district.",
    placeholder: '[school district]',
  },
  {
    name: 'family.householdName',
    description: "The family's household name.",
    placeholder: "[family's name]",
  },
  {
    name: 'recipients',
    description:
      'Who the message is addressed to: the school contacts, or the guardians for an update to the family; e.g. "Ms. Lee and Mr. Park".',
    placeholder: '[recipients]',
  },
  {
    name: 'earlierRecipients',
    description:
      'For an escalation: the school contacts asked before, who did not answer; empty otherwise.',
    placeholder: '[contacts asked before]',
  },
  {
    name: 'followUp.number',
    description:
      'Which follow-up this is, as a word: "first" for the first follow-up to the school, "second", "third"… for escalations (in Spanish "primer", "segundo", "tercer"…, to go before a masculine noun: "mi primer mensaje").',
    placeholder: '[which follow-up]',
  },
  {
    name: 'request.subject',
    description: "The written request's subject, as sent.",
    placeholder: "[request's subject]",
  },
  {
    name: 'request.type',
    description: 'What was asked, e.g. "a full individual evaluation".',
    placeholder: '[what was requested]',
  },
  {
    name: 'request.sentOn',
    description: 'The day the written request was sent, e.g. "Monday, October 6, 2025".',
    placeholder: '[date the request was sent]',
  },
  {
    name: 'request.receivedOn',
    description: 'The day the school received the written request; empty when not known.',
    placeholder: '[date the school received the request]',
  },
  {
    name: 'request.channel',
    description: 'How the written request was sent, e.g. "by email"; empty when not known.',
    placeholder: '[how the request was sent]',
  },
  {
    name: 'commitment.description',
    description:
      'What the school committed to, as recorded; empty when the follow-up is about the request itself (use it as a section to word both cases).',
    placeholder: "[the school's commitment]",
  },
  {
    name: 'commitment.dueOn',
    description: 'The day the commitment was due, e.g. "Friday, November 14, 2025".',
    placeholder: "[commitment's due date]",
  },
  {
    name: 'commitment.promisedOn',
    description: 'The day the school made the commitment; empty when not known.',
    placeholder: '[date of the commitment]',
  },
  {
    name: 'deadline.dueOn',
    description:
      'The day the response to the request was due, e.g. "Friday, November 14, 2025"; empty when no deadline is known.',
    placeholder: '[response due date]',
  },
  {
    name: 'deadline.citation',
    description: 'The citation of the rule, e.g. "Cal. Educ. Code § 56321(a)".',
    placeholder: '[rule citation]',
  },
  {
    name: 'deadline.rule',
    description:
      'What the rule requires of the school, written for the reader, e.g. "a proposed assessment plan, with a notice of the parent\'s rights"; it completes "Under <citation>, a response was due by <day>: …". Empty for a date set by hand or a commitment.',
    placeholder: '[deadline rule]',
  },
  {
    name: 'deadline.period',
    description: 'The period the deadline gives, e.g. "15 school days".',
    placeholder: '[response period]',
  },
  {
    name: 'deadline.setByHand',
    description:
      'When an advocate set the due date by hand: the reason given, e.g. "the parent agreed in writing to an extension"; empty otherwise (use it as a section: a date set by hand is not the law\'s).',
    placeholder: '[why the date was set by hand]',
  },
  {
    name: 'deadline.ruleDueOn',
    description:
      "When the date was set by hand: the rule's own due date, written long; empty when the rule gives none.",
    placeholder: "[the rule's due date]",
  },
  {
    name: 'deadline.ruleCitation',
    description: "When the date was set by hand: the citation of the rule's own date.",
    placeholder: "[the rule's citation]",
  },
  {
    name: 'deadline.organizationDefault',
    description: `When the deadline is the organization's own default rather than a statute: "${EN.organizationDefault}"; empty otherwise (use it as a section).`,
    placeholder: "[organization's default response time]",
  },
  {
    name: 'daysOverdue',
    description:
      'How long past the deadline (or the commitment\'s due day) it is today, e.g. "5 days"; empty when not yet past.',
    placeholder: '[days overdue]',
  },
  {
    name: 'respondBy',
    description: 'The day a written answer is asked for, e.g. "Wednesday, November 26, 2025".',
    placeholder: '[date to respond by]',
  },
  {
    name: 'today',
    description: 'The date of the message, e.g. "Wednesday, November 19, 2025".',
    placeholder: "[today's date]",
  },
  {
    name: 'followUp.plannedOn',
    description:
      'For an update to the family: the day the advocate will follow up with the school in writing, e.g. "Friday, November 21, 2025"; empty when none is certain to go out — none is planned, or it waits as a draft for an approval (use it as a section).',
    placeholder: '[date of the next follow-up]',
  },
  {
    name: 'response.receivedOn',
    description:
      'When the school answered in writing: the day the answer was received, e.g. "Thursday, November 13, 2025".',
    placeholder: "[date of the school's answer]",
  },
  {
    name: 'response.outcome',
    description:
      'What the school answered, in plain words, as a whole clause: e.g. "the school said no", "the school agreed to what we asked for".',
    placeholder: '[what the school answered]',
  },
  {
    name: 'response.summary',
    description:
      "The summary or quote of the school's answer, as recorded; empty when none was recorded (use it as a section).",
    placeholder: "[summary of the school's answer]",
  },
  {
    name: 'response.stall',
    description:
      'When the school\'s answer does not answer the request — "we need more data first", or a no without the Prior Written Notice the request needs — what it did, as a whole clause: e.g. "the school said it needs more data before it decides"; empty otherwise (use it as a section).',
    placeholder: "[the school's answer that is not a decision]",
  },
  {
    name: 'response.commitments',
    description:
      'What the school committed to in its answer, each with its due day: e.g. "collect attendance data for four weeks" by Friday, November 14, 2025 (the promise quoted); empty when it committed to nothing (use it as a section).',
    placeholder: "[the school's commitments]",
  },
  {
    name: 'response.notice',
    description:
      'The written notice a decision on this request needs: "Prior Written Notice (34 CFR 300.503)", or for accommodations "written notice of the decision and of the procedural safeguards (34 CFR 104.36)".',
    placeholder: '[the notice the decision needs]',
  },
  {
    name: 'response.late',
    description:
      'How late the answer came, e.g. "3 days after the deadline"; empty when it came on time or there was no deadline (use it as a section).',
    placeholder: '[how late the answer came]',
  },
] as const satisfies readonly MergeField[];

export type FollowUpFieldName = (typeof FOLLOW_UP_MERGE_FIELDS)[number]['name'];

/**
 * The GraphQL query expected to list FOLLOW_UP_MERGE_FIELDS, named in the unknown-field
 * problem (letters say "mergeFields").
 */
const FIELDS_LISTED_BY = 'followUpMergeFields';

/** Renders follow-up templates (render.ts) and checks them. */
export const ENGINE = createMergeEngine(FOLLOW_UP_MERGE_FIELDS, 'follow-up template', {
  fieldsListedBy: FIELDS_LISTED_BY,
});

/** What is wrong with a follow-up template (unknown fields, unbalanced sections); empty if none. */
export function followUpTemplateProblems(text: string): string[] {
  return ENGINE.templateProblems(text);
}
