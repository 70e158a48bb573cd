import { addDays } from '@onrecord/deadlines';
import { textToHtml } from '@onrecord/platform/mail';
import {
  createMergeEngine,
  joinNames,
  longDate,
  type MergeField,
  type WrittenRequestType,
} from '@onrecord/requests';
import {
  channelWords,
  daysWords as daysIn,
  joinNamesIn,
  longDateIn,
  type MessageLanguage,
  ordinalWord,
  outcomeWords,
  periodWords,
  requestTypeLabel,
  requestTypeOfLabel,
} from './message-language';

/**
 * The text of follow-up messages. Pure: the lead's services gather the facts; this file turns
 * them into a subject, a plain-text body and its HTML. Messages to schools and families are
 * templates over FOLLOW_UP_MERGE_FIELDS (the letters' merge syntax, letter-merge.ts), so an
 * organization could word its own; the advocate's digest and failure notice are internal
 * and not templated.
 */

export type FollowUpTemplateKind =
  'SCHOOL_FOLLOW_UP' | 'ESCALATION' | 'GUARDIAN_UPDATE' | 'GUARDIAN_OVERDUE' | 'GUARDIAN_ANSWERED';

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
  /** The advocate's address, where replies go: in the signature. */
  advocateEmail?: string | null;
  studentName: string;
  schoolName: string | null;
  districtName: string | null;
  householdName: string;
  /** Who this message is addressed to (school contacts, or guardians for a GUARDIAN_*). */
  recipientNames: string[];
  /** For an escalation: the contacts asked before, who did not answer. */
  earlierRecipientNames: string[];
  /** 1 = first follow-up to the school; 2, 3… = escalations. */
  sequence: number;
  request: {
    subject: string;
    /** What was asked, in English (REQUEST_TYPE_LABELS, or the subject for OTHER). */
    typeLabel: string;
    /**
     * The request's type, for its words in another language; when not given, the type whose
     * English label `typeLabel` is. A label of no type (OTHER's subject) stays as written.
     */
    type?: WrittenRequestType | null;
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
    /** Set when an advocate typed the date: why, and what the rule itself gives. */
    setByHand?: { reason: string; ruleDueOn: string | null; ruleCitation: string | null } | null;
  };
  /** How many days past the deadline (or the commitment's due day) it is today (0 or more). */
  daysOverdue: number;
  /** The day a written answer is asked for. */
  respondBy: string;
  today: string;
  /**
   * The school's written answer, for a GUARDIAN_ANSWERED (about a commitment: the answer that
   * says it was done). `outcome` is a ResponseOutcome; `daysLate` is how many days after the
   * deadline (or the commitment's due day) it came, 0 when on time or there was none.
   */
  response: {
    receivedOn: string;
    outcome: string;
    summary: string | null;
    daysLate: number;
    /**
     * Set when the answer does not discharge the request (stall.rules.ts in libs/requests):
     * DEFERRED ("we need more data") or REFUSED_WITHOUT_PWN. The request is still owed.
     */
    stall?: 'DEFERRED' | 'REFUSED_WITHOUT_PWN' | null;
    /** What the school committed to in that answer, each with its due day. */
    commitments?: Array<{ description: string; dueOn: string }>;
  } | null;
  /** The day the advocate will follow up with the school in writing, if one is planned. */
  followUpPlannedOn: string | null;
}

/** What the organization-default deadline is called in a message to a school. */
const ORGANIZATION_DEFAULT = "the organization's default response time, not a statutory deadline";

/** The same, in the other languages of messages (to families). */
const ORGANIZATION_DEFAULT_IN: Record<MessageLanguage, string> = {
  en: ORGANIZATION_DEFAULT,
  es: 'el plazo de respuesta que nuestra organización usa por defecto, no un plazo fijado por la ley',
};

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

/** Who wrote, and how to reach them: a school that answers should not have to look it up. */
const SIGNATURE = `{{advocate.name}}
{{organization.name}}{{#advocate.email}}
{{advocate.email}}{{/advocate.email}}`;

