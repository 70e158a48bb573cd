import { Args, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { ApiKeyScope, FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole, ApiKeyScopes } from '@onrecord/organizations';
import { ReportRangeInput } from '../outcome-report.inputs';
import { FunderReportRecordsArgs } from './funder-report.inputs';
import {
  CaseServiceReportObject,
  FunderReportRecordsObject,
  ParentCenterReportObject,
} from './funder-report.objects';
import { FunderReports } from './funder-reports.service';

const { ADMIN, ANALYST } = MemberRole;

/**
 * Funder reports, for the same callers as the outcome report (admins, analysts, reporting API
 * keys): counts only. The records behind a figure are family records: listed only for the
 * members who may read those.
 */
@Resolver()
export class FunderReportsResolver {
  constructor(private readonly reports: FunderReports) {}

  @Roles(ADMIN, ANALYST)
  @ApiKeyScope(ApiKeyScopes.REPORTS_READ)
  @Query(() => ParentCenterReportObject, {
    description:
      "A parent center's annual report figures over a range: parents served, contacts by audience and channel, meetings attended, languages, children's demographics.",
  })
  parentCenterReport(
    @Args('range') range: ReportRangeInput,
    @Scope() scope: DataScope,
  ): Promise<ParentCenterReportObject> {
    return this.reports.parentCenter(scope, range);
  }

  @Roles(ADMIN, ANALYST)
  @ApiKeyScope(ApiKeyScopes.REPORTS_READ)
  @Query(() => CaseServiceReportObject, {
    description: "Cases closed over a range by closing reason and outcome (legal aid's report).",
  })
  caseServiceReport(
    @Args('range') range: ReportRangeInput,
    @Scope() scope: DataScope,
  ): Promise<CaseServiceReportObject> {
    return this.reports.caseService(scope, range);
  }

  @FamilyRecords()
  @Query(() => FunderReportRecordsObject, {
    description:
      'The records a funder report figure counts (contacts, meetings, parents, children, closed cases).',
  })
  funderReportRecords(
    @Args() args: FunderReportRecordsArgs,
    @Scope() scope: DataScope,
  ): Promise<FunderReportRecordsObject> {
    return this.reports.records(scope, args.range, args.figure, args.key);
  }
}
