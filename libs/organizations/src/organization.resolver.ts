import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { PageArgs, type Connection } from '@onrecord/platform/graphql';
import { MemberRole } from './member-role';
import {
  ChangeMemberRoleInput,
  InviteMemberInput,
  UpdateOrganizationInput,
} from './organization.inputs';
import {
  InvitationConnection,
  InvitationObject,
  MemberConnection,
  MemberObject,
  OrganizationObject,
} from './organization.objects';
import { OrganizationService } from './organization.service';
import { MemberService } from './member.service';
import { InvitationService } from './invitation.service';
import { AuditEventArgs, AuditEventConnection, AuditEventObject } from './audit-event.objects';
import { AuditEventService } from './audit-event.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver()
export class OrganizationResolver {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly memberService: MemberService,
    private readonly invitationService: InvitationService,
    private readonly auditEventService: AuditEventService,
  ) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => OrganizationObject, { description: 'The active organization.' })
  async organization(
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<OrganizationObject> {
    return this.organizations.get(scope, member);
  }

  @Roles(ADMIN)
  @Mutation(() => OrganizationObject)
  async updateOrganization(
    @Args('input') input: UpdateOrganizationInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<OrganizationObject> {
    return this.organizations.update(scope, member, input);
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => MemberConnection, {
    description: 'Members of the active organization, oldest first.',
  })
  async members(
    @Args() page: PageArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<MemberObject>> {
    return this.memberService.list(scope, page.first, page.after);
  }

  @Roles(ADMIN)
  @Mutation(() => MemberObject, { description: 'The last admin cannot be demoted.' })
  async changeMemberRole(
    @Args('input') input: ChangeMemberRoleInput,
    @Scope() scope: DataScope,
  ): Promise<MemberObject> {
    return this.memberService.changeRole(scope, input.memberId, input.role);
  }

  @Roles(ADMIN)
  @Mutation(() => MemberObject, {
    description:
      'Lets an ANALYST read family records (families, guardians, cases and their notes, requests, attendance), or takes it back. Analysts otherwise read reports and aggregate figures only.',
  })
  async setFamilyRecordsAccess(
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('granted') granted: boolean,
    @Scope() scope: DataScope,
  ): Promise<MemberObject> {
    return this.memberService.setFamilyRecordsAccess(scope, memberId, granted);
  }

  @Roles(ADMIN)
  @Mutation(() => MemberObject, { description: 'The last admin cannot be removed.' })
  async removeMember(
    @Args('memberId', { type: () => ID }) memberId: string,
    @Scope() scope: DataScope,
  ): Promise<MemberObject> {
    return this.memberService.remove(scope, memberId);
  }

  @Roles(ADMIN)
  @Mutation(() => InvitationObject, { description: 'Emails a single-use invitation link.' })
  async inviteMember(
    @Args('input') input: InviteMemberInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<InvitationObject> {
    return this.invitationService.invite(scope, member, input);
  }

  @Roles(ADMIN)
  @Query(() => InvitationConnection, { description: 'Newest first.' })
  async invitations(
    @Args() page: PageArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<InvitationObject>> {
    return this.invitationService.list(scope, page.first, page.after);
  }

  @Roles(ADMIN)
  @Mutation(() => InvitationObject)
  async revokeInvitation(
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @Scope() scope: DataScope,
  ): Promise<InvitationObject> {
    return this.invitationService.revoke(scope, invitationId);
  }

  @Roles(ADMIN)
  @Query(() => AuditEventConnection, { description: 'The organization’s audit log, newest first.' })
  async auditEvents(
    @Args() args: AuditEventArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<AuditEventObject>> {
    return this.auditEventService.list(scope, args.filter, args.first, args.after);
  }
}