const SCHOOL_FOLLOW_UP: FollowUpTemplateText = {
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

const ESCALATION: FollowUpTemplateText = {
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
 * In English and Spanish (usted; worded so that it reads right for one guardian or two:
 * "su familia", "de su parte"). The Spanish ones take the Spanish merge values.
 */

/** The end of an update: nothing to do, and a phone call should be put in writing. */
const NOTHING_TO_DO = `You do not need to do anything now. If someone from the school calls you or talks to you about this, please tell me, and ask them to send it in writing.`;
const NOTHING_TO_DO_ES = `Por ahora no hay nada que hacer de su parte. Si alguien de la escuela se comunica con su familia sobre esto, por teléfono o en persona, me gustaría saberlo; lo mejor es pedirle a esa persona que lo envíe por escrito.`;

/** The request's deadline as the family should read it: the rule, or the day we asked for. */
const FAMILY_DEADLINE = `{{#deadline.dueOn}}{{#deadline.setByHand}} We asked the school to answer by {{deadline.dueOn}}, a date your advocate set ({{deadline.setByHand}}){{#deadline.ruleDueOn}}; the rule ({{deadline.ruleCitation}}) gave {{deadline.ruleDueOn}}{{/deadline.ruleDueOn}}.{{/deadline.setByHand}}{{^deadline.setByHand}} {{^deadline.organizationDefault}}The school had until {{deadline.dueOn}} to answer{{#deadline.citation}} (the rule is {{deadline.citation}}){{/deadline.citation}}.{{/deadline.organizationDefault}}{{#deadline.organizationDefault}}We asked the school to answer by {{deadline.dueOn}}.{{/deadline.organizationDefault}}{{/deadline.setByHand}}{{/deadline.dueOn}}`;
const FAMILY_DEADLINE_ES = `{{#deadline.dueOn}}{{#deadline.setByHand}} Le pedimos a la escuela que respondiera a más tardar el {{deadline.dueOn}}, una fecha fijada por su defensor ({{deadline.setByHand}}){{#deadline.ruleDueOn}}; la norma ({{deadline.ruleCitation}}) daba el {{deadline.ruleDueOn}}{{/deadline.ruleDueOn}}.{{/deadline.setByHand}}{{^deadline.setByHand}} {{^deadline.organizationDefault}}La escuela tenía hasta el {{deadline.dueOn}} para responder{{#deadline.citation}} (la norma es {{deadline.citation}}){{/deadline.citation}}.{{/deadline.organizationDefault}}{{#deadline.organizationDefault}}Le pedimos a la escuela que respondiera a más tardar el {{deadline.dueOn}}.{{/deadline.organizationDefault}}{{/deadline.setByHand}}{{/deadline.dueOn}}`;

/** What the school promised, after we asked (the start of a commitment's paragraph). */
const FAMILY_PROMISED = `After we asked the school in writing for {{request.type}} for {{student.name}}, the school promised{{#commitment.promisedOn}} on {{commitment.promisedOn}}{{/commitment.promisedOn}} to do this by {{commitment.dueOn}}: "{{commitment.description}}".`;
const FAMILY_PROMISED_ES = `Después de que le pedimos a la escuela por escrito {{request.type}} para {{student.name}}, la escuela prometió{{#commitment.promisedOn}}, el {{commitment.promisedOn}},{{/commitment.promisedOn}} hacer lo siguiente a más tardar el {{commitment.dueOn}}: "{{commitment.description}}".`;

/** To the family: a follow-up went to the school: what was asked, what is late, what next. */
const GUARDIAN_UPDATE: FollowUpTemplateText = {
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

const GUARDIAN_UPDATE_ES: FollowUpTemplateText = {
  subject: `Novedades sobre {{student.name}}: escribí de nuevo a la escuela sobre {{#commitment.description}}lo que prometió hacer{{/commitment.description}}{{^commitment.description}}la solicitud de {{request.type}}{{/commitment.description}}`,
  body: [
    'Hola, {{recipients}}:',
    `{{^commitment.description}}Hoy le envié a la escuela mi {{followUp.number}} mensaje de seguimiento por escrito sobre {{student.name}} y la solicitud de {{request.type}}. Hicimos esa solicitud por escrito el {{request.sentOn}}.${FAMILY_DEADLINE_ES} La escuela no ha respondido por escrito.{{/commitment.description}}{{#commitment.description}}Hoy le envié a la escuela mi {{followUp.number}} mensaje de seguimiento por escrito sobre {{student.name}} y lo que la escuela prometió hacer. Después de que pedimos por escrito {{request.type}}, la escuela prometió hacer lo siguiente a más tardar el {{commitment.dueOn}}: "{{commitment.description}}". No tenemos nada por escrito que muestre que se hizo.{{/commitment.description}}`,
    `Le pedí a la escuela que respondiera por escrito a más tardar el {{respondBy}}.{{#commitment.description}} También pregunté qué se hará para apoyar a {{student.name}} mientras tanto.{{/commitment.description}}`,
    `Lo que sigue: si la escuela responde, compartiré con su familia lo que diga y decidiremos juntos el siguiente paso. Si no responde, volveré a escribirle y, si hace falta, escribiré a alguien con más autoridad en la escuela o en el distrito. ${NOTHING_TO_DO_ES}`,
    'Saludos cordiales,',
    SIGNATURE,
  ].join('\n\n'),
};

/**
 * To the family: the request (or the school's commitment) is past its deadline with no
 * written answer: what was asked, when it was due and under which rule, what happens next.
 */
const GUARDIAN_OVERDUE: FollowUpTemplateText = {
  subject: `Update on {{student.name}}: {{^commitment.description}}the school has not answered the request for {{request.type}}{{#deadline.dueOn}}, due {{deadline.dueOn}}{{/deadline.dueOn}}{{/commitment.description}}{{#commitment.description}}the school has not confirmed in writing that it did what it promised{{/commitment.description}}`,
  body: [
    'Dear {{recipients}},',
    `{{^commitment.description}}On {{request.sentOn}}, we asked {{student.name}}'s school in writing for {{request.type}}.${FAMILY_DEADLINE}{{#deadline.dueOn}}{{#daysOverdue}} That date passed {{daysOverdue}} ago.{{/daysOverdue}}{{/deadline.dueOn}} The school has not answered in writing.{{/commitment.description}}{{#commitment.description}}${FAMILY_PROMISED}{{#daysOverdue}} That date passed {{daysOverdue}} ago.{{/daysOverdue}} We have nothing in writing to show that it was done.{{/commitment.description}}`,
    `What happens next: {{#followUp.plannedOn}}I will follow up with the school in writing on {{followUp.plannedOn}} and ask for{{/followUp.plannedOn}}{{^followUp.plannedOn}}the next step is a written follow-up to the school asking for{{/followUp.plannedOn}} {{^commitment.description}}a written answer{{/commitment.description}}{{#commitment.description}}a written answer saying whether it was done and, if not, what will be done for {{student.name}} in the meantime{{/commitment.description}}. If the school answers, I will tell you what it says and we will decide together on the next step. ${NOTHING_TO_DO}`,
    'Best regards,',
    SIGNATURE,
  ].join('\n\n'),
};

const GUARDIAN_OVERDUE_ES: FollowUpTemplateText = {
  subject: `Novedades sobre {{student.name}}: {{^commitment.description}}la escuela no ha respondido a la solicitud de {{request.type}}{{#deadline.dueOn}}; el plazo venció el {{deadline.dueOn}}{{/deadline.dueOn}}{{/commitment.description}}{{#commitment.description}}la escuela no ha confirmado por escrito que hizo lo que prometió{{/commitment.description}}`,
  body: [
    'Hola, {{recipients}}:',
    `{{^commitment.description}}El {{request.sentOn}}, le pedimos por escrito a la escuela de {{student.name}} {{request.type}}.${FAMILY_DEADLINE_ES}{{#deadline.dueOn}}{{#daysOverdue}} Esa fecha pasó hace {{daysOverdue}}.{{/daysOverdue}}{{/deadline.dueOn}} La escuela no ha respondido por escrito.{{/commitment.description}}{{#commitment.description}}${FAMILY_PROMISED_ES}{{#daysOverdue}} Esa fecha pasó hace {{daysOverdue}}.{{/daysOverdue}} No tenemos nada por escrito que muestre que se hizo.{{/commitment.description}}`,
    `Lo que sigue: {{#followUp.plannedOn}}el {{followUp.plannedOn}}, le escribiré a la escuela para darle seguimiento y pedirle{{/followUp.plannedOn}}{{^followUp.plannedOn}}el siguiente paso es escribirle a la escuela para darle seguimiento y pedirle{{/followUp.plannedOn}} {{^commitment.description}}una respuesta por escrito{{/commitment.description}}{{#commitment.description}}una respuesta por escrito que diga si se hizo y, si no, qué se hará para apoyar a {{student.name}} mientras tanto{{/commitment.description}}. Si la escuela responde, compartiré con su familia lo que diga y decidiremos juntos el siguiente paso. ${NOTHING_TO_DO_ES}`,
    'Saludos cordiales,',
    SIGNATURE,
  ].join('\n\n'),
};

/**
 * To the family: the school answered in writing (about a commitment: it says the commitment
 * was met): when, on time or late, what it said, and that the advocate will be in touch.
 */
const GUARDIAN_ANSWERED: FollowUpTemplateText = {
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

const GUARDIAN_ANSWERED_ES: FollowUpTemplateText = {
  subject: `Novedades sobre {{student.name}}: {{^commitment.description}}la escuela respondió a la solicitud de {{request.type}}{{/commitment.description}}{{#commitment.description}}la escuela dice que hizo lo que prometió{{/commitment.description}}`,
  body: [
    'Hola, {{recipients}}:',
    `{{^commitment.description}}La escuela respondió a la solicitud de {{request.type}} para {{student.name}} que enviamos el {{request.sentOn}}. Su respuesta por escrito llegó el {{response.receivedOn}}{{^response.stall}}{{#deadline.dueOn}}, {{#response.late}}{{response.late}} (el {{deadline.dueOn}}){{/response.late}}{{^response.late}}a tiempo (la fecha límite era el {{deadline.dueOn}}){{/response.late}}{{/deadline.dueOn}}{{/response.stall}}.

En pocas palabras: {{response.outcome}}.{{#response.commitments}} La escuela se comprometió a lo siguiente: {{response.commitments}}.{{/response.commitments}}{{#response.stall}}

Esto todavía no es la decisión de la escuela: la solicitud sigue abierta{{#deadline.dueOn}} y la escuela todavía tiene que responderla (la fecha límite es el {{deadline.dueOn}}){{/deadline.dueOn}}.{{/response.stall}}{{/commitment.description}}{{#commitment.description}}${FAMILY_PROMISED_ES} El {{response.receivedOn}}, la escuela nos confirmó por escrito que ya lo hizo{{^response.late}}, dentro del plazo que prometió{{/response.late}}.{{#response.late}} Su respuesta llegó {{response.late}}.{{/response.late}}{{/commitment.description}}{{#response.summary}}

Resumen de la respuesta: {{response.summary}}{{/response.summary}}`,
    `Lo que sigue: voy a revisar la respuesta y me pondré en contacto con su familia para hablar del siguiente paso. Por ahora no hay nada que hacer de su parte. Para cualquier pregunta, basta con responder a este correo.`,
    'Saludos cordiales,',
    SIGNATURE,
  ].join('\n\n'),
};

/**
 * The built-in templates, per kind and language: every kind in English; the messages to the
 * family in Spanish too (messages to schools are English only).
 */
export const DEFAULT_FOLLOW_UP_TEMPLATES: Record<
  FollowUpTemplateKind,
  Partial<Record<MessageLanguage, FollowUpTemplateText>>
> = {
  SCHOOL_FOLLOW_UP: { en: SCHOOL_FOLLOW_UP },
  ESCALATION: { en: ESCALATION },
  GUARDIAN_UPDATE: { en: GUARDIAN_UPDATE, es: GUARDIAN_UPDATE_ES },
  GUARDIAN_OVERDUE: { en: GUARDIAN_OVERDUE, es: GUARDIAN_OVERDUE_ES },
  GUARDIAN_ANSWERED: { en: GUARDIAN_ANSWERED, es: GUARDIAN_ANSWERED_ES },
};

/**
 * The built-in template of a kind in a language, or the English one when there is none in
 * that language; `language` is the one the template is in (render with it).
 */
export function defaultFollowUpTemplate(
  kind: FollowUpTemplateKind,
  language: MessageLanguage,
): { template: FollowUpTemplateText; language: MessageLanguage } {
  const templates = DEFAULT_FOLLOW_UP_TEMPLATES[kind];
  const own = templates[language];
  if (own) return { template: own, language };
  const english = templates.en;
  if (!english) throw new Error(`No default follow-up template for ${kind}`);
  return { template: english, language: 'en' };
}

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

/** 1 → "first" … 8 → "eighth", then "9th", "21st", "112th" (no policy sends that many). */
export function ordinal(n: number): string {
  return ordinalWord(n, 'en');
}

/** "1 day", "5 days"; null when not past, so `{{#daysOverdue}}` leaves the sentence out. */
const daysWords = (days: number, language: MessageLanguage = 'en'): string | null =>
  days > 0 ? daysIn(days, language) : null;

/** What a stall was, as a clause after "On <date>, " (school) or on its own (family). */
const STALL_WORDS: Record<MessageLanguage, Record<'DEFERRED' | 'REFUSED_WITHOUT_PWN', string>> = {
  en: {
    DEFERRED: 'the school said it needs more data before it decides',
    REFUSED_WITHOUT_PWN: 'the school said no without giving Prior Written Notice',
  },
  es: {
    DEFERRED: 'la escuela dijo que necesita más datos antes de decidir',
    REFUSED_WITHOUT_PWN: 'la escuela dijo que no sin dar el aviso previo por escrito',
  },
};

/** How late an answer came: "3 days after the deadline"; null when on time. */
const lateWords = (days: number, language: MessageLanguage): string | null =>
  days > 0
    ? `${daysIn(days, language)} ${language === 'es' ? 'después de la fecha límite' : 'after the deadline'}`
    : null;

/**
 * What was asked, in the language: the words of the request's type (FollowUpFacts.request.type,
 * else the type whose English label typeLabel is); a label of no type, such as the subject
 * that stands for OTHER, stays as written.
 */
function requestWords(request: FollowUpFacts['request'], language: MessageLanguage): string {
  if (language === 'en') return request.typeLabel;
  const type = request.type ?? requestTypeOfLabel(request.typeLabel);
  if (!type) return request.typeLabel;
  if (type === 'OTHER' && request.typeLabel !== requestTypeLabel(type, 'en'))
    return request.typeLabel;
  return requestTypeLabel(type, language) ?? request.typeLabel;
}

/**
 * The merge values of the facts in a language (English by default): dates written long,
 * names joined, counts in words. Text as recorded (subjects, commitments, summaries, the
 * rule's name and citation) stays as it was written.
 */
export function followUpValues(
  facts: FollowUpFacts,
  language: MessageLanguage = 'en',
): Record<FollowUpFieldName, string | null> {
  const { request, commitment, deadline, response } = facts;
  const date = (day: string | null | undefined): string | null =>
    day ? longDateIn(day, language) : null;
  return {
    'organization.name': facts.organizationName,
    'advocate.name': facts.advocateName,
    'advocate.email': facts.advocateEmail ?? null,
    'student.name': facts.studentName,
    'school.name': facts.schoolName,
    'district.name': facts.districtName,
    'family.householdName': facts.householdName,
    recipients: joinNamesIn(facts.recipientNames, language),
    earlierRecipients: joinNamesIn(facts.earlierRecipientNames, language),
    'followUp.number': ordinalWord(facts.sequence, language),
    'request.subject': request.subject,
    'request.type': requestWords(request, language),
    'request.sentOn': date(request.sentOn),
    'request.receivedOn': date(request.receivedOn),
    'request.channel': request.channel ? channelWords(request.channel, language) : null,
    'commitment.description': commitment?.description ?? null,
    'commitment.dueOn': date(commitment?.dueOn),
    'commitment.promisedOn': date(commitment?.promisedOn),
    'deadline.dueOn': date(deadline.dueOn),
    'deadline.citation': deadline.citation,
    'deadline.rule': deadline.ruleName,
    'deadline.period': deadline.period ? periodWords(deadline.period, language) : null,
    'deadline.setByHand': deadline.setByHand?.reason ?? null,
    'deadline.ruleDueOn': date(deadline.setByHand?.ruleDueOn),
    'deadline.ruleCitation': deadline.setByHand?.ruleCitation ?? null,
    'deadline.organizationDefault': deadline.organizationDefault
      ? ORGANIZATION_DEFAULT_IN[language]
      : null,
    daysOverdue: daysWords(facts.daysOverdue, language),
    respondBy: longDateIn(facts.respondBy, language),
    today: longDateIn(facts.today, language),
    'followUp.plannedOn': date(facts.followUpPlannedOn),
    'response.receivedOn': date(response?.receivedOn),
    'response.outcome': response ? outcomeWords(response.outcome, language) : null,
    'response.summary': response?.summary ?? null,
    'response.late': response ? lateWords(response.daysLate, language) : null,
    'response.stall': response?.stall ? STALL_WORDS[language][response.stall] : null,
    'response.commitments': response?.commitments?.length
      ? joinNamesIn(
          response.commitments.map(
            (c) =>
              `"${c.description}" ${language === 'es' ? 'a más tardar el' : 'by'} ${longDateIn(c.dueOn, language)}`,
          ),
          language,
        )
      : null,
    'response.notice':
      request.type === 'ACCOMMODATIONS'
        ? 'written notice of the decision and of the procedural safeguards (34 CFR 104.36)'
        : 'Prior Written Notice (34 CFR 300.503)',
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
  return { subject, text, html: textToHtml(text), missingFields: [...missing] };
}

/** Above the first text: where the text in each other language is. */
const FURTHER_DOWN: Record<MessageLanguage, string> = {
  en: '— English below —',
  es: '— Español abajo —',
};

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
    others.map((part) => FURTHER_DOWN[part.language]).join('\n'),
    rendered.map((message) => message.text).join(`\n\n${LANGUAGE_RULE}\n\n`),
  ].join('\n\n');
  return {
    subject: rendered.map((message) => message.subject).join(' / '),
    text,
    html: textToHtml(text),
    missingFields: [...new Set(rendered.flatMap((message) => message.missingFields))],
  };
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
  /**
   * When the due day is not simply the law's: "set by hand: <reason>", or "provisional: no
   * school calendar for 2026-27 — add it".
   */
  note?: string | null;
}

/** A message a family sent from the portal since the advocate's previous digest. */
export interface DigestFamilyMessage {
  guardianName: string;
  caseTitle: string;
  body: string;
}

export interface DigestFacts {
  advocateName: string;
  organizationName: string;
  today: string;
  overdue: DigestItem[];
  dueSoon: DigestItem[];
  draftsToApprove: DigestItem[];
  failed: Array<DigestItem & { error: string }>;
  /** Oldest first; none when left out. */
  familyMessages?: DigestFamilyMessage[];
}

/** How much of a family's message the digest quotes; the case page has all of it. */
export const DIGEST_MESSAGE_EXCERPT = 200;

/** The message on one line, cut after DIGEST_MESSAGE_EXCERPT characters (not mid-emoji). */
function excerpt(body: string): string {
  const characters = Array.from(oneLine(body));
  return characters.length > DIGEST_MESSAGE_EXCERPT
    ? `${characters.slice(0, DIGEST_MESSAGE_EXCERPT).join('').trimEnd()}…`
    : characters.join('');
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

/** The due words, and what the day rests on when it is not simply the law's. */
const dueLine = (item: DigestItem, today: string): string =>
  `${dueWords(item, today)}${item.note ? ` (${item.note})` : ''}`;

const byMostOverdue = (a: DigestItem, b: DigestItem): number =>
  b.daysOverdue - a.daysOverdue || a.dueOn.localeCompare(b.dueOn);
const bySoonest = (a: DigestItem, b: DigestItem): number => a.dueOn.localeCompare(b.dueOn);

/**
 * One daily message: overdue first (most overdue first), then due soon (soonest first), what
 * families wrote from the portal, drafts waiting for approval, follow-ups that could not be
 * sent (these three in the order given). Sections with nothing are left out.
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
      .map((item) => `${itemLine(item)}: ${dueLine(item, today)}`),
  );
  section(
    `Due soon (${facts.dueSoon.length}):`,
    [...facts.dueSoon].sort(bySoonest).map((item) => `${itemLine(item)}: ${dueLine(item, today)}`),
  );
  const messages = facts.familyMessages ?? [];
  section(
    `Messages from families since your last digest (${messages.length}):`,
    messages.map((m) => `- ${m.guardianName} wrote on ${m.caseTitle}: ${excerpt(m.body)}`),
  );
  section(
    `Follow-up drafts waiting for your approval (${facts.draftsToApprove.length}):`,
    facts.draftsToApprove.map((item) => `${itemLine(item)}: ${dueLine(item, today)}`),
  );
  section(
    `Follow-ups that could not be sent (${facts.failed.length}) — check the recipients' email addresses:`,
    facts.failed.map((item) => `${itemLine(item)}: ${item.error}`),
  );

  const counts = [
    facts.overdue.length && `${facts.overdue.length} overdue`,
    facts.dueSoon.length && `${facts.dueSoon.length} due soon`,
    messages.length && count(messages.length, 'message from a family', 'messages from families'),
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
