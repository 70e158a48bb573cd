import { VA_SUMMER } from '../ambiguities';
import type { RuleRecord } from '../types';
import { defineRule, WRITTEN_OR_ORAL } from './define';

/** Virginia (8VAC20-81-60, amended Nov 2023). Business days exclude federal and state holidays. */
export const VA_RULES: readonly RuleRecord[] = [
  defineRule({
    id: 'VA-60B-EVALUATION',
    jurisdiction: 'VA',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Evaluation complete and eligibility determined (from receipt of the referral)',
    plainDuty: 'the completed evaluation and the eligibility decision',
    period: 65,
    unit: 'BUSINESS_DAYS',
    exclusions: [{ kind: 'SUMMER', when: { [VA_SUMMER]: ['SUMMER_EXCLUDED'] } }],
    ambiguities: [VA_SUMMER],
    citation: '8VAC20-81-60 B',
    status: 'S',
    statusNote:
      'specialedstartguide (S); 65 days in the VA Register 2023 summary (V); year-round business days M',
    notes: [
      'The clock runs from receipt of the referral (oral or written, any source), not from consent.',
    ],
  }),
  defineRule({
    id: 'VA-60A3-REFERRAL',
    jurisdiction: 'VA',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Administrator starts the evaluation, refers to the school-based team, or denies with PWN',
    plainDuty:
      "the administrator's decision to start the evaluation, refer the student to the school-based team, or refuse the evaluation with Prior Written Notice",
    period: null,
    unit: null,
    citation: '8VAC20-81-60 A 3, B 1 a',
    status: 'V',
    statusNote: 'law.lis.virginia.gov',
    notes: ['The administrator must record the date the referral was received.'],
  }),
  defineRule({
    id: 'VA-IEP',
    jurisdiction: 'VA',
    requestTypes: ['IEP_MEETING'],
    triggers: ['ELIGIBILITY_DETERMINED'],
    duty: 'IEP after eligibility',
    plainDuty: 'an individualized education program after the student was found eligible',
    period: 30,
    unit: 'CALENDAR_DAYS',
    citation: '34 CFR 300.323(c)',
    status: 'M',
    statusNote: 'federal rule, from memory',
  }),
  defineRule({
    id: 'VA-RECORDS',
    jurisdiction: 'VA',
    requestTypes: ['RECORDS'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Let the parent inspect and review records',
    plainDuty: "access for the parent to inspect and review the student's education records",
    period: 45,
    unit: 'CALENDAR_DAYS',
    citation: '34 CFR 300.613',
    status: 'M',
    statusNote: 'federal rule, from memory',
  }),
];
