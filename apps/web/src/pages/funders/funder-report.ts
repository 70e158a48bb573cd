import { graphql } from '../../gql';
import type { FunderFigure } from '../../gql/graphql';
import { lastProgramYear, programYearSoFar } from '../outcomes/range';

/** The parent-center annual report: every figure the page shows, the survey's included. */
export const PARENT_CENTER_REPORT = graphql(`
  query ParentCenterReport($range: ReportRangeInput!) {
    parentCenterReport(range: $range) {
      parentsServed
      childrenServed
      contacts
      informationAndReferral
      contactMinutes
      contactsByAudience {
        audience
        phone
        letters
        emailsAndTexts
        meetings
        total
      }
      contactsByTopic {
        key
        count
      }
      parentsByPrimaryLanguage {
        key
        count
      }
      childrenByDisability {
        key
        count
      }
      childrenByRaceEthnicity {
        key
        count
      }
      meetingsAttended {
        kind
        count
      }
      outreach {
        kind
        format
        events
        parents
        professionals
        students
      }
      survey {
        sent
        answered
        questions {
          questionId
          position
          textEn
          textEs
          ratings {
            rating
            count
          }
          notApplicable
          agreeing
        }
      }
    }
  }
`);

/** Legal aid's case service report. */
export const CASE_SERVICE_REPORT = graphql(`
  query CaseServiceReport($range: ReportRangeInput!) {
    caseServiceReport(range: $range) {
      casesClosed
      openAtEnd
      medianDaysOpen
      byClosingReason {
        key
        count
      }
      closings {
        closingReason
        outcome
        cases
      }
    }
  }
`);

/** The survey's comments over the range (admins only). */
export const PARENT_SURVEY_COMMENTS = graphql(`
  query ParentSurveyComments($range: ReportRangeInput!) {
    parentSurveyComments(range: $range) {
      comment
      language
    }
  }
`);

/** The records behind one figure (members who may read family records). */
export const FUNDER_REPORT_RECORDS = graphql(`
  query FunderReportRecords($range: ReportRangeInput!, $figure: FunderFigure!, $key: String) {
    funderReportRecords(range: $range, figure: $figure, key: $key) {
      total
      records {
        kind
        id
        caseId
        label
        day
      }
    }
  }
`);

/** The funder reports' ranges by name: the last complete program year first (the default). */
export const FUNDER_PRESETS = { lastProgramYear, programYear: programYearSoFar };

export const FUNDER_FIGURES: FunderFigure[] = [
  'PARENTS_SERVED',
  'CHILDREN_SERVED',
  'CONTACTS',
  'MEETINGS',
  'OUTREACH',
  'CASES_CLOSED',
];

export function isFunderFigure(value: string | null): value is FunderFigure {
  return FUNDER_FIGURES.includes(value as FunderFigure);
}

/** The address of the records behind a figure (and one part of it), over the page's range. */
export function recordsBehind(
  params: URLSearchParams,
  figure: FunderFigure,
  key?: string | null,
): string {
  const next = new URLSearchParams(params);
  next.set('figure', figure);
  if (key) next.set('key', key);
  else next.delete('key');
  return `/funders/records?${next.toString()}`;
}

/** `/reports/funder/<file>.csv?from=…&to=…`. */
export const FUNDER_CSV_FILES = ['parent-center', 'case-service'] as const;
export type FunderCsvFile = (typeof FUNDER_CSV_FILES)[number];
export const funderCsvAddress = (file: FunderCsvFile, range: { from: string; to: string }) =>
  `/reports/funder/${file}.csv?${new URLSearchParams(range).toString()}`;
