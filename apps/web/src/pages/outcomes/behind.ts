import { graphql } from '../../gql';

/** A page of the requests behind a figure (or all of them), with the same range and filters. */
export const REPORT_REQUESTS = graphql(`
  query ReportRequests(
    $range: ReportRangeInput!
    $filter: OutcomeReportFilter
    $figure: ReportedFigure
    $after: String
  ) {
    outcomeReportRequests(
      range: $range
      filter: $filter
      figure: $figure
      first: 50
      after: $after
    ) {
      edges {
        node {
          id
          caseId
          type
          state
          schoolId
          districtId
          sentOn
          receivedOn
          dueOn
          dueSetByHand
          ruleCitation
          statutory
          firstResponseOn
          answeredByDeadline
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The figures whose requests can be listed, as the api names them (and the address says). */
export const FIGURES = [
  'ANSWERED_BY_DEADLINE',
  'LATE',
  'OVERDUE_NOW',
  'DEFERRED',
  'ONLY_DEFERRED',
  'REFUSED_WITHOUT_PWN',
] as const;
export type Figure = (typeof FIGURES)[number];

export function isFigure(value: string | null): value is Figure {
  return FIGURES.includes(value as Figure);
}
