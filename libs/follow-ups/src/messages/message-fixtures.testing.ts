import { DEFAULT_FOLLOW_UP_TEMPLATES, defaultFollowUpTemplate } from './default-templates';
import { renderFollowUp } from './render';
import type { FollowUpFacts, FollowUpTemplateKind } from './message-facts';
import type { MessageLanguage } from './message-language';

/** What the specs of follow-up messages render: facts, kinds, and how to render one. */

/*
 * Week days checked with `date -d <day> +%A`: 2025-10-06 Monday, 2025-10-07 Tuesday,
 * 2025-10-21 Tuesday, 2025-11-03 Monday, 2025-11-14 Friday, 2025-11-19 Wednesday,
 * 2025-11-20 Thursday, 2025-11-21 Friday, 2025-11-26 Wednesday. 2025-11-14 → 2025-11-19 is
 * 5 days (daysOverdue).
 */
export const facts: FollowUpFacts = {
  organizationName: 'Bay Area School Access Project',
  advocateName: 'Jordan Ellis',
  studentName: 'Maya R.',
  schoolName: 'Lincoln Middle School',
  districtName: 'Riverside Unified',
  householdName: 'Rivera household',
  recipientNames: ['Ms. Lee', 'Mr. Park'],
  earlierRecipientNames: [],
  sequence: 1,
  request: {
    subject: 'Request for a full individual evaluation: Maya R.',
    typeLabel: 'a full individual evaluation',
    sentOn: '2025-10-06',
    receivedOn: '2025-10-07',
    channel: 'EMAIL',
  },
  commitment: null,
  deadline: {
    dueOn: '2025-11-14',
    citation: 'Cal. Educ. Code § 56321(a)',
    ruleName: "a proposed assessment plan, with a notice of the parent's rights",
    period: '15 days',
    organizationDefault: false,
  },
  daysOverdue: 5,
  respondBy: '2025-11-26',
  today: '2025-11-19',
  response: null,
  followUpPlannedOn: null,
};

export const aboutCommitment: FollowUpFacts = {
  ...facts,
  commitment: {
    description: 'Collect attendance and behavior data for four weeks, then meet',
    dueOn: '2025-11-14',
    promisedOn: '2025-10-21',
  },
};

export const escalation: FollowUpFacts = {
  ...facts,
  recipientNames: ['Dr. Nguyen'],
  earlierRecipientNames: ['Ms. Lee', 'Mr. Park'],
  sequence: 2,
};

export const organizationDefault: FollowUpFacts = {
  ...facts,
  deadline: {
    dueOn: '2025-11-14',
    citation: null,
    ruleName: null,
    period: '10 school days',
    organizationDefault: true,
  },
};

export const noDeadline: FollowUpFacts = {
  ...facts,
  deadline: {
    dueOn: null,
    citation: null,
    ruleName: null,
    period: null,
    organizationDefault: false,
  },
};

export const KINDS = Object.keys(DEFAULT_FOLLOW_UP_TEMPLATES) as FollowUpTemplateKind[];
/** The messages that ask the school for an answer by a day (respondBy). */
export const ASKING_KINDS: FollowUpTemplateKind[] = [
  'SCHOOL_FOLLOW_UP',
  'ESCALATION',
  'GUARDIAN_UPDATE',
];
export const GUARDIAN_KINDS: FollowUpTemplateKind[] = [
  'GUARDIAN_UPDATE',
  'GUARDIAN_OVERDUE',
  'GUARDIAN_ANSWERED',
];

export const render = (
  kind: FollowUpTemplateKind,
  with_: FollowUpFacts,
  language: MessageLanguage = 'en',
) => {
  const { template, language: templateLanguage } = defaultFollowUpTemplate(kind, language);
  expect(templateLanguage).toBe(language);
  return renderFollowUp(template, with_, language);
};

/** A school's written answer (Thursday, November 13: a day before the deadline). */
export const granted: NonNullable<FollowUpFacts['response']> = {
  receivedOn: '2025-11-13',
  outcome: 'GRANTED',
  summary: null,
  daysLate: 0,
};

/** The facts of a GUARDIAN_ANSWERED: the answer on file, nothing overdue. */
export const answered = (with_: FollowUpFacts, response = granted): FollowUpFacts => ({
  ...with_,
  response,
  daysOverdue: 0,
});

/** Nothing left to fill: no tag, no "[placeholder]". */
export const expectComplete = (message: {
  subject: string;
  text: string;
  missingFields: string[];
}) => {
  expect(message.missingFields).toEqual([]);
  for (const part of [message.subject, message.text]) expect(part).not.toMatch(/\{\{|\}\}|\[/);
};
