import { Args, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { ApiKeyScope, Roles } from '@onrecord/platform/auth';
import { MemberRole, ApiKeyScopes } from '@onrecord/organizations';
import { PageArgs, type Connection } from '@onrecord/platform/graphql';
import { OutcomeReportFilter, ReportRangeInput } from './outcome-report.inputs';
import { ReportedFigure } from './reported-figure';
import { ReportedRequestConnection, ReportedRequestObject } from './reported-request.objects';
import { ReportedRequests } from './reported-requests.service';

const { ADMIN, ANALYST } = MemberRole;

@Resolver(() => ReportedRequestObject)
export class ReportedRequestsResolver {
  constructor(private readonly requests: ReportedRequests) {}

  @Roles(ADMIN, ANALYST)
  @ApiKeyScope(ApiKeyScopes.REPORTS_READ)
  @Query(() => ReportedRequestConnection, {
    description:
      "The written requests an outcomeReport over the same range and filter counts, one by one, in the order sent: each deadline told apart (set by hand or the law's, the rule's own day beside it), the first answer and whether it came by the deadline. For admins, analysts and reporting API keys; also requests.csv.",
  })
  async outcomeReportRequests(
    @Args('range') range: ReportRangeInput,
    // Typed as the class alone, as outcomeReport's: its rules then run.
    @Args('filter', { type: () => OutcomeReportFilter, nullable: true })
    filter: OutcomeReportFilter,
    @Args() page: PageArgs,
    @Args('figure', {
      type: () => ReportedFigure,
      nullable: true,
      description: "Only the requests behind one of the report's figures.",
    })
    figure: ReportedFigure | null,
    @Scope() scope: DataScope,
  ): Promise<Connection<ReportedRequestObject>> {
    return this.requests.page(scope, range, filter, page.first, page.after, figure);
  }
}
