import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ApiKeyScope, Roles, type HttpRequest } from '@onrecord/platform/auth';
import { MemberRole, ApiKeyScopes } from '@onrecord/organizations';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { csvLine } from '../csv';
import { ReportHttpErrors } from '../report-http-errors.filter';
import { rangeOfQuery, type QueryValue } from '../report-query';
import { CASE_SERVICE_CSV, PARENT_CENTER_CSV } from './funder-report.csv';
import { FunderReports } from './funder-reports.service';

const FILES = ['parent-center.csv', 'case-service.csv'];

/**
 * The funder reports as CSV files, for the same callers as the GraphQL queries (admins,
 * analysts, reporting API keys): `GET /reports/funder/parent-center.csv?from=YYYY-MM-DD&to=…`
 * (every figure, a line each: section, item, count) and `case-service.csv` (closed cases by
 * closing reason and outcome).
 */
@Controller('reports/funder')
@UseFilters(ReportHttpErrors)
export class FunderReportCsvController {
  constructor(private readonly reports: FunderReports) {}

  @Get(':file')
  @Roles(MemberRole.ADMIN, MemberRole.ANALYST)
  @ApiKeyScope(ApiKeyScopes.REPORTS_READ)
  async file(
    @Param('file') file: string,
    @Query() query: Record<string, QueryValue>,
    @Req() req: HttpRequest,
    @Res() res: Response,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!FILES.includes(file))
      problems.push({
        field: 'file',
        message: `is not a funder report: one of ${FILES.join(', ')}`,
      });
    const range = rangeOfQuery(query, problems);
    if (problems.length) throw badUserInput(problems);
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let succeeded = false;
    try {
      const scope = await request.scope();
      const lines =
        file === 'parent-center.csv'
          ? [
              PARENT_CENTER_CSV.columns,
              ...PARENT_CENTER_CSV.rows(await this.reports.parentCenter(scope, range)),
            ]
          : [
              CASE_SERVICE_CSV.columns,
              ...CASE_SERVICE_CSV.rows(await this.reports.caseService(scope, range)),
            ];
      succeeded = true;
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader(
        'content-disposition',
        `attachment; filename="${file.replace('.csv', '')}-${range.from}-${range.to}.csv"`,
      );
      res.end(lines.map(csvLine).join(''));
    } finally {
      await request.finish(succeeded);
    }
  }
}
