import { REQUEST_TYPE_LABELS } from '@onrecord/requests';
import { SIGNATURE } from './signature';
import type { EmailWords, MessageTemplate, Words } from './words';

/**
 * Every sentence OnRecord's emails say in English: the follow-ups to schools (English only),
 * the messages to families, the words their merge values need, and the family portal's
 * emails. es.ts says the same to families in Spanish. The advocate's own daily digest and
 * failure notice, internal and English only, are written beside their rendering
 * (libs/follow-ups/src/messages).
 */

/*
 * The built-in follow-up templates, over the follow-ups' merge fields. One per kind covers
 * both a request and a commitment: the `commitment.description` sections choose the wording.
 * Shared pieces are kept as constants so the messages describe the same facts the same way.
 */

/** "request for X for S", or "school's commitment on the request for X for S". */
const SUBJECT_WHAT = `{{#commitment.description}}school's commitment on the request for {{request.type}} for {{student.name}} — {{#daysOverdue}}was {{/daysOverdue}}due {{commitment.dueOn}}{{/commitment.description}}{{^commitment.description}}request for {{request.type}} for {{student.name}}{{#deadline.dueOn}} — answer {{#daysOverdue}}was {{/daysOverdue}}due {{deadline.dueOn}}{{/deadline.dueOn}}{{/commitment.description}}`;

/**
 * The request's deadline as a school should read it: the rule's citation and what it requires
 * (`deadline.rule`, written for a reader: "a proposed assessment plan, with a notice of the
 * parent's rights", never the research shorthand "PWN proposing the FIIE (with safeguards…)"),
 * or plainly the organization's default (never passed off as law); nothing when no due day is
 * known.
 */
const DEADLINE = `{{#deadline.dueOn}}{{#deadline.setByHand}} I asked for a response by {{deadline.dueOn}}, a date I set by hand ({{deadline.setByHand}}){{#deadline.ruleDueOn}}; under {{deadline.ruleCitation}} the response was due by {{deadline.ruleDueOn}}{{/deadline.ruleDueOn}}.{{/deadline.setByHand}}{{^deadline.setByHand}} {{#deadline.organizationDefault}}I asked for a response by {{deadline.dueOn}}{{#deadline.period}}, within {{deadline.period}}{{/deadline.period}}; that is {{deadline.organizationDefault}}.{{/deadline.organizationDefault}}{{^deadline.organizationDefault}}{{#deadline.citation}}Under {{deadline.citation}}, a{{/deadline.citation}}{{^deadline.citation}}A{{/deadline.citation}} response was due by {{deadline.dueOn}}{{#deadline.period}} ({{deadline.period}}){{/deadline.period}}{{#deadline.rule}}: {{deadline.rule}}{{/deadline.rule}}.{{/deadline.organizationDefault}}{{/deadline.setByHand}}{{/deadline.dueOn}}`;

/** "As of today, 5 days past the due date, I have…": how late, only when a due day is known. */
const AS_OF_TODAY = `As of today{{#deadline.dueOn}}{{#daysOverdue}}, {{daysOverdue}} past the due date{{/daysOverdue}}{{/deadline.dueOn}}, I have no written answer on file.`;

/**
 * After a stall (a deferral, a no without the notice the law requires): what the school said,
 * that it does not answer the request, and the notice asked for.
 */
const STALLED = `On {{response.receivedOn}}, {{response.stall}}{{#response.commitments}}, and committed to {{response.commitments}}{{/response.commitments}}. That does not answer the request: the school has not given me its decision in writing. Please send me {{response.notice}} of the school's decision on {{request.type}} for {{student.name}}: what the school proposes or refuses to do, why, and what it based that on.`;

/** The request is unanswered, or only stalled: the sentence that says which. */
const STATUS_TODAY = `{{#response.stall}}${STALLED}{{/response.stall}}{{^response.stall}}${AS_OF_TODAY}{{/response.stall}}`;

