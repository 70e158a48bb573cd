import type { RuleRecord } from '../types';
import { defineRule, WRITTEN_OR_ORAL } from './define';

/**
 * Texas. School days are the district's instructional days; the TEA framework excludes days
 * after the last instructional day of spring and before the first of fall, which the
 * SCHOOL_DAYS unit does already (summer days are not school days).
 */
export const TX_RULES: readonly RuleRecord[] = [
  defineRule({
    id: 'TX-89.1011-FIIE-RESPONSE',
    jurisdiction: 'TX',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: ['WRITTEN_REQUEST_RECEIVED'],
    duty: 'PWN proposing the FIIE (with safeguards, TEA Overview, consent form) or PWN refusing',
    plainDuty:
      "a Prior Written Notice proposing the full individual and initial evaluation, with the notice of procedural safeguards, the Texas Education Agency's Overview of Special Education for Parents and a consent form, or a Prior Written Notice refusing the evaluation, with the notice of procedural safeguards",
    period: 15,
    unit: 'SCHOOL_DAYS',
    citation: '19 TAC 89.1011(a)–(b)',
    status: 'V',
    statusNote: 'regulations.justia.com; texreg.sos.state.tx.us',
    notes: [
      'The district cannot require interventions for any specific length of time before referral.',
    ],
  }),
  defineRule({
    id: 'TX-29.004-FIIE-REPORT',
    jurisdiction: 'TX',
    requestTypes: ['EVALUATION', 'FBA'],
    triggers: ['CONSENT_RECEIVED'],
    duty: 'FIIE written report',
    plainDuty: 'the written report of the full individual and initial evaluation',
    period: 45,
    unit: 'SCHOOL_DAYS',
    carryOvers: [
      {
        measure: { unit: 'SCHOOL_DAYS', min: 35, max: 44 },
        due: { anchor: 'MONTH_DAY', monthDay: '06-30' },
        citation: 'TEC 29.004(a-1)',
        note: 'Consent 35–44 school days before the last instructional day: report by June 30, with an ARD by the 15th school day of the next year.',
      },
    ],
    absenceExtension: { minDays: 3, citation: 'TEC 29.004(a)(1), (a-1)' },
    citation: 'TEC 29.004(a), (a-1); 19 TAC 89.1011',
    status: 'V',
    statusNote:
      'TEC 29.004(a)(1), (a-1) as enacted by SB 816 (83R, 2013), text read on capitol.texas.gov; the TEA framework quoted by ferrisisd.org says the same. Later amendments not checked',
    notes: [
      'Absent on 3 or more school days of the period: the period is extended by the number of school days absent (TEC 29.004(a)(1)), and the June 30 rule does not apply (a-1). Counted from the full days absent in the attendance on record.',
    ],
  }),
  defineRule({
    id: 'TX-89.1011-ARD',
    jurisdiction: 'TX',
    requestTypes: ['IEP_MEETING'],
    triggers: ['EVALUATION_REPORT_COMPLETED'],
    duty: 'ARD decisions after the FIIE',
    plainDuty: "the admission, review and dismissal committee's decisions on the evaluation report",
    period: 30,
    unit: 'CALENDAR_DAYS',
    dueDayAdjustments: [{ kind: 'SUMMER_TO_NEXT_FIRST_DAY' }],
    citation: '19 TAC 89.1011 (formerly cited via TEC 29.0041)',
    status: 'S',
    statusNote: 'esc18 framework, older',
    notes: ['If day 30 falls in summer: by the first day of fall classes (exceptions apply).'],
  }),
  defineRule({
    id: 'TX-89.1050-ARD-REQUEST',
    jurisdiction: 'TX',
    requestTypes: ['IEP_MEETING'],
    triggers: ['WRITTEN_REQUEST_RECEIVED'],
    duty: 'Schedule and convene the ARD, or give written notice explaining the refusal',
    plainDuty:
      'a date for the admission, review and dismissal committee meeting the parent asked for, or written notice explaining why the district refuses',
    period: 5,
    unit: 'SCHOOL_DAYS',
    citation: '19 TAC 89.1050(e)',
    status: 'V',
    statusNote: 'esc18 framework citation page, amended 5 Oct 2021',
  }),
  defineRule({
    id: 'TX-89.1015-ARD-NOTICE',
    jurisdiction: 'TX',
    requestTypes: ['IEP_MEETING'],
    triggers: ['MEETING_SCHEDULED'],
    duty: 'ARD meeting notice sent (at least 5 school days before)',
    plainDuty:
      'written notice of the admission, review and dismissal committee meeting, at least 5 school days before it',
    period: 5,
    unit: 'SCHOOL_DAYS',
    direction: 'BEFORE',
    citation: '19 TAC 89.1015',
    status: 'S',
    statusNote: 'as cited',
  }),
  defineRule({
    id: 'TX-RECORDS',
    jurisdiction: 'TX',
    requestTypes: ['RECORDS'],
    triggers: WRITTEN_OR_ORAL,
    duty: 'Let the parent inspect and review records',
    plainDuty: "access for the parent to inspect and review the student's education records",
    period: 45,
    unit: 'CALENDAR_DAYS',
    citation: '34 CFR 300.613',
    status: 'M',
    statusNote: 'no TX-specific rule found; federal 45 days',
  }),
];
