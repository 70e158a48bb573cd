import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ApiKeyScope, Roles, type HttpRequest } from '@onrecord/platform/auth';
import { MemberRole, ApiKeyScopes } from '@onrecord/organizations';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { WrittenRequestType } from '@onrecord/requests';
import { csvLine } from './csv';
import { OUTCOME_CSV_TABLES, REQUESTS_CSV, freshnessHeaders } from './outcome-report.csv';
import type { ReportFreshnessObject } from './outcome-report.objects';
import type { OutcomeReportFilter } from './outcome-report.inputs';
import { OutcomeReportService } from './outcome-report.service';
import { ReportHttpErrors } from './report-http-errors.filter';
import { ReportReads } from './report-reads';
import { many, rangeOfQuery, type QueryValue } from './report-query';
import { ReportedRequests } from './reported-requests.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPES = new Set<string>(Object.values(WrittenRequestType));

/**
 * The outcome report as CSV files, one per table, for people who live in spreadsheets:
 * `GET /reports/outcome/<table>.csv?from=YYYY-MM-DD&to=YYYY-MM-DD` with the same filters as
 * the GraphQL query (`districtId`, `schoolId`, `advocateId`, `requestType`, each repeatable),
 * for the same callers (admins, analysts, reporting API keys). Rows are written as they are
 * produced. `requests.csv` lists the requests the report counts, one per line. Every file says
 * how fresh its figures are in its headers (freshnessHeaders); summary.csv also in its rows.
 */
@Controller('reports/outcome')
@UseFilters(ReportHttpErrors)
export class OutcomeReportCsvController {
  constructor(
    private readonly reports: OutcomeReportService,
    private readonly requests: ReportedRequests,
    private readonly reads: ReportReads,
  ) {}

  @Get(':file')
  @Roles(MemberRole.ADMIN, MemberRole.ANALYST)
  @ApiKeyScope(ApiKeyScopes.REPORTS_READ)
  async file(
    @Param('file') file: string,
    @Query() query: Record<string, QueryValue>,
    @Req() req: HttpRequest,
    @Res() res: Response,
  ): Promise<void> {
    const name = /^([a-z-]+)\.csv$/.exec(file)?.[1];
    const table = name ? OUTCOME_CSV_TABLES[name] : undefined;
    if (!name || (!table && name !== 'requests'))
      throw badUserInput([
        {
          field: 'file',
          message: `is not a table of the report: one of ${[
            ...Object.keys(OUTCOME_CSV_TABLES),
            'requests',
          ]
            .map((t) => `${t}.csv`)
            .join(', ')}`,
        },
      ]);
    const { range, filter } = parse(query);
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let succeeded = false;
    try {
      const scope = await request.scope();
      const start = (columns: readonly string[], freshness: ReportFreshnessObject) => {
        res.status(200);
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader(
          'content-disposition',
          `attachment; filename="outcome-${name}-${range.from}-${range.to}.csv"`,
        );
        for (const [header, value] of freshnessHeaders(freshness)) res.setHeader(header, value);
        res.write(csvLine(columns));
      };
      if (table) {
        const report = await this.reports.report(scope, range, filter);
        succeeded = true;
        start(table.columns, report.freshness);
        for (const row of table.rows(report)) res.write(csvLine(row));
      } else {
        await this.reads.run(scope, async ({ scope: on, freshness }) => {
          // Checked before the first line is written.
          const organizationId = await this.requests.check(on, range, filter);
          start(REQUESTS_CSV.columns, freshness);
          for await (const row of this.requests.all(on, range, filter, organizationId))
            res.write(csvLine(REQUESTS_CSV.row(row)));
        });
        succeeded = true;
      }
      res.end();
    } finally {
      await request.finish(succeeded);
    }
  }
}

/** The query string as the report's range and filter; every problem named at once. */
function parse(query: Record<string, QueryValue>): {
  range: { from: string; to: string };
  filter: OutcomeReportFilter;
} {
  const problems: FieldProblem[] = [];
  const ids = (field: string): string[] | null => {
    const values = many(query[field]);
    if (values.some((v) => !UUID.test(v))) problems.push({ field, message: 'must be ids' });
    return values.length ? values : null;
  };
  const range = rangeOfQuery(query, problems);
  const requestTypes = many(query['requestType']);
  if (requestTypes.some((t) => !TYPES.has(t)))
    problems.push({ field: 'requestType', message: 'must be written request types' });
  const filter: OutcomeReportFilter = {
    districtIds: ids('districtId'),
    schoolIds: ids('schoolId'),
    advocateIds: ids('advocateId'),
    requestTypes: requestTypes.length ? (requestTypes as WrittenRequestType[]) : null,
  };
  if (problems.length) throw badUserInput(problems);
  return { range, filter };
}
