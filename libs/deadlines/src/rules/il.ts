import type { RuleRecord } from '../types';
import { defineRule, WRITTEN_OR_ORAL } from './define';

/** Illinois "school days": days school is in session (no weekends, holidays, breaks, institute days). */
export const IL_RULES: readonly RuleRecord[] = [
  defineRule({
    id: 'IL-226.110C-RESPONSE',
    jurisdiction: 'IL',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Decide whether an evaluation is warranted: seek consent, or give written notice',
    plainDuty:
      "a decision on whether an evaluation is warranted, with a request for the parent's consent or written notice of the refusal",
    period: 14,
    unit: 'SCHOOL_DAYS',
    citation: '23 IAC 226.110(c)',
    status: 'S',
    statusNote:
      'specialedstartguide; myieppartners; SameGoal (primary text not read past the heading)',
  }),
  defineRule({
    id: 'IL-226.110-EVALUATION',
    jurisdiction: 'IL',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: ['CONSENT_RECEIVED'],
    duty: 'Evaluation and eligibility conference (and IEP, per ISBE material)',
    plainDuty:
      'the completed evaluation and the eligibility conference, with the individualized education program if the student is eligible',
    period: 60,
    unit: 'SCHOOL_DAYS',
    citation: '23 IAC 226.110',
    status: 'S',
    statusNote: '"date of referral" = date of written consent is V (ilga.gov); 60 school days S',
  }),
  defineRule({
    id: 'IL-105ILCS10-5C-RECORDS',
    jurisdiction: 'IL',
    requestTypes: ['RECORDS'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Let the parent inspect and copy records',
    plainDuty: "access for the parent to inspect and copy the student's records",
    period: 10,
    unit: 'BUSINESS_DAYS',
    citation: '105 ILCS 10/5(c)',
    status: 'V',
    statusNote: 'ilga.gov; casetext',
    notes: [
      'May be extended by 5 business days for listed reasons. P.A. 100-532 replaced the old 15-school-day rule.',
    ],
  }),
  defineRule({
    id: 'IL-226.180-IEE-MEETING-NOTICE',
    jurisdiction: 'IL',
    requestTypes: ['INDEPENDENT_EVALUATION'],
    triggers: ['IEE_REPORT_RECEIVED'],
    duty: 'Written notice of the IEP meeting date to consider the IEE',
    plainDuty:
      'written notice of the date of the individualized education program meeting that will consider the independent educational evaluation',
    period: 10,
    unit: 'CALENDAR_DAYS',
    citation: '23 IAC 226.180(a), (d)',
    status: 'V',
    statusNote: 'ilga.gov',
    notes: ['The IEE request must be in writing to the superintendent.'],
  }),
  defineRule({
    id: 'IL-ELIGIBILITY-NOTICE',
    jurisdiction: 'IL',
    requestTypes: ['EVALUATION'],
    triggers: ['MEETING_SCHEDULED'],
    duty: 'Eligibility conference notice (at least 10 calendar days before)',
    plainDuty: 'written notice of the eligibility conference, at least 10 calendar days before it',
    period: 10,
    unit: 'CALENDAR_DAYS',
    direction: 'BEFORE',
    citation: 'SameGoal IL deadline guide',
    status: 'S',
    statusNote: 'SameGoal',
  }),
];
