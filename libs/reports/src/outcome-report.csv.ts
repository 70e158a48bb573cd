import type { OutcomeReportObject, ReportFreshnessObject } from './outcome-report.objects';
import type { ReportedRequestObject } from './reported-request.objects';

type Cell = string | number | null;

/** A table of the outcome report as a CSV file: its columns and its rows. */
interface CsvTable {
  columns: string[];
  rows(report: OutcomeReportObject): Cell[][];
}

const PLACE_COLUMNS = [
  'id',
  'name',
  'requests',
  'answered',
  'answered_by_deadline_share',
  'late',
  'deferred',
  'median_days_to_first_response',
];
const places = (
  pick: (report: OutcomeReportObject) => OutcomeReportObject['districts'],
): CsvTable => ({
  columns: PLACE_COLUMNS,
  rows: (report: OutcomeReportObject) =>
    pick(report).map((p) => [
      p.id,
      p.name,
      p.requests,
      p.answered,
      p.answeredByDeadlineShare,
      p.late,
      p.deferred,
      p.medianDaysToFirstResponse,
    ]),
});

/**
 * How fresh a file's figures are, as HTTP headers (ReportFreshness in the GraphQL schema):
 * the instant every change up to which is in them ("unknown" when the replica cannot tell),
 * where they were read, and the requests still waiting to be recomputed.
 */
export function freshnessHeaders(freshness: ReportFreshnessObject): Array<[string, string]> {
  return [
    ['figures-as-of', freshness.asOf?.toISOString() ?? 'unknown'],
    ['figures-read-from', freshness.replica ? 'replica' : 'primary'],
    ['figures-requests-awaiting-recompute', String(freshness.requestsAwaitingRecompute)],
  ];
}

/** Every table of the report, one file each (`/reports/outcome/<name>.csv`). */
export const OUTCOME_CSV_TABLES: Record<string, CsvTable> = {
  summary: {
    columns: ['figure', 'value'],
    rows: (r) => [
      ['from', r.range.from],
      ['to', r.range.to],
      ['requests', r.requests],
      ['decided', r.deadlines.decided],
      ['answered_by_deadline', r.deadlines.answeredByDeadline],
      ['answered_by_deadline_share', r.deadlines.share],
      ['deferred', r.deadlines.deferred],
      ['refused_without_pwn', r.deadlines.refusedWithoutPwn],
      // Dates set by hand are not the law's: counted apart so the statutory share can be told.
      ['decided_set_by_hand', r.deadlines.setByHand],
      ['answered_by_deadline_set_by_hand', r.deadlines.setByHandAnsweredByDeadline],
      ['answered', r.daysToFirstResponse.answered],
      ['median_days_to_first_response', r.daysToFirstResponse.median],
      ['p90_days_to_first_response', r.daysToFirstResponse.p90],
      ['overdue_now', r.overdueNow],
      ['followed_up', r.followUps.followedUp],
      ['answered_within_5_school_days_of_follow_up', r.followUps.answeredWithinFiveSchoolDays],
      ['follow_up_answered_share', r.followUps.share],
      ['cases_opened', r.cases.opened],
      ['cases_resolved', r.cases.resolved],
      ['median_days_to_resolution', r.cases.medianDaysToResolution],
      ['figures_as_of', r.freshness.asOf?.toISOString() ?? 'unknown'],
      ['read_from', r.freshness.replica ? 'replica' : 'primary'],
      ['requests_awaiting_recompute', r.freshness.requestsAwaitingRecompute],
    ],
  },
  'requests-by-type-and-state': {
    columns: ['type', 'state', 'count'],
    rows: (r) => r.requestsByTypeAndState.map((x) => [x.type, x.state, x.count]),
  },
  outcomes: {
    columns: ['outcome', 'count'],
    rows: (r) => r.outcomes.map((x) => [x.outcome, x.count]),
  },
  'refusal-reasons': {
    columns: ['reason', 'count'],
    rows: (r) => r.refusalReasons.map((x) => [x.reason, x.count]),
  },
  districts: places((r) => r.districts),
  schools: places((r) => r.schools),
  'cases-by-status': {
    columns: ['status', 'count'],
    rows: (r) => r.cases.byStatus.map((x) => [x.status, x.count]),
  },
  'case-outcomes': {
    columns: ['outcome', 'count'],
    rows: (r) => r.cases.outcomes.map((x) => [x.outcome, x.count]),
  },
  'caseload-per-advocate': {
    columns: ['member_id', 'name', 'open_cases', 'open_requests'],
    rows: (r) =>
      r.caseloadPerAdvocate.map((x) => [x.memberId, x.name, x.openCases, x.openRequests]),
  },
};

const yesNo = (value: boolean | null): string | null =>
  value === null ? null : value ? 'true' : 'false';

/**
 * `/reports/outcome/requests.csv`: every request the report counts, one line each
 * (outcomeReportRequests), so a spreadsheet can tell a date set by hand from the law's: the
 * due day in force, `due_set_by_hand`, and beside it the rule's own day, basis and citation.
 */
export const REQUESTS_CSV = {
  columns: [
    'request_id',
    'case_id',
    'type',
    'state',
    'district_id',
    'school_id',
    'sent_on',
    'received_on',
    'due_on',
    'due_set_by_hand',
    'rule_due_on',
    'rule_basis',
    'rule_citation',
    'statutory',
    'first_response_on',
    'answered_on',
    'answered_by_deadline',
    'stall',
  ],
  row: (r: ReportedRequestObject): Cell[] => [
    r.id,
    r.caseId,
    r.type,
    r.state,
    r.districtId,
    r.schoolId,
    r.sentOn,
    r.receivedOn,
    r.dueOn,
    yesNo(r.dueSetByHand),
    r.ruleDueOn,
    r.ruleBasis,
    r.ruleCitation,
    yesNo(r.statutory),
    r.firstResponseOn,
    r.answeredOn,
    yesNo(r.answeredByDeadline),
    r.stall,
  ],
};
