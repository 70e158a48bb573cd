import { addDays } from '@onrecord/deadlines';
import { textToHtml } from '@onrecord/platform/mail';
import {
  createMergeEngine,
  type DeliveryChannel,
  joinNames,
  longDate,
  type MergeField,
} from '@onrecord/requests';

/**
 * The text of follow-up messages. Pure: the lead's services gather the facts; this file turns
 * them into a subject, a plain-text body and its HTML. Messages to schools and families are
 * templates over FOLLOW_UP_MERGE_FIELDS (the letters' merge syntax, letter-merge.ts), so an
 * organization could word its own; the advocate's digest and failure notice are internal
 * and not templated.
 */

export type FollowUpTemplateKind = 'SCHOOL_FOLLOW_UP' | 'ESCALATION' | 'GUARDIAN_UPDATE';

export interface FollowUpTemplateText {
  subject: string;
  body: string;
}

/**
 * Everything a follow-up message may say (gathered by the lead's service). Dates are IsoDate
 * 'YYYY-MM-DD'.
 */
export interface FollowUpFacts {
  organizationName: string;
  advocateName: string | null;
  studentName: string;
  schoolName: string | null;
  districtName: string | null;
  householdName: string;
  /** Who this message is addressed to (school contacts, or guardians for a GUARDIAN_UPDATE). */
  recipientNames: string[];
  /** For an escalation: the contacts asked before, who did not answer. */
  earlierRecipientNames: string[];
  /** 1 = first follow-up to the school; 2, 3… = escalations. */
  sequence: number;
  request: {
    subject: string;
    typeLabel: string;
    sentOn: string | null;
    receivedOn: string | null;
    channel: string | null;
  };
  /** Set when the follow-up is about a school's commitment rather than the request itself. */
  commitment: { description: string; dueOn: string; promisedOn: string | null } | null;
  deadline: {
    dueOn: string | null;
    citation: string | null;
    ruleName: string | null;
    period: string | null;
    organizationDefault: boolean;
  };
  /** How many days past the deadline (or the commitment's due day) it is today (0 or more). */
  daysOverdue: number;
  /** The day a written answer is asked for. */
  respondBy: string;
  today: string;
}

/** What the organization-default deadline is called in a message to a school. */
const ORGANIZATION_DEFAULT = "the organization's default response time, not a statutory deadline";

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
      'Which follow-up this is, as a word: "first" for the first follow-up to the school, "second", "third"… for escalations.',
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
    description: 'The rule the deadline comes from (what it requires of the school).',
    placeholder: '[deadline rule]',
  },
  {
    name: 'deadline.period',
    description: 'The period the deadline gives, e.g. "15 school days".',
    placeholder: '[response period]',
  },
  {
    name: 'deadline.organizationDefault',
    description: `When the deadline is the organization's own default rather than a statute: "${ORGANIZATION_DEFAULT}"; empty otherwise (use it as a section).`,
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
] as const satisfies readonly MergeField[];

export type FollowUpFieldName = (typeof FOLLOW_UP_MERGE_FIELDS)[number]['name'];

/**
 * The GraphQL query expected to list FOLLOW_UP_MERGE_FIELDS, named in the unknown-field
 * problem (letters say "mergeFields").
 */
const FIELDS_LISTED_BY = 'followUpMergeFields';

const ENGINE = createMergeEngine(FOLLOW_UP_MERGE_FIELDS, 'follow-up template', {
  fieldsListedBy: FIELDS_LISTED_BY,
});

/** What is wrong with a follow-up template (unknown fields, unbalanced sections); empty if none. */
export function followUpTemplateProblems(text: string): string[] {
  return ENGINE.templateProblems(text);
}

/*
 * The default templates. One per kind covers both a request and a commitment: the
 * `commitment.description` sections choose the wording. Shared pieces are kept as constants
 * so the three messages describe the same facts the same way.
 */

