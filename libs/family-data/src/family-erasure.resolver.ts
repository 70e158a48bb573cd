import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { FamilyErasure } from './family-erasure.service';
import { EraseFamilyInput, FamilyErasureObject } from './family-erasure.objects';

@Resolver(() => FamilyErasureObject)
export class FamilyErasureResolver {
  constructor(private readonly erasure: FamilyErasure) {}

  @Roles(MemberRole.ADMIN)
  @Mutation(() => FamilyErasureObject, {
    description:
      "Erases a family's personal data on request, everywhere OnRecord keeps it (records, letters, messages, portal access, the audit log's details). Refused while one of its cases is open or under a legal hold. Export it first (GET /exports/families/<id>) if the family asked for a copy.",
  })
  async eraseFamily(
    @Args('input') input: EraseFamilyInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<FamilyErasureObject> {
    const member = request.member();
    return this.erasure.erase(
      await request.scope(),
      {
        organizationId: member.organizationId,
        userId: member.userId,
        requestId: request.requestId,
      },
      input.familyId,
      input.confirmHouseholdName,
    );
  }
}