/** The commitment: when made, what, and by when (after "The school" or "In answer, the school"). */
const COMMITTED = `committed{{#commitment.promisedOn}} on {{commitment.promisedOn}}{{/commitment.promisedOn}} to the following, to be done by {{commitment.dueOn}}: "{{commitment.description}}".`;

const COMMITMENT_AS_OF_TODAY = `As of today{{#daysOverdue}}, {{daysOverdue}} past the due date{{/daysOverdue}}, I have nothing in writing to show that it has been done.`;

/** What a commitment follow-up asks besides "is it done": the product's "in the meantime?". */
const MEANTIME = `whether it has been done and, if not, when it will be and what will be done for {{student.name}} in the meantime`;

const IN_WRITING = `A phone call or a conversation at school does not give us a record: please put your answer in writing.`;

export const SCHOOL_FOLLOW_UP: MessageTemplate = {
  subject: `Follow-up: ${SUBJECT_WHAT}`,
  body: [
    'Dear {{recipients}}:',
    `{{^commitment.description}}I am writing to follow up on my written request of {{request.sentOn}}{{#request.channel}}, sent {{request.channel}}{{/request.channel}}, for {{request.type}} for {{student.name}} ("{{request.subject}}").{{#request.receivedOn}} The school received it on {{request.receivedOn}}.{{/request.receivedOn}}${DEADLINE} ${STATUS_TODAY}{{/commitment.description}}{{#commitment.description}}I am writing to follow up on a commitment the school made in answer to my written request of {{request.sentOn}} for {{request.type}} for {{student.name}} ("{{request.subject}}"). The school ${COMMITTED} ${COMMITMENT_AS_OF_TODAY}{{/commitment.description}}`,
    `Please {{^commitment.description}}send me your written answer by {{respondBy}}{{/commitment.description}}{{#commitment.description}}tell me in writing by {{respondBy}} ${MEANTIME}{{/commitment.description}}. ${IN_WRITING} If you have already answered, please send me a copy so that our records match.`,
    'Thank you for your attention to this.',
    'Sincerely,',
    SIGNATURE,
  ].join('\n\n'),
};

export const ESCALATION: MessageTemplate = {
  subject: `Escalation ({{followUp.number}} follow-up): ${SUBJECT_WHAT}`,
  body: [
    'Dear {{recipients}}:',
    `I am writing to ask for your help in getting a written answer for {{student.name}} at {{school.name}}. This is my {{followUp.number}} follow-up in writing.`,
    `On {{request.sentOn}}, I sent a written request for {{request.type}} for {{student.name}} ("{{request.subject}}").{{^commitment.description}}${DEADLINE} Since {{request.sentOn}}, I have asked {{earlierRecipients}} in writing for an answer, most recently in a written follow-up. ${STATUS_TODAY}{{/commitment.description}}{{#commitment.description}} In answer, the school ${COMMITTED} Since {{commitment.dueOn}}, I have asked {{earlierRecipients}} in writing whether it has been done. ${COMMITMENT_AS_OF_TODAY}{{/commitment.description}}`,
    `As the next person responsible, please ensure that a written answer{{#commitment.description}}, saying ${MEANTIME},{{/commitment.description}} is sent to me by {{respondBy}}. ${IN_WRITING} If an answer has already been sent, please send me a copy so that our records match.`,
    'Thank you for your help.',
    'Sincerely,',
    SIGNATURE,
  ].join('\n\n'),
};

/*
 * Messages to the family (guardians): plain words, no legal terms beyond the rule's citation.
 * The Spanish ones (es.ts) say the same and take the Spanish merge values.
 */

/** The end of an update: nothing to do, and a phone call should be put in writing. */
const NOTHING_TO_DO = `You do not need to do anything now. If someone from the school calls you or talks to you about this, please tell me, and ask them to send it in writing.`;

