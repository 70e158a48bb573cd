import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { ApiKeyScope, Roles } from '@onrecord/platform/auth';
import { ApiKeyScopes, MemberRole } from '@onrecord/organizations';
import type { RequestContext } from '@onrecord/platform/graphql';
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
    @Context('request') request: RequestContext,
  ): Promise<OutcomeReportObject> {
    return this.reports.report(await request.scope(), range, filter);
  }
}