/** "request for X for S", or "school's commitment on the request for X for S". */
const SUBJECT_WHAT = `{{#commitment.description}}school's commitment on the request for {{request.type}} for {{student.name}} — {{#daysOverdue}}was {{/daysOverdue}}due {{commitment.dueOn}}{{/commitment.description}}{{^commitment.description}}request for {{request.type}} for {{student.name}}{{#deadline.dueOn}} — answer {{#daysOverdue}}was {{/daysOverdue}}due {{deadline.dueOn}}{{/deadline.dueOn}}{{/commitment.description}}`;

/**
 * The request's deadline as a school should read it: the rule and its citation, or plainly
 * the organization's default (never passed off as law); nothing when no due day is known.
 */
const DEADLINE = `{{#deadline.dueOn}} {{#deadline.organizationDefault}}I asked for a response by {{deadline.dueOn}}{{#deadline.period}}, within {{deadline.period}}{{/deadline.period}}; that is {{deadline.organizationDefault}}.{{/deadline.organizationDefault}}{{^deadline.organizationDefault}}{{#deadline.citation}}Under {{deadline.citation}}{{#deadline.rule}} ({{deadline.rule}}){{/deadline.rule}}, a{{/deadline.citation}}{{^deadline.citation}}A{{/deadline.citation}} response was due by {{deadline.dueOn}}{{#deadline.period}} ({{deadline.period}}){{/deadline.period}}.{{/deadline.organizationDefault}}{{/deadline.dueOn}}`;

/** "As of today, 5 days past the due date, I have…": how late, only when a due day is known. */
const AS_OF_TODAY = `As of today{{#deadline.dueOn}}{{#daysOverdue}}, {{daysOverdue}} past the due date{{/daysOverdue}}{{/deadline.dueOn}}, I have no written answer on file.`;

/** The commitment: when made, what, and by when (after "The school" or "In answer, the school"). */
const COMMITTED = `committed{{#commitment.promisedOn}} on {{commitment.promisedOn}}{{/commitment.promisedOn}} to the following, to be done by {{commitment.dueOn}}: "{{commitment.description}}".`;

const COMMITMENT_AS_OF_TODAY = `As of today{{#daysOverdue}}, {{daysOverdue}} past the due date{{/daysOverdue}}, I have nothing in writing to show that it has been done.`;

/** What a commitment follow-up asks besides "is it done": the product's "in the meantime?". */
const MEANTIME = `whether it has been done and, if not, when it will be and what will be done for {{student.name}} in the meantime`;

const IN_WRITING = `A phone call or a conversation at school does not give us a record: please put your answer in writing.`;

const SIGNATURE = `{{advocate.name}}
{{organization.name}}`;

const SCHOOL_FOLLOW_UP: FollowUpTemplateText = {
  subject: `Follow-up: ${SUBJECT_WHAT}`,
  body: [
    'Dear {{recipients}}:',
    `{{^commitment.description}}I am writing to follow up on my written request of {{request.sentOn}}{{#request.channel}}, sent {{request.channel}}{{/request.channel}}, for {{request.type}} for {{student.name}} ("{{request.subject}}").{{#request.receivedOn}} The school received it on {{request.receivedOn}}.{{/request.receivedOn}}${DEADLINE} ${AS_OF_TODAY}{{/commitment.description}}{{#commitment.description}}I am writing to follow up on a commitment the school made in answer to my written request of {{request.sentOn}} for {{request.type}} for {{student.name}} ("{{request.subject}}"). The school ${COMMITTED} ${COMMITMENT_AS_OF_TODAY}{{/commitment.description}}`,
    `Please {{^commitment.description}}send me your written answer by {{respondBy}}{{/commitment.description}}{{#commitment.description}}tell me in writing by {{respondBy}} ${MEANTIME}{{/commitment.description}}. ${IN_WRITING} If you have already answered, please send me a copy so that our records match.`,
    'Thank you for your attention to this.',
    'Sincerely,',
    SIGNATURE,
  ].join('\n\n'),
};

