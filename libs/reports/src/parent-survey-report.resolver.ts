import { Args, Query, Resolver } from '@nestjs/graphql';
import { ApiKeyScope, Roles } from '@onrecord/platform/auth';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { ApiKeyScopes, MemberRole } from '@onrecord/organizations';
import { ParentSurveyCommentObject, ParentSurveyResultsObject } from '@onrecord/surveys';
import { ReportRangeInput } from './outcome-report.inputs';
import { ParentSurveyReport } from './parent-survey-report.service';

const { ADMIN, ANALYST } = MemberRole;

@Resolver()
export class ParentSurveyReportResolver {
  constructor(private readonly report: ParentSurveyReport) {}

  @Roles(ADMIN, ANALYST)
  @ApiKeyScope(ApiKeyScopes.REPORTS_READ)
  @Query(() => ParentSurveyResultsObject, {
    description:
      'The parent survey over a range (invitations sent in it, by the organization’s days): sent, answered, each question’s ratings counted, by language. Counts only: never a family or a comment.',
  })
  parentSurveyResults(
    @Args('range') range: ReportRangeInput,
    @Scope() scope: DataScope,
  ): Promise<ParentSurveyResultsObject> {
    return this.report.summary(scope, range);
  }

  // Admins only: a family's own words can say who they are, so analysts and keys get counts.
  @Roles(ADMIN)
  @Query(() => [ParentSurveyCommentObject], {
    description:
      'The comments left on the parent surveys sent in a range, in the order answered, with their language only.',
  })
  parentSurveyComments(
    @Args('range') range: ReportRangeInput,
    @Scope() scope: DataScope,
  ): Promise<ParentSurveyCommentObject[]> {
    return this.report.comments(scope, range);
  }
}