/** The request's deadline as the family should read it: the rule, or the day we asked for. */
const FAMILY_DEADLINE = `{{#deadline.dueOn}}{{#deadline.setByHand}} We asked the school to answer by {{deadline.dueOn}}, a date your advocate set ({{deadline.setByHand}}){{#deadline.ruleDueOn}}; the rule ({{deadline.ruleCitation}}) gave {{deadline.ruleDueOn}}{{/deadline.ruleDueOn}}.{{/deadline.setByHand}}{{^deadline.setByHand}} {{^deadline.organizationDefault}}The school had until {{deadline.dueOn}} to answer{{#deadline.citation}} (the rule is {{deadline.citation}}){{/deadline.citation}}.{{/deadline.organizationDefault}}{{#deadline.organizationDefault}}We asked the school to answer by {{deadline.dueOn}}.{{/deadline.organizationDefault}}{{/deadline.setByHand}}{{/deadline.dueOn}}`;

/** What the school promised, after we asked (the start of a commitment's paragraph). */
const FAMILY_PROMISED = `After we asked the school in writing for {{request.type}} for {{student.name}}, the school promised{{#commitment.promisedOn}} on {{commitment.promisedOn}}{{/commitment.promisedOn}} to do this by {{commitment.dueOn}}: "{{commitment.description}}".`;

/** To the family: a follow-up went to the school: what was asked, what is late, what next. */
const GUARDIAN_UPDATE: MessageTemplate = {
  subject: `Update on {{student.name}}: I followed up with the school about {{#commitment.description}}what it promised to do{{/commitment.description}}{{^commitment.description}}the request for {{request.type}}{{/commitment.description}}`,
  body: [
    'Dear {{recipients}},',
    `{{^commitment.description}}Today I sent the school my {{followUp.number}} written follow-up about {{student.name}} and the request for {{request.type}}. We asked the school for it in writing on {{request.sentOn}}.${FAMILY_DEADLINE} The school has not answered in writing.{{/commitment.description}}{{#commitment.description}}Today I sent the school my {{followUp.number}} written follow-up about {{student.name}} and what the school promised to do. After we asked in writing for {{request.type}}, the school promised to do this by {{commitment.dueOn}}: "{{commitment.description}}". We have nothing in writing to show that it was done.{{/commitment.description}}`,
    `I asked the school to answer in writing by {{respondBy}}.{{#commitment.description}} I also asked what will be done for {{student.name}} in the meantime.{{/commitment.description}}`,
    `What happens next: if the school answers, I will tell you what it says and we will decide together on the next step. If it does not, I will follow up again in writing and, if needed, write to someone higher up at the school or in the district. ${NOTHING_TO_DO}`,
    'Best regards,',
    SIGNATURE,
  ].join('\n\n'),
};

/**
 * To the family: the request (or the school's commitment) is past its deadline with no
 * written answer: what was asked, when it was due and under which rule, what happens next.
 */
const GUARDIAN_OVERDUE: MessageTemplate = {
  subject: `Update on {{student.name}}: {{^commitment.description}}the school has not answered the request for {{request.type}}{{#deadline.dueOn}}, due {{deadline.dueOn}}{{/deadline.dueOn}}{{/commitment.description}}{{#commitment.description}}the school has not confirmed in writing that it did what it promised{{/commitment.description}}`,
  body: [
    'Dear {{recipients}},',
    `{{^commitment.description}}On {{request.sentOn}}, we asked {{student.name}}'s school in writing for {{request.type}}.${FAMILY_DEADLINE}{{#deadline.dueOn}}{{#daysOverdue}} That date passed {{daysOverdue}} ago.{{/daysOverdue}}{{/deadline.dueOn}} The school has not answered in writing.{{/commitment.description}}{{#commitment.description}}${FAMILY_PROMISED}{{#daysOverdue}} That date passed {{daysOverdue}} ago.{{/daysOverdue}} We have nothing in writing to show that it was done.{{/commitment.description}}`,
    `What happens next: {{#followUp.plannedOn}}I will follow up with the school in writing on {{followUp.plannedOn}} and ask for{{/followUp.plannedOn}}{{^followUp.plannedOn}}the next step is a written follow-up to the school asking for{{/followUp.plannedOn}} {{^commitment.description}}a written answer{{/commitment.description}}{{#commitment.description}}a written answer saying whether it was done and, if not, what will be done for {{student.name}} in the meantime{{/commitment.description}}. If the school answers, I will tell you what it says and we will decide together on the next step. ${NOTHING_TO_DO}`,
    'Best regards,',
    SIGNATURE,
  ].join('\n\n'),
};

