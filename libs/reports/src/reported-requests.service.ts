import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import {
  decodeCursor,
  isLocalDate,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import type { WrittenRequestType } from '@onrecord/requests';
import type { OutcomeReportFilter, ReportRangeInput } from './outcome-report.inputs';
import { rangeProblems } from './outcome-report.service';
import type { ReportedFigure } from './reported-figure';
import type { ReportedRequestObject } from './reported-request.objects';
import { REPORTED_REQUESTS_SQL } from './reported-requests.sql';
import { reportParameters, unknownFilterIds } from './report-filter';
import { ReportReads } from './report-reads';

interface Row {
  id: string;
  case_id: string;
  type: WrittenRequestType;
  state: string;
  school_id: string | null;
  district_id: string | null;
  sent_on: string | null;
  received_on: string | null;
  due_on: string | null;
  due_set_by_hand: boolean;
  rule_due_on: string | null;
  rule_basis: string | null;
  rule_citation: string | null;
  first_response_on: string | null;
  answered_on: string | null;
  answered_by_deadline: boolean | null;
  stall: string | null;
}

const toReportedRequest = (row: Row): ReportedRequestObject => ({
  id: row.id,
  caseId: row.case_id,
  type: row.type,
  state: row.state,
  schoolId: row.school_id,
  districtId: row.district_id,
  sentOn: row.sent_on,
  receivedOn: row.received_on,
  dueOn: row.due_on,
  dueSetByHand: row.due_set_by_hand,
  ruleDueOn: row.rule_due_on,
  ruleBasis: row.rule_basis,
  ruleCitation: row.rule_citation,
  // The law's day: a statute's or regulation's, not typed by an advocate, not a default.
  statutory: !!row.due_on && !row.due_set_by_hand && row.rule_basis === 'RULE',
  firstResponseOn: row.first_response_on,
  answeredOn: row.answered_on,
  answeredByDeadline: row.answered_by_deadline,
  stall: row.stall,
});

/**
 * The requests an outcome report counts, one by one (the same range, filters and summary as
 * the figures, read where ReportReads says), so an analyst can tell a date set by hand from
 * the law's and check a figure.
 */
@Injectable()
export class ReportedRequests {
  constructor(private readonly reads: ReportReads) {}

  /**
   * Refused as the report is: a range backwards or too long, ids not the organization's. In
   * the scope ReportReads gave (the summary is as up to date there as it will be).
   */
  async check(
    scope: DataScope,
    range: ReportRangeInput,
    filter: OutcomeReportFilter | null | undefined,
  ): Promise<string> {
    const problems = rangeProblems(range);
    problems.push(...(await unknownFilterIds(scope, filter)));
    if (problems.length) throw badUserInput(problems);
    return scope.organizationId;
  }

  /** A page in the order sent; `after` is a cursor this gave out. */
  page(
    scope: DataScope,
    range: ReportRangeInput,
    filter: OutcomeReportFilter | null | undefined,
    first: number,
    after?: string | null,
    figure?: ReportedFigure | null,
  ): Promise<Connection<ReportedRequestObject>> {
    const position = after ? decodeCursor(after, { isSortValue: isLocalDate }) : null;
    return this.reads.run(scope, async ({ scope: on }) => {
      const organizationId = await this.check(on, range, filter);
      const rows = await this.rows(on, range, filter, organizationId, first + 1, position, figure);
      return toConnection(rows, first, (row) => row.sent_on ?? '', toReportedRequest);
    });
  }

  /** Every request, a batch at a time, for the CSV file (in the scope `check` checked in). */
  async *all(
    scope: DataScope,
    range: ReportRangeInput,
    filter: OutcomeReportFilter | null | undefined,
    organizationId: string,
    batch = 1000,
  ): AsyncGenerator<ReportedRequestObject> {
    let position: { sortValue: string; id: string } | null = null;
    for (;;) {
      const rows = await this.rows(scope, range, filter, organizationId, batch, position);
      for (const row of rows) yield toReportedRequest(row);
      const last = rows.at(-1);
      if (rows.length < batch || !last) return;
      position = { sortValue: last.sent_on ?? '', id: last.id };
    }
  }

  private rows(
    scope: DataScope,
    range: ReportRangeInput,
    filter: OutcomeReportFilter | null | undefined,
    organizationId: string,
    limit: number,
    position: { sortValue: string; id: string } | null,
    figure: ReportedFigure | null = null,
  ): Promise<Row[]> {
    return scope.manager.query(REPORTED_REQUESTS_SQL, [
      ...reportParameters(range, filter, organizationId),
      position?.sortValue ?? null,
      position?.id ?? null,
      limit,
      figure ?? null,
    ]);
  }
}
