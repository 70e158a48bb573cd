import type { RuleRecord } from '../types';
import { defineRule, WRITTEN_OR_ORAL } from './define';

export const FL_RULES: readonly RuleRecord[] = [
  defineRule({
    id: 'FL-6A-6.0331-3C-RESPONSE',
    jurisdiction: 'FL',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Obtain consent or give written notice of refusal',
    plainDuty:
      "a request for the parent's consent to evaluate, or written notice that the district refuses to evaluate",
    period: 30,
    unit: 'CALENDAR_DAYS',
    citation: 'Fla. Admin. Code 6A-6.0331(3)(c)',
    status: 'S',
    statusNote: 'eprcnwfl.com timeline table',
  }),
  defineRule({
    id: 'FL-6A-6.0331-3G-EVALUATION',
    jurisdiction: 'FL',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: ['CONSENT_RECEIVED'],
    duty: 'Initial evaluation completed',
    plainDuty: 'the completed initial evaluation',
    period: 60,
    unit: 'CALENDAR_DAYS',
    // School holidays and breaks (Thanksgiving, winter, spring) and summer are excluded: every
    // district closure counts as a holiday or break (weekends inside a break included, the
    // ordinary weekends next to it not: the rule lists holidays and breaks, not weekends).
    exclusions: [
      { kind: 'BREAKS', minSchoolDays: 1, edgeWeekends: 'NONE', label: 'school holiday or break' },
      { kind: 'SUMMER' },
    ],
    citation: 'Fla. Admin. Code 6A-6.0331(3)(g)',
    status: 'V',
    statusNote: '2014 rule notice, flrules (the absence rule is S: tinyeye.com)',
    notes: [
      'Reportedly, if the student is absent more than 8 school days in the period, those days are not counted (S; not applied: the engine has no attendance).',
    ],
  }),
  defineRule({
    id: 'FL-6A-6.03028-IEP',
    jurisdiction: 'FL',
    requestTypes: ['IEP_MEETING'],
    triggers: ['ELIGIBILITY_DETERMINED'],
    duty: 'IEP meeting after eligibility',
    plainDuty: 'an individualized education program meeting after the student was found eligible',
    period: 30,
    unit: 'CALENDAR_DAYS',
    citation: 'Fla. Admin. Code 6A-6.03028(3)(f)',
    status: 'S',
    statusNote: 'secondary source',
  }),
  defineRule({
    id: 'FL-1002.22-RECORDS',
    jurisdiction: 'FL',
    requestTypes: ['RECORDS'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Give access to records (FERPA 45 days)',
    plainDuty: "access for the parent to the student's education records",
    period: 45,
    unit: 'CALENDAR_DAYS',
    citation: 's.1002.22 F.S. (2009 HB 7117); 34 CFR 99.10',
    status: 'S',
    statusNote: 'the old 30-day state rule was removed in 2009',
  }),
];
