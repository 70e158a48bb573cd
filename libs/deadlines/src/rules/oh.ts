import type { RuleRecord } from '../types';
import { defineRule, WRITTEN_OR_ORAL } from './define';

/** Ohio: "count the actual days" (education.ohio.gov): calendar days, leap days included. */
export const OH_RULES: readonly RuleRecord[] = [
  defineRule({
    id: 'OH-51-06B3-RESPONSE',
    jurisdiction: 'OH',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Obtain consent, or give PWN that the district does not suspect a disability',
    plainDuty:
      "a request for the parent's consent to evaluate, or Prior Written Notice that the district does not suspect a disability",
    period: 30,
    unit: 'CALENDAR_DAYS',
    citation: 'OAC 3301-51-06(B)(3)',
    status: 'V',
    statusNote: 'education.ohio.gov ch. 6.6',
    notes: ['RTI must fit inside the 90-day window from referral (30 + 60).'],
  }),
  defineRule({
    id: 'OH-51-06B4-ETR',
    jurisdiction: 'OH',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: ['CONSENT_RECEIVED'],
    duty: 'Initial evaluation (ETR) completed',
    plainDuty: 'the completed initial evaluation team report',
    period: 60,
    unit: 'CALENDAR_DAYS',
    citation: 'OAC 3301-51-06(B)(4)(a)',
    status: 'V',
    statusNote: 'education.ohio.gov; "count the actual days" (leap years change the count)',
  }),
  defineRule({
    id: 'OH-51-06G-ETR-COPY',
    jurisdiction: 'OH',
    requestTypes: ['EVALUATION'],
    triggers: ['ELIGIBILITY_DETERMINED'],
    duty: 'ETR copy to parents (before the next IEP meeting and within 14 days)',
    plainDuty:
      'a copy of the evaluation team report for the parents, before the next individualized education program meeting',
    period: 14,
    unit: 'CALENDAR_DAYS',
    citation: 'OAC 3301-51-06(G)(1)(b)',
    status: 'S',
    statusNote: 'decodingdyslexiaoh.org',
  }),
  defineRule({
    id: 'OH-51-07K2-IEP',
    jurisdiction: 'OH',
    requestTypes: ['IEP_MEETING'],
    triggers: ['ELIGIBILITY_DETERMINED'],
    duty: 'Initial IEP (30 days after the need determination)',
    plainDuty:
      "the student's first individualized education program, after the determination that the student needs special education",
    period: 30,
    unit: 'CALENDAR_DAYS',
    citation: 'OAC 3301-51-07(K)(2)',
    status: 'S',
    statusNote: 'wording uncertain',
    notes: [
      'Shortest of: 30 days after the need determination / 90 days / 120 days from the request (wording uncertain): only the 30 days is modelled.',
    ],
  }),
  defineRule({
    id: 'OH-51-07J6-IEP-COPY',
    jurisdiction: 'OH',
    requestTypes: ['IEP_MEETING'],
    triggers: ['IEP_MEETING_HELD'],
    duty: 'IEP copy to the parent (amended IEP too)',
    plainDuty:
      'a copy of the individualized education program for the parent, an amended one included',
    period: 30,
    unit: 'CALENDAR_DAYS',
    citation: 'OAC 3301-51-07(J)(6), (L)(1)(f)',
    status: 'S',
    statusNote: 'secondary source',
  }),
];
