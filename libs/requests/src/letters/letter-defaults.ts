import { WrittenRequestType } from '../written-requests/written-request.enums';

/**
 * The built-in letters, one per request type: what an organization gets until it writes its
 * own (LetterTemplate). Written in the firm, polite style of advocates' letters: dated,
 * addressed to the recipients, asking "in writing", saying why, quoting the rule and its
 * due day, asking for a written answer by a day, asking for Prior Written Notice if refused
 * where IDEA requires it (34 CFR 300.503), signed, copied to the parent. Fields: letter-merge.ts.
 */
export interface LetterText {
  subject: string;
  body: string;
}

/** What `{{request.type}}` says for each type: the thing asked for, after "a request for". */
export const REQUEST_TYPE_LABELS: Record<WrittenRequestType, string> = {
  EVALUATION: 'a full individual evaluation',
  IEP_MEETING: 'an IEP team meeting',
  RECORDS: 'copies of education records',
  FBA: 'a functional behavioral assessment',
  BEHAVIOR_PLAN: 'a behavior intervention plan',
  ACCOMMODATIONS: 'accommodations',
  REINTEGRATION_PLAN: 'a reintegration plan',
  PRIOR_WRITTEN_NOTICE: 'Prior Written Notice',
  INDEPENDENT_EVALUATION: 'an independent educational evaluation at public expense',
  HOME_INSTRUCTION: 'home instruction',
  OTHER: 'the action described below',
};

const HEADING = `{{today}}

{{recipients}}
{{school.name}}
{{district.name}}`;

/** Who the letter is about, as an office finds the file: name, birth date and id where known. */
const RE = `Re: {{student.name}}{{#student.dateOfBirth}}, born {{student.dateOfBirth}}{{/student.dateOfBirth}}{{#student.schoolStudentId}}, student ID {{student.schoolStudentId}}{{/student.schoolStudentId}}, grade {{student.grade}}, {{school.name}}`;

const REASONS = `My reasons for this request:

{{request.reason}}`;

/**
 * One deadline sentence, from the computation the follow-ups use (the request's due day), or
 * none: the rule's due day; else the rule's period when the day cannot be counted; else the
 * organization's default day; else no date at all (never a second, invented period).
 */
const DEADLINE = `{{#deadline.period}}{{#deadline.dueOn}}Under {{deadline.citation}}, a response is due by {{deadline.dueOn}}.{{/deadline.dueOn}}{{^deadline.dueOn}}Under {{deadline.citation}}, a response is due within {{deadline.period}} of the day you receive this letter.{{/deadline.dueOn}}{{/deadline.period}}{{^deadline.period}}I understand that no statute sets a fixed number of days for a response to this request{{#deadline.citation}} (see {{deadline.citation}}){{/deadline.citation}}; the school must still answer within a reasonable time.{{#deadline.respondBy}} I ask for your answer by {{deadline.respondBy}}.{{/deadline.respondBy}}{{/deadline.period}} A phone call or a conversation at school does not give us a record: please put your answer in writing.`;

const PWN = `If the district refuses any part of this request, or proposes to do something other than what is asked, I ask for Prior Written Notice under 34 CFR 300.503: what the district refuses or proposes and why, each evaluation, record or report the decision rests on, the other options considered and why they were rejected, and a copy of the procedural safeguards.`;

const CLOSING = `Please confirm that you received this letter. Thank you for your attention to this request; I look forward to working with you for {{student.name}}.

Sincerely,

{{advocate.name}}
{{organization.name}}
On behalf of {{guardian.name}}

cc: {{guardian.name}}`;

/** A letter: heading, greeting, the ask, the reasons, the rule, any extra paragraphs, closing. */
const letter = (subject: string, ask: string, ...extra: string[]): LetterText => ({
  subject,
  body: [HEADING, RE, 'Dear {{recipients}}:', ask, REASONS, DEADLINE, ...extra, CLOSING].join(
    '\n\n',
  ),
});

