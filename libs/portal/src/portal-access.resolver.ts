import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Mutation,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Member,
  CurrentRequest,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { GuardianObject } from '@onrecord/families';
import { MemberRole } from '@onrecord/organizations';
import { Roles } from '@onrecord/platform/auth';
import type { PortalAccess } from './portal-access.entity';
import { PortalAccessService } from './portal-access.service';

const { ADMIN, ADVOCATE } = MemberRole;

@ObjectType({ description: "A guardian's access to the family portal." })
export class GuardianPortalAccess {
  @Field(() => ID) guardianId!: string;
  @Field({ description: 'The address they sign in with (lower case).' }) email!: string;
  @Field({ description: 'Invited and not revoked.' }) active!: boolean;
  @Field(() => GraphQLISODateTime) invitedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSignedInAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;
}

const toAccess = (a: PortalAccess): GuardianPortalAccess => ({
  guardianId: a.guardianId,
  email: a.email,
  active: a.revokedAt === null,
  invitedAt: a.invitedAt,
  lastSignedInAt: a.lastSignedInAt,
  revokedAt: a.revokedAt,
});

/** Advocates giving guardians the family portal, and seeing who has it. */
@Resolver(() => GuardianObject)
export class PortalAccessResolver {
  constructor(private readonly access: PortalAccessService) {}

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => GuardianPortalAccess, {
    description:
      'Gives the guardian the family portal (with the email on file) and emails them how to sign in. Again: re-sends, or gives revoked access back.',
  })
  async inviteGuardianToPortal(
    @Args('guardianId', { type: () => ID }) guardianId: string,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<GuardianPortalAccess> {
    return toAccess(await this.access.invite(scope, member, guardianId));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => GuardianPortalAccess, {
    description: "Ends the guardian's portal access at once.",
  })
  async revokeGuardianPortalAccess(
    @Args('guardianId', { type: () => ID }) guardianId: string,
    @Scope() scope: DataScope,
  ): Promise<GuardianPortalAccess> {
    return toAccess(await this.access.revoke(scope, guardianId));
  }

  @ResolveField(() => GuardianPortalAccess, {
    nullable: true,
    description: 'Null when never invited to the family portal.',
  })
  async portalAccess(
    @Parent() guardian: GuardianObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<GuardianPortalAccess | null> {
    const found = await request
      .loader<string, PortalAccess>('portal-access-by-guardian', (scope, ids) =>
        this.access.ofGuardians(scope, ids),
      )
      .load(guardian.id);
    return found ? toAccess(found) : null;
  }
}
