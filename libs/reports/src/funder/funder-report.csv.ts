import type { CaseServiceReportObject, ParentCenterReportObject } from './funder-report.objects';

type Cell = string | number | null;

/** A funder report as one CSV table: its columns and its rows. */
export interface FunderCsv<R> {
  columns: string[];
  rows(report: R): Cell[][];
}

/**
 * The parent-center report as one long table (section, item, count): every figure on a line
 * of its own, so a spreadsheet can pick any of them, and the funder's form is filled from it.
 */
export const PARENT_CENTER_CSV: FunderCsv<ParentCenterReportObject> = {
  columns: ['section', 'item', 'count'],
  rows: (r) => [
    ['served', 'parents_unduplicated', r.parentsServed],
    ['served', 'children', r.childrenServed],
    ['contacts', 'all', r.contacts],
    ['contacts', 'information_and_referral', r.informationAndReferral],
    ['contacts', 'minutes', r.contactMinutes],
    ...r.contactsByAudience.flatMap((a): Cell[][] => [
      [`contacts_${a.audience.toLowerCase()}`, 'phone', a.phone],
      [`contacts_${a.audience.toLowerCase()}`, 'letters', a.letters],
      [`contacts_${a.audience.toLowerCase()}`, 'emails_and_texts', a.emailsAndTexts],
      [`contacts_${a.audience.toLowerCase()}`, 'meetings', a.meetings],
      [`contacts_${a.audience.toLowerCase()}`, 'total', a.total],
    ]),
    ...r.contactsByPartyAndChannel.map((c): Cell[] => [
      'contacts_as_logged',
      `${c.party}:${c.channel}`,
      c.count,
    ]),
    ...r.contactsByLanguage.map((c): Cell[] => ['contacts_by_language', c.key, c.count]),
    ...r.contactsByTopic.map((c): Cell[] => ['contacts_by_topic', c.key, c.count]),
    ...r.meetingsAttended.map((m): Cell[] => ['meetings_attended', m.kind, m.count]),
    ...r.outreach.flatMap((o): Cell[][] => {
      const section = `${o.kind.toLowerCase()}_${o.format.toLowerCase()}`;
      return [
        [section, 'events', o.events],
        [section, 'parents', o.parents],
        [section, 'professionals', o.professionals],
        [section, 'students', o.students],
      ];
    }),
    ...r.parentsByPrimaryLanguage.map((c): Cell[] => [
      'parents_by_primary_language',
      c.key,
      c.count,
    ]),
    ...r.childrenByDisability.map((c): Cell[] => ['children_by_disability', c.key, c.count]),
    ...r.childrenByRaceEthnicity.map((c): Cell[] => ['children_by_race_ethnicity', c.key, c.count]),
    ['survey', 'sent', r.survey.sent],
    ['survey', 'answered', r.survey.answered],
    ...r.survey.byLanguage.flatMap((l): Cell[][] => [
      ['survey_by_language', `${l.language}_sent`, l.sent],
      ['survey_by_language', `${l.language}_answered`, l.answered],
    ]),
    // A question by its position and its English words, each rating on a line.
    ...r.survey.questions.flatMap((q): Cell[][] => {
      const section = `survey_question_${q.position}: ${q.textEn}`;
      return [
        ...q.ratings.map((rated): Cell[] => [section, `rating_${rated.rating}`, rated.count]),
        [section, 'not_applicable', q.notApplicable],
        [section, 'agreeing', q.agreeing],
      ];
    }),
  ],
};

/** Legal aid's case service report: closed cases by closing reason and outcome. */
export const CASE_SERVICE_CSV: FunderCsv<CaseServiceReportObject> = {
  columns: ['closing_reason', 'outcome', 'cases'],
  rows: (r) => r.closings.map((c) => [c.closingReason, c.outcome, c.cases]),
};