/**
 * To the family: the school answered in writing (about a commitment: it says the commitment
 * was met): when, on time or late, what it said, and that the advocate will be in touch.
 */
const GUARDIAN_ANSWERED: MessageTemplate = {
  subject: `Update on {{student.name}}: {{^commitment.description}}the school answered the request for {{request.type}}{{/commitment.description}}{{#commitment.description}}the school says it did what it promised{{/commitment.description}}`,
  body: [
    'Dear {{recipients}},',
    `{{^commitment.description}}The school has answered the request for {{request.type}} for {{student.name}} that we sent on {{request.sentOn}}. Its written answer arrived on {{response.receivedOn}}{{^response.stall}}{{#deadline.dueOn}}, {{#response.late}}{{response.late}} ({{deadline.dueOn}}){{/response.late}}{{^response.late}}on time (the deadline was {{deadline.dueOn}}){{/response.late}}{{/deadline.dueOn}}{{/response.stall}}.

In short: {{response.outcome}}.{{#response.commitments}} The school committed to {{response.commitments}}.{{/response.commitments}}{{#response.stall}}

This is not yet the school's decision: the request stays open{{#deadline.dueOn}}, and the school still has to answer it (the deadline is {{deadline.dueOn}}){{/deadline.dueOn}}.{{/response.stall}}{{/commitment.description}}{{#commitment.description}}${FAMILY_PROMISED} On {{response.receivedOn}}, the school told us in writing that it has done this{{^response.late}}, within the time it promised{{/response.late}}.{{#response.late}} Its answer came {{response.late}}.{{/response.late}}{{/commitment.description}}{{#response.summary}}

Summary of the answer: {{response.summary}}{{/response.summary}}`,
    `What happens next: I will go over the answer and be in touch with you about the next step. You do not need to do anything now. If you have questions before then, just reply to this email.`,
    'Best regards,',
    SIGNATURE,
  ].join('\n\n'),
};

/**
 * The written notice a decision on a request needs, as the law names it: the value of
 * `response.notice`, in English whatever the message's language (it names the law).
 */
export const DECISION_NOTICES = {
  ACCOMMODATIONS: 'written notice of the decision and of the procedural safeguards (34 CFR 104.36)',
  OTHER: 'Prior Written Notice (34 CFR 300.503)',
} as const;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** "Maya R.'s", "Parents Access'": English possessive of a name (or joined names). */
const possessive = (name: string): string => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