const ESCALATION: FollowUpTemplateText = {
  subject: `Escalation ({{followUp.number}} follow-up): ${SUBJECT_WHAT}`,
  body: [
    'Dear {{recipients}}:',
    `I am writing to ask for your help in getting a written answer for {{student.name}} at {{school.name}}. This is my {{followUp.number}} follow-up in writing.`,
    `On {{request.sentOn}}, I sent a written request for {{request.type}} for {{student.name}} ("{{request.subject}}").{{^commitment.description}}${DEADLINE} Since {{request.sentOn}}, I have asked {{earlierRecipients}} in writing for an answer, most recently in a written follow-up. ${AS_OF_TODAY}{{/commitment.description}}{{#commitment.description}} In answer, the school ${COMMITTED} Since {{commitment.dueOn}}, I have asked {{earlierRecipients}} in writing whether it has been done. ${COMMITMENT_AS_OF_TODAY}{{/commitment.description}}`,
    `As the next person responsible, please ensure that a written answer{{#commitment.description}}, saying ${MEANTIME},{{/commitment.description}} is sent to me by {{respondBy}}. ${IN_WRITING} If an answer has already been sent, please send me a copy so that our records match.`,
    'Thank you for your help.',
    'Sincerely,',
    SIGNATURE,
  ].join('\n\n'),
};

/** To the family: what was asked, what is late, what happens next; no legal terms. */
const GUARDIAN_UPDATE: FollowUpTemplateText = {
  subject: `Update on {{student.name}}: I followed up with the school about {{#commitment.description}}what it promised to do{{/commitment.description}}{{^commitment.description}}the request for {{request.type}}{{/commitment.description}}`,
  body: [
    'Dear {{recipients}},',
    `{{^commitment.description}}Today I sent the school my {{followUp.number}} written follow-up about {{student.name}} and the request for {{request.type}}. We asked the school for it in writing on {{request.sentOn}}.{{#deadline.dueOn}} {{^deadline.organizationDefault}}The school had until {{deadline.dueOn}} to answer{{#deadline.citation}} (the rule is {{deadline.citation}}){{/deadline.citation}}.{{/deadline.organizationDefault}}{{#deadline.organizationDefault}}We asked the school to answer by {{deadline.dueOn}}.{{/deadline.organizationDefault}}{{/deadline.dueOn}} The school has not answered in writing.{{/commitment.description}}{{#commitment.description}}Today I sent the school my {{followUp.number}} written follow-up about {{student.name}} and what the school promised to do. After we asked in writing for {{request.type}}, the school promised to do this by {{commitment.dueOn}}: "{{commitment.description}}". We have nothing in writing to show that it was done.{{/commitment.description}}`,
    `I asked the school to answer in writing by {{respondBy}}.{{#commitment.description}} I also asked what will be done for {{student.name}} in the meantime.{{/commitment.description}}`,
    `What happens next: if the school answers, I will tell you what it says and we will decide together on the next step. If it does not, I will follow up again in writing and, if needed, write to someone higher up at the school or in the district. You do not need to do anything now. If someone from the school calls you or talks to you about this, please tell me, and ask them to send it in writing.`,
    'Best regards,',
    SIGNATURE,
  ].join('\n\n'),
};

export const DEFAULT_FOLLOW_UP_TEMPLATES: Record<FollowUpTemplateKind, FollowUpTemplateText> = {
  SCHOOL_FOLLOW_UP,
  ESCALATION,
  GUARDIAN_UPDATE,
};

/** How a request was sent, after "sent": "sent by email". Unknown channels are spelled out. */
const CHANNELS: Record<DeliveryChannel, string> = {
  EMAIL: 'by email',
  LETTER: 'by mail',
  HAND_DELIVERED: 'by hand',
  PORTAL: "through the district's portal",
  PHONE: 'by phone',
  IN_PERSON: 'in person',
};