export const DEFAULT_LETTERS: Record<WrittenRequestType, LetterText> = {
  EVALUATION: letter(
    'Request for a full individual evaluation: {{student.name}}',
    `I am writing to request in writing a full and individual initial evaluation of {{student.name}} for special education and related services, in all areas of suspected disability, including social-emotional functioning, anxiety and school attendance. Please send the consent form (assessment plan) and a copy of the procedural safeguards so that the evaluation can begin. Interventions such as SST or MTSS may continue, but they cannot be used to delay or deny an evaluation (OSEP Memo 11-07).`,
    PWN,
  ),
  IEP_MEETING: letter(
    'Request for an IEP team meeting: {{student.name}}',
    `I am writing to request in writing an IEP team meeting for {{student.name}}, to review the IEP and the services and supports {{student.name}} needs to attend school and make progress. Please propose dates and times at which the parent can attend, and tell me in advance who will be there. I ask that draft documents and any new evaluation reports be shared before the meeting.`,
    PWN,
  ),
  RECORDS: letter(
    'Request for education records: {{student.name}}',
    `I am writing to request in writing copies of {{student.name}}'s complete education records: the cumulative file, the special-education and Section 504 files, all evaluations and reports, attendance records (daily and by period), discipline records including logs of detentions and removals, nurse and counseling records, and emails and notes about {{student.name}} kept by staff. If any record cannot be copied, please tell me when it can be inspected.`,
    `If any record is withheld or no longer exists, please tell me in writing which one and why.`,
  ),
  FBA: letter(
    'Request for a functional behavioral assessment: {{student.name}}',
    `I am writing to request in writing a functional behavioral assessment (FBA) of {{student.name}} by a qualified professional, to understand what keeps {{student.name}} from getting to school and staying in class, and a behavior intervention plan based on it. An FBA is an evaluation: please send the consent form.`,
    PWN,
  ),
  BEHAVIOR_PLAN: letter(
    'Request for a behavior intervention plan: {{student.name}}',
    `I am writing to request in writing that the team develop (or review and revise) a behavior intervention plan for {{student.name}}, based on a functional behavioral assessment, with positive supports for arriving at school, entering class and staying there, and with who does what, when, and how progress is measured.`,
    PWN,
  ),
  ACCOMMODATIONS: letter(
    'Request for accommodations: {{student.name}}',
    `I am writing to request in writing that {{student.name}}'s Section 504 or IEP team meet to consider the accommodations described below. The decision must rest on {{student.name}}'s individual needs, not on what is or is not offered to other students.`,
    `If the school declines any of these accommodations, please give me the decision in writing, with the reasons and a notice of procedural safeguards (34 CFR 104.36), and, if {{student.name}} has an IEP, Prior Written Notice under 34 CFR 300.503.`,
  ),
  REINTEGRATION_PLAN: letter(
    'Request for a reintegration plan: {{student.name}}',
    `I am writing to request in writing that the team meet to develop a written reintegration (return-to-school) plan for {{student.name}}: a graduated schedule, the supports in place at each step, the staff responsible, how progress will be measured, and when the plan will be reviewed.`,
    PWN,
  ),
  PRIOR_WRITTEN_NOTICE: letter(
    'Request for Prior Written Notice: {{student.name}}',
    `I am writing to request in writing Prior Written Notice under 34 CFR 300.503 of the district's decision about {{student.name}} described below. The notice must describe the action proposed or refused, explain why, describe each evaluation, record or report used, the other options considered and why they were rejected, and other relevant factors, and must come with a copy of the procedural safeguards.`,
  ),
  INDEPENDENT_EVALUATION: letter(
    'Request for an independent educational evaluation: {{student.name}}',
    `I am writing to request in writing an independent educational evaluation (IEE) of {{student.name}} at public expense, under 34 CFR 300.502, because the parent disagrees with the district's evaluation. Please send the district's criteria for independent evaluators. Under 34 CFR 300.502(b)(2), the district must, without unnecessary delay, either ensure that the IEE is provided at public expense or file a due process complaint to show that its evaluation is appropriate.`,
  ),
  HOME_INSTRUCTION: letter(
    'Request for home instruction: {{student.name}}',
    `I am writing to request in writing that {{student.name}}'s team consider home (homebound) instruction, together with a plan for returning to school step by step. The team, not a general policy, decides what {{student.name}} needs; I ask that the recommendation of {{student.name}}'s treating professionals be considered.`,
    PWN,
  ),
  OTHER: letter(
    'Request: {{student.name}}',
    `I am writing to request in writing, on behalf of {{student.name}}, the action described below.`,
    `If the school declines any part of this request, please explain the decision in writing, and, where it concerns {{student.name}}'s identification, evaluation, placement or services, provide Prior Written Notice under 34 CFR 300.503.`,
  ),
};
