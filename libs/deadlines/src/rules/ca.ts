import { CA_56302_1, CA_BREAK_EDGES } from '../ambiguities';
import type { Exclusion, RuleRecord } from '../types';
import { defineRule, WRITTEN_OR_ORAL } from './define';

/**
 * EC 56043 / 56321 / 56344: "days between the pupil's regular school sessions or terms"
 * and "days of school vacation in excess of five schooldays" are not counted, and the clock
 * recommences when school reconvenes. A 5-day Thanksgiving week is NOT paused (longer than 5
 * only). Whether the weekends touching a break are part of it is a reading (CA_BREAK_EDGES).
 */
const CA_PAUSES: readonly Exclusion[] = [
  { kind: 'SUMMER', label: 'between regular school sessions' },
  {
    kind: 'BREAKS',
    minSchoolDays: 6,
    edgeWeekends: { ambiguity: CA_BREAK_EDGES },
    label: 'break longer than 5 school days',
  },
];

export const CA_RULES: readonly RuleRecord[] = [
  defineRule({
    id: 'CA-56321-PLAN',
    jurisdiction: 'CA',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: ['WRITTEN_REQUEST_RECEIVED'],
    duty: 'Proposed assessment plan with notice of rights',
    plainDuty: "a proposed assessment plan, with a notice of the parent's rights",
    period: 15,
    unit: 'CALENDAR_DAYS',
    exclusions: CA_PAUSES,
    ambiguities: [CA_BREAK_EDGES],
    carryOvers: [
      {
        measure: { unit: 'CALENDAR_DAYS', min: 0, max: 10 },
        due: { anchor: 'NEXT_YEAR_FIRST_DAY', plusDays: 10 },
        citation: 'EC 56043(a)',
        note: 'Referral 10 days or fewer before the end of the regular school year: plan within 10 days after the next year starts.',
      },
    ],
    citation: 'EC 56321(a); 56043(a)',
    status: 'V',
    statusNote: 'jurris.com text; SERR 2.2',
    notes: [
      'Covers referrals for initial or additional assessment, including FBA requests.',
      "Districts treat the days as calendar days. Extension only by the parent's written agreement.",
    ],
  }),
  defineRule({
    id: 'CA-56321C-CONSIDER',
    jurisdiction: 'CA',
    requestTypes: ['EVALUATION'],
    triggers: ['ASSESSMENT_PLAN_RECEIVED'],
    duty: "Parent's time to consider the assessment plan (at least 15 days)",
    plainDuty:
      "the end of the parent's time to consider the assessment plan, which must be at least 15 days",
    period: 15,
    unit: 'CALENDAR_DAYS',
    weekendDueDay: 'STAYS',
    citation: 'EC 56321(c); 56043(b)',
    status: 'V',
    statusNote: 'SERR',
    notes: ['A minimum for the parent, not a district deadline.'],
  }),
  defineRule({
    id: 'CA-56344-ASSESSMENT-IEP',
    jurisdiction: 'CA',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: ['CONSENT_RECEIVED'],
    duty: 'Assessment completed and IEP meeting held',
    plainDuty: 'the completed assessment and the individualized education program team meeting',
    period: 60,
    unit: 'CALENDAR_DAYS',
    // The pauses and the carry-over hold on the EC 56344(a)/56043(c) reading only.
    exclusions: CA_PAUSES.map((e) => ({ ...e, when: { [CA_56302_1]: ['PAUSED'] } })),
    ambiguities: [CA_56302_1, CA_BREAK_EDGES],
    carryOvers: [
      {
        measure: { unit: 'CALENDAR_DAYS', min: 0, max: 30 },
        due: { anchor: 'NEXT_YEAR_FIRST_DAY', plusDays: 30 },
        citation: 'EC 56043(c), 56344(a)',
        note: "Within 30 days of the end of the regular school year: IEP meeting within 30 days after the next year starts. The statute measures from the referral; the engine measures from this rule's trigger (consent).",
        when: { [CA_56302_1]: ['PAUSED'] },
      },
    ],
    citation: 'EC 56344(a); 56043(c); 56302.1',
    status: 'V',
    statusNote: 'text V; the unpaused district reading (Fresno USD) is S',
  }),
  defineRule({
    id: 'CA-56344-IEP-AFTER-ELIGIBILITY',
    jurisdiction: 'CA',
    requestTypes: ['IEP_MEETING'],
    triggers: ['ELIGIBILITY_DETERMINED'],
    duty: 'IEP meeting after the eligibility determination',
    plainDuty: 'an individualized education program meeting after the student was found eligible',
    period: 30,
    unit: 'CALENDAR_DAYS',
    citation: 'EC 56344(a) (adopts 34 CFR 300.323(c))',
    status: 'V',
    statusNote: 'statute text',
  }),
  defineRule({
    id: 'CA-56343.5-IEP-REQUEST',
    jurisdiction: 'CA',
    requestTypes: ['IEP_MEETING'],
    triggers: ['WRITTEN_REQUEST_RECEIVED'],
    duty: "IEP meeting held after the parent's written request",
    plainDuty: 'the individualized education program meeting the parent asked for in writing',
    period: 30,
    unit: 'CALENDAR_DAYS',
    exclusions: CA_PAUSES,
    ambiguities: [CA_BREAK_EDGES],
    citation: 'EC 56343.5',
    status: 'V',
    statusNote: 'instalawyer.io; cvusd.us',
  }),
  defineRule({
    id: 'CA-56343.5-ORAL',
    jurisdiction: 'CA',
    requestTypes: ['IEP_MEETING'],
    triggers: ['ORAL_REQUEST_RECEIVED'],
    duty: 'Tell the parent a written request is needed and how to make one',
    plainDuty: 'word to the parent that the request must be made in writing, and how to make it',
    period: null,
    unit: null,
    citation: 'EC 56343.5',
    status: 'V',
    statusNote: 'instalawyer.io; cvusd.us',
    notes: ['The 30-day clock starts only on a written request.'],
  }),
  defineRule({
    id: 'CA-56504-RECORDS',
    jurisdiction: 'CA',
    requestTypes: ['RECORDS'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Let the parent inspect and receive copies of records',
    plainDuty: "access for the parent to inspect the student's records and receive copies",
    period: 5,
    unit: 'BUSINESS_DAYS',
    citation: 'EC 56504',
    status: 'V',
    statusNote: 'DRC SERR 1.9',
    notes: ['Cost no more than actual copying; free if cost would prevent access.'],
  }),
  defineRule({
    id: 'CA-56341.1-AUDIO-NOTICE',
    jurisdiction: 'CA',
    requestTypes: ['IEP_MEETING'],
    triggers: ['MEETING_SCHEDULED'],
    duty: 'Written notice of intent to audio-record the IEP meeting',
    plainDuty:
      'written notice of the intent to audio-record the individualized education program meeting',
    period: 24,
    unit: 'HOURS',
    direction: 'BEFORE',
    citation: 'EC 56341.1(g)(1)',
    status: 'S',
    statusNote: 'secondary source',
  }),
  defineRule({
    id: 'CA-48208-HOSPITAL',
    jurisdiction: 'CA',
    requestTypes: ['HOME_INSTRUCTION'],
    triggers: ['HOSPITAL_STAY_NOTIFIED'],
    duty: 'Decide whether the pupil can receive individual instruction in the hospital, and when it starts',
    plainDuty:
      'a decision on whether the student can receive individual instruction in the hospital, and when it will start',
    period: 5,
    unit: 'BUSINESS_DAYS',
    citation: 'EC 48207.5, 48208(b)',
    status: 'V',
    statusNote: 'cde.ca.gov Home & Hospital Instruction program summary; DRC SERR 14.4',
    notes: [
      '"Five working days", counted here as business days. Instruction starts no later than five working days after a positive determination.',
      'Instruction at home (EC 48206.3) has no period in the statute: a home-instruction request uses the organization default.',
    ],
  }),
];