const channelWords = (channel: string): string =>
  CHANNELS[channel as DeliveryChannel] ?? `by ${channel.toLowerCase().replace(/_/g, ' ')}`;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** 1 → "first" … 8 → "eighth", then "9th", "21st", "112th" (no policy sends that many). */
export function ordinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word) return word;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "1 day", "5 days"; null when not past, so `{{#daysOverdue}}` leaves the sentence out. */
const daysWords = (days: number): string | null =>
  days > 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : null;

const maybeLongDate = (date: string | null): string | null => (date ? longDate(date) : null);

/** The merge values of the facts: dates written long, names joined, counts in words. */
export function followUpValues(facts: FollowUpFacts): Record<FollowUpFieldName, string | null> {
  const { request, commitment, deadline } = facts;
  return {
    'organization.name': facts.organizationName,
    'advocate.name': facts.advocateName,
    'student.name': facts.studentName,
    'school.name': facts.schoolName,
    'district.name': facts.districtName,
    'family.householdName': facts.householdName,
    recipients: joinNames(facts.recipientNames),
    earlierRecipients: joinNames(facts.earlierRecipientNames),
    'followUp.number': ordinal(facts.sequence),
    'request.subject': request.subject,
    'request.type': request.typeLabel,
    'request.sentOn': maybeLongDate(request.sentOn),
    'request.receivedOn': maybeLongDate(request.receivedOn),
    'request.channel': request.channel ? channelWords(request.channel) : null,
    'commitment.description': commitment?.description ?? null,
    'commitment.dueOn': maybeLongDate(commitment?.dueOn ?? null),
    'commitment.promisedOn': maybeLongDate(commitment?.promisedOn ?? null),
    'deadline.dueOn': maybeLongDate(deadline.dueOn),
    'deadline.citation': deadline.citation,
    'deadline.rule': deadline.ruleName,
    'deadline.period': deadline.period,
    'deadline.organizationDefault': deadline.organizationDefault ? ORGANIZATION_DEFAULT : null,
    daysOverdue: daysWords(facts.daysOverdue),
    respondBy: longDate(facts.respondBy),
    today: longDate(facts.today),
  };
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** One line, so a value with a line break cannot split a mail header. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Renders subject and text, and HTML made from the text. Throws MergeTemplateError for a
 * template with problems. `missingFields` names the fields shown as placeholders, so a
 * message with "[advocate's name]" in it can be held for a person to look at.
 */
export function renderFollowUp(
  template: FollowUpTemplateText,
  facts: FollowUpFacts,
): RenderedMessage & { missingFields: string[] } {
  const values = followUpValues(facts);
  const missing = new Set<string>();
  const subject = oneLine(ENGINE.render(template.subject, values, missing));
  const text = ENGINE.render(template.body, values, missing).trim();
  return { subject, text, html: textToHtml(text), missingFields: [...missing] };
}

/* The advocate's own messages: internal, plain, not templated. */

export interface DigestItem {
  caseTitle: string;
  studentName: string;
  /** e.g. 'Request for an evaluation' or 'Commitment: collect data for four weeks'. */
  what: string;
  dueOn: string;
  /** 0 when not yet due. */
  daysOverdue: number;
}

export interface DigestFacts {
  advocateName: string;
  organizationName: string;
  today: string;
  overdue: DigestItem[];
  dueSoon: DigestItem[];
  draftsToApprove: DigestItem[];
  failed: Array<DigestItem & { error: string }>;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Maya R. — Request for an evaluation (Case title)". */
const itemLine = (item: DigestItem): string =>
  `- ${item.studentName} — ${item.what} (${item.caseTitle})`;

/** "due Friday, November 14, 2025 — 5 days overdue", "due today", "due tomorrow, Thursday…". */
function dueWords(item: DigestItem, today: string): string {
  if (item.dueOn === today) return 'due today';
  if (item.dueOn === addDays(today, 1)) return `due tomorrow, ${longDate(item.dueOn)}`;
  const overdue = daysWords(item.daysOverdue);
  return `due ${longDate(item.dueOn)}${overdue ? ` — ${overdue} overdue` : ''}`;
}

const byMostOverdue = (a: DigestItem, b: DigestItem): number =>
  b.daysOverdue - a.daysOverdue || a.dueOn.localeCompare(b.dueOn);
const bySoonest = (a: DigestItem, b: DigestItem): number => a.dueOn.localeCompare(b.dueOn);

/**
 * One daily message: overdue first (most overdue first), then due soon (soonest first), drafts
 * waiting for approval, follow-ups that could not be sent (these two in the order given).
 * Sections with nothing are left out.
 */
export function renderDigest(facts: DigestFacts): RenderedMessage {
  const { today } = facts;
  const sections: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length) sections.push(`${title}\n${lines.join('\n')}`);
  };
  section(
    `Overdue (${facts.overdue.length}), most overdue first:`,
    [...facts.overdue]
      .sort(byMostOverdue)
      .map((item) => `${itemLine(item)}: ${dueWords(item, today)}`),
  );
  section(
    `Due soon (${facts.dueSoon.length}):`,
    [...facts.dueSoon].sort(bySoonest).map((item) => `${itemLine(item)}: ${dueWords(item, today)}`),
  );
  section(
    `Follow-up drafts waiting for your approval (${facts.draftsToApprove.length}):`,
    facts.draftsToApprove.map((item) => `${itemLine(item)}: ${dueWords(item, today)}`),
  );
  section(
    `Follow-ups that could not be sent (${facts.failed.length}) — check the recipients' email addresses:`,
    facts.failed.map((item) => `${itemLine(item)}: ${item.error}`),
  );

  const counts = [
    facts.overdue.length && `${facts.overdue.length} overdue`,
    facts.dueSoon.length && `${facts.dueSoon.length} due soon`,
    facts.draftsToApprove.length &&
      count(facts.draftsToApprove.length, 'draft to approve', 'drafts to approve'),
    facts.failed.length && `${facts.failed.length} not sent`,
  ].filter((part): part is string => Boolean(part));
  const subject = `OnRecord for ${longDate(today)}: ${counts.length ? counts.join(', ') : 'nothing due'}`;
  const text = [
    `Hello ${facts.advocateName},`,
    sections.length
      ? `Here is what needs your attention today in ${facts.organizationName}.`
      : `Nothing is overdue, due soon or waiting for your approval in ${facts.organizationName}, and no follow-up failed.`,
    ...sections,
    'Open OnRecord to record answers, approve drafts and see each case.',
  ].join('\n\n');
  return { subject, text, html: textToHtml(text) };
}

/** Tells the advocate a follow-up could not be sent: what, to whom, the error, what to do. */
export function renderFailureNotice(facts: {
  advocateName: string | null;
  what: string;
  caseTitle: string;
  recipients: string[];
  error: string;
}): RenderedMessage {
  const to = facts.recipients.length ? joinNames(facts.recipients) : '(no recipients)';
  const subject = oneLine(`Follow-up not sent: ${facts.what} (${facts.caseTitle})`);
  const text = [
    facts.advocateName ? `Hello ${facts.advocateName},` : 'Hello,',
    'A follow-up could not be sent, so nobody has received it.',
    [`What: ${facts.what}`, `Case: ${facts.caseTitle}`, `To: ${to}`, `Error: ${facts.error}`].join(
      '\n',
    ),
    `What to do: check the recipients' email addresses in OnRecord and correct any that are wrong. The follow-up is listed as FAILED in OnRecord. If it cannot wait, send the message yourself in the meantime.`,
  ].join('\n\n');
  return { subject, text, html: textToHtml(text) };
}
