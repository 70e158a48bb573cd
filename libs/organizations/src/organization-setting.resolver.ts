import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from './member-role';
import { UpdateOrganizationSettingsInput } from './organization-setting.inputs';
import { OrganizationSettingsObject } from './organization-setting.objects';
import { OrganizationSettingsService } from './organization-setting.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => OrganizationSettingsObject)
export class OrganizationSettingsResolver {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => OrganizationSettingsObject, {
    description: "The active organization's settings (the defaults until an admin changes them).",
  })
  async organizationSettings(@Scope() scope: DataScope): Promise<OrganizationSettingsObject> {
    return this.settings.get(scope);
  }

  @Roles(ADMIN)
  @Mutation(() => OrganizationSettingsObject, {
    description:
      'Changes what is given. Meeting due dates already set stay as they are until the meeting is rescheduled.',
  })
  async updateOrganizationSettings(
    @Args('input') input: UpdateOrganizationSettingsInput,
    @Scope() scope: DataScope,
  ): Promise<OrganizationSettingsObject> {
    return this.settings.update(scope, input);
  }
}
