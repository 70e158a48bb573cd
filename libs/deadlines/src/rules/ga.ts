import type { RuleRecord } from '../types';
import { defineRule, WRITTEN_OR_ORAL } from './define';

export const GA_RULES: readonly RuleRecord[] = [
  defineRule({
    id: 'GA-160-4-7-.04-EVALUATION',
    jurisdiction: 'GA',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: ['CONSENT_RECEIVED'],
    duty: 'Initial evaluation completed',
    plainDuty: 'the completed initial evaluation',
    period: 60,
    unit: 'CALENDAR_DAYS',
    // Holiday periods when children are out 5 consecutive school days, including the weekends
    // before and after if contiguous; summer vacation when most teachers are off contract
    // (approximated by the district's summer).
    exclusions: [
      {
        kind: 'BREAKS',
        minSchoolDays: 5,
        edgeWeekends: 'BOTH',
        label: 'break of 5 or more school days, with the weekends on either side',
      },
      { kind: 'SUMMER', label: 'summer vacation' },
    ],
    citation: 'Ga. Comp. R. & Regs. 160-4-7-.04(1)(b)',
    status: 'V',
    statusNote: 'copy on eboardsolutions.com',
    notes: [
      'Special handling if consent arrives 30 days or more before the year end (text truncated: not modelled).',
      'GaDOE GO-IEP computes the same from the local calendar and has a Timeline Override workflow.',
    ],
  }),
  defineRule({
    id: 'GA-REFERRAL-MTSS',
    jurisdiction: 'GA',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Respond to a parent referral (interventions run alongside the evaluation, not before it)',
    plainDuty:
      "a written answer to the parent's referral for an evaluation, with any interventions running alongside the evaluation, not before it",
    period: null,
    unit: null,
    citation: 'GaDOE guidance (iepexplained.com)',
    status: 'S',
    statusNote: 'iepexplained.com',
  }),
];
