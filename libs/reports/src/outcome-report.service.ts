import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { reportParameters, unknownFilterIds } from './report-filter';
import type { OutcomeReportFilter, ReportRangeInput } from './outcome-report.inputs';
import type { OutcomeReportObject, PlaceFiguresObject } from './outcome-report.objects';
import { CASE_FIGURES_SQL } from './case-figures.sql';
import { REQUEST_FIGURES_SQL } from './outcome-report.sql';
import { ReportReads, type ReportReading } from './report-reads';

/** A range longer than this is refused: a report is for a school year or a grant period. */
export const MAX_RANGE_DAYS = 3660;

interface PlaceRow {
  kind: 'district' | 'school';
  id: string;
  name: string;
  requests: number;
  answered: number;
  decided: number;
  on_time: number;
  late: number;
  deferred: number;
  median_days: number | null;
}

interface RequestFigures {
  requests: number;
  requestsByTypeAndState: OutcomeReportObject['requestsByTypeAndState'];
  deadlines: {
    decided: number;
    answeredByDeadline: number;
    deferred: number;
    refusedWithoutPwn: number;
    setByHand: number;
    setByHandAnsweredByDeadline: number;
  };
  daysToFirstResponse: { answered: number; median: number | null; p90: number | null };
  overdueNow: number;
  outcomes: OutcomeReportObject['outcomes'];
  refusalReasons: OutcomeReportObject['refusalReasons'];
  places: PlaceRow[];
  followUps: { followedUp: number; answeredWithinFiveSchoolDays: number };
}

interface CaseFigures {
  cases: Omit<OutcomeReportObject['cases'], never>;
  caseloadPerAdvocate: Array<{
    member_id: string;
    name: string;
    open_cases: number;
    open_requests: number;
  }>;
}

const share = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 1000) / 1000 : null;
const oneDecimal = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

function placeFigures(row: PlaceRow): PlaceFiguresObject {
  return {
    id: row.id,
    name: row.name,
    requests: row.requests,
    answered: row.answered,
    answeredByDeadlineShare: share(row.on_time, row.decided),
    late: row.late,
    deferred: row.deferred,
    medianDaysToFirstResponse: oneDecimal(row.median_days),
  };
}

/** Who answers late most, then who defers most. */
const byLateness = (a: PlaceFiguresObject, b: PlaceFiguresObject) =>
  b.late - a.late || b.deferred - a.deferred || a.name.localeCompare(b.name);

/**
 * The organization's outcome report: the requests' figures (outcome-report.sql.ts, over the
 * report summary) and the cases' figures (case-figures.sql.ts) beside them on a second
 * connection, so a report takes the time of the longer half. Where they are read, and how
 * fresh the summary is there, ReportReads decides (the primary, brought up to date first, or
 * the read replica).
 *
 * At most two reports of this process use a second connection of a pool at once; the others
 * run their halves one after the other. Otherwise reports could hold every pooled connection,
 * each waiting for one more, and wait forever.
 */
@Injectable()
export class OutcomeReportService {
  /** Reports using a second connection now, per pool (the primary's, the replica's). */
  private readonly sideBySide = new Map<ReportReading['pool'], number>();

  constructor(private readonly reads: ReportReads) {}

  report(
    scope: DataScope,
    range: ReportRangeInput,
    filter: OutcomeReportFilter | null | undefined,
  ): Promise<OutcomeReportObject> {
    return this.reads.run(scope, (reading) => this.read(reading, range, filter));
  }