export const EN: Words = {
  guardianUpdate: GUARDIAN_UPDATE,
  guardianOverdue: GUARDIAN_OVERDUE,
  guardianAnswered: GUARDIAN_ANSWERED,

  organizationDefault: "the organization's default response time, not a statutory deadline",
  requestTypes: REQUEST_TYPE_LABELS,
  outcomes: {
    GRANTED: 'the school agreed to what we asked for',
    PARTIALLY_GRANTED: 'the school agreed to part of what we asked for',
    DENIED: 'the school said no',
    DEFERRED_NEEDS_DATA: 'the school has not decided yet; it says it needs more information first',
    NOT_AVAILABLE: 'the school said this is not available',
    MEETING_SCHEDULED: 'the school set up a meeting to talk about it',
    REFERRED_ELSEWHERE: 'the school passed the request on to someone else to answer',
    OTHER: 'the school answered, but not with a clear yes or no',
  },
  /** 1 → "first" … 8 → "eighth", then "9th", "21st", "112th" (no policy sends that many). */
  ordinal: (n) => {
    const word = ORDINALS[n - 1];
    if (word) return word;
    const teen = n % 100 >= 11 && n % 100 <= 13;
    const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  },
  channels: {
    EMAIL: 'by email',
    LETTER: 'by mail',
    HAND_DELIVERED: 'by hand',
    PORTAL: "through the district's portal",
    PHONE: 'by phone',
    IN_PERSON: 'in person',
  },
  otherChannel: 'by',
  days: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  periodUnits: {
    CALENDAR_DAY: ['calendar day', 'calendar days'],
    BUSINESS_DAY: ['business day', 'business days'],
    SCHOOL_DAY: ['school day', 'school days'],
    SCHOOL_WORKING_DAY: ['school working day', 'school working days'],
    HOUR: ['hour', 'hours'],
    DAY: ['day', 'days'],
  },
  stalls: {
    DEFERRED: 'the school said it needs more data before it decides',
    REFUSED_WITHOUT_PWN: 'the school said no without giving Prior Written Notice',
  },
  afterTheDeadline: 'after the deadline',
  dueBy: 'by',
  textBelow: '— English below —',

  portal: {
    signInLink: ({ link, minutesValid, organizations }): EmailWords => {
      const portal = organizations
        ? `${possessive(organizations)} family portal`
        : 'the family portal';
      const minutes = `${minutesValid} ${minutesValid === 1 ? 'minute' : 'minutes'}`;
      return {
        subject: `Your sign-in link for ${portal}`,
        paragraphs: [
          'Hello,',
          `Here is your sign-in link for ${portal}:`,
          link,
          `It works for ${minutes} and only once. Do not share it: anyone who has it can use it to sign in as you.`,
          'If you did not ask for this, ignore this email — nobody can sign in without this link.',
        ],
      };
    },
    invitation: (facts): EmailWords => {
      const { guardianName, organizationName, advocateName, students, portalUrl, email } = facts;
      const signature = advocateName ? `${advocateName}\n${organizationName}` : organizationName;
      const cases = students
        ? `${possessive(students)} ${facts.severalStudents ? 'cases' : 'case'}`
        : "your family's case";
      const who = advocateName ? `${advocateName} at ${organizationName}` : organizationName;
      return {
        subject: `${organizationName} invited you to see ${cases}`,
        paragraphs: [
          `Dear ${guardianName},`,
          `${who} has invited you to see ${cases} in the family portal. There you can see what has been asked of the school, what the school said, what is due when, and what happens next. You can also note how each school day went: attendance and what happened.`,
          'To sign in, go to the portal and enter this email address. We will email you a sign-in link; you do not need a password.',
          `Portal: ${portalUrl}\nEmail address: ${email}`,
          'If you were not expecting this invitation, you can ignore this email.',
          'Best regards,',
          signature,
        ],
      };
    },
  },
  parentSurvey: {
    invitation: (facts): EmailWords => {
      const { guardianName, organizationName, studentName, link, questionCount, daysValid } = facts;
      const about = studentName ? ` with ${possessive(studentName)} schooling` : '';
      return {
        subject: `${organizationName} would like to know how we did`,
        paragraphs: [
          `Dear ${guardianName},`,
          `Thank you for letting ${organizationName} help your family${about}. We would like to know how it went for you: ${questionCount === 1 ? 'one short statement' : `${questionCount} short statements`} to agree or disagree with, and room for anything you want to add. It takes about two minutes and you do not need to sign in.`,
          `Answer the survey here:\n${link}`,
          `Your answers are counted together with those of other families to improve our work and to report to those who fund it; they are never shown with your name. The link works for ${daysValid} days, once.`,
          'Best regards,',
          organizationName,
        ],
      };
    },
  },
};
