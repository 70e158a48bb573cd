import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { CaseObject } from './case.objects';
import { CaseAssignmentService } from './case-assignment.service';
import { toCase } from './conversions';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver()
export class CaseAssignmentResolver {
  constructor(private readonly assignments: CaseAssignmentService) {}

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseObject, {
    description:
      'Assigns a member (an admin or an advocate) to a case; assigning twice is harmless.',
  })
  async assignAdvocate(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Scope() scope: DataScope,
  ): Promise<CaseObject> {
    return toCase(await this.assignments.assign(scope, caseId, memberId));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CaseObject, { description: 'A member who was not assigned leaves it as it was.' })
  async unassignAdvocate(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Scope() scope: DataScope,
  ): Promise<CaseObject> {
    return toCase(await this.assignments.unassign(scope, caseId, memberId));
  }
}