  private async read(
    reading: ReportReading,
    range: ReportRangeInput,
    filter: OutcomeReportFilter | null | undefined,
  ): Promise<OutcomeReportObject> {
    const { scope } = reading;
    const problems = rangeProblems(range);
    problems.push(...(await unknownFilterIds(scope, filter)));
    if (problems.length) throw badUserInput(problems);
    const organizationId = scope.organizationId;
    const requestFigures = () =>
      figures<RequestFigures>(
        scope,
        REQUEST_FIGURES_SQL,
        reportParameters(range, filter, organizationId),
      );
    const caseFigures = (on: DataScope) =>
      // The cases' statement has the organization as its $6 and the request types as its $7.
      figures<CaseFigures>(on, CASE_FIGURES_SQL, [
        ...reportParameters(range, filter, organizationId).slice(0, 5),
        organizationId,
        reportParameters(range, filter, organizationId)[5],
      ]);
    let report: RequestFigures;
    let caseReport: CaseFigures;
    const { pool, poolSize } = reading;
    const running = this.sideBySide.get(pool) ?? 0;
    if (running < (poolSize >= 4 ? 2 : 0)) {
      this.sideBySide.set(pool, running + 1);
      try {
        [report, caseReport] = await Promise.all([requestFigures(), reading.beside(caseFigures)]);
      } finally {
        this.sideBySide.set(pool, (this.sideBySide.get(pool) ?? 1) - 1);
      }
    } else {
      report = await requestFigures();
      caseReport = await caseFigures(scope);
    }
    const places = report.places.map((p) => ({ kind: p.kind, figures: placeFigures(p) }));
    return {
      range: { from: range.from, to: range.to },
      requests: report.requests,
      requestsByTypeAndState: report.requestsByTypeAndState,
      deadlines: {
        ...report.deadlines,
        share: share(report.deadlines.answeredByDeadline, report.deadlines.decided),
      },
      daysToFirstResponse: {
        answered: report.daysToFirstResponse.answered,
        median: oneDecimal(report.daysToFirstResponse.median),
        p90: oneDecimal(report.daysToFirstResponse.p90),
      },
      overdueNow: report.overdueNow,
      outcomes: report.outcomes,
      refusalReasons: report.refusalReasons,
      districts: places
        .filter((p) => p.kind === 'district')
        .map((p) => p.figures)
        .sort(byLateness),
      schools: places
        .filter((p) => p.kind === 'school')
        .map((p) => p.figures)
        .sort(byLateness),
      followUps: {
        ...report.followUps,
        share: share(report.followUps.answeredWithinFiveSchoolDays, report.followUps.followedUp),
      },
      cases: {
        ...caseReport.cases,
        medianDaysToResolution: oneDecimal(caseReport.cases.medianDaysToResolution),
      },
      caseloadPerAdvocate: caseReport.caseloadPerAdvocate.map((row) => ({
        memberId: row.member_id,
        name: row.name,
        openCases: row.open_cases,
        openRequests: row.open_requests,
      })),
      freshness: reading.freshness,
    };
  }
}

/**
 * One of the report's statements. JIT compiling is off: the statements' cost estimates made
 * PostgreSQL compile them, which took most of the time when measured (1.7 s of 2.2 s at
 * 20,000 requests). The counts are kept in memory (they spilled to disk at the default 4 MB).
 */
async function figures<T>(scope: DataScope, sql: string, params: unknown[]): Promise<T> {
  await scope.manager.query(
    `SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`,
  );
  const [{ report }] = (await scope.manager.query(sql, params)) as [{ report: T }];
  return report;
}

/** Refuses (BAD_USER_INPUT) a range that rangeProblems finds wrong. */
export function assertReportRange(range: ReportRangeInput): void {
  const problems = rangeProblems(range);
  if (problems.length) throw badUserInput(problems);
}

/** From after to, or further apart than MAX_RANGE_DAYS: refused. */
export function rangeProblems(range: ReportRangeInput): FieldProblem[] {
  if (range.to < range.from)
    return [{ field: 'range.to', message: `is before range.from (${range.from})` }];
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (days > MAX_RANGE_DAYS)
    return [
      {
        field: 'range.to',
        message: `is more than ${MAX_RANGE_DAYS} days after range.from: report a shorter period`,
      },
    ];
  return [];
}
