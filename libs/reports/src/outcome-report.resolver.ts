import { Args, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { ApiKeyScope, Roles } from '@onrecord/platform/auth';
import { MemberRole, ApiKeyScopes } from '@onrecord/organizations';
import { OutcomeReportFilter, ReportRangeInput } from './outcome-report.inputs';
import { OutcomeReportObject } from './outcome-report.objects';
import { OutcomeReportService } from './outcome-report.service';

const { ADMIN, ANALYST } = MemberRole;

@Resolver(() => OutcomeReportObject)
export class OutcomeReportResolver {
  constructor(private readonly reports: OutcomeReportService) {}

  @Roles(ADMIN, ANALYST)
  @ApiKeyScope(ApiKeyScopes.REPORTS_READ)
  @Query(() => OutcomeReportObject, {
    description:
      'What advocacy achieved over a range (requests sent and cases opened in it), for admins, analysts and reporting API keys. Definitions: README "Outcome reports".',
  })
  async outcomeReport(
    @Args('range') range: ReportRangeInput,
    // Typed as the class alone: a union (`| null`) would reach the validation pipe as
    // Object, and the filter's rules would not run. It is still null when left out.
    @Args('filter', { type: () => OutcomeReportFilter, nullable: true })
    filter: OutcomeReportFilter,
    @Scope() scope: DataScope,
  ): Promise<OutcomeReportObject> {
    return this.reports.report(scope, range, filter);
  }
}
