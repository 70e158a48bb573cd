import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { notFound, type MemberPrincipal } from '@onrecord/platform/graphql';
import { Organization } from './organization.entity';
import type { UpdateOrganizationInput } from './organization.inputs';
import type { OrganizationObject } from './organization.objects';
import { toOrganization } from './conversions';

@Injectable()
export class OrganizationService {
  async get(scope: DataScope, principal: MemberPrincipal): Promise<OrganizationObject> {
    const organization = await scope.manager.findOneBy(Organization, {
      id: principal.organizationId,
    });
    if (!organization) throw notFound('Organization');
    return toOrganization(organization);
  }

  async update(
    scope: DataScope,
    principal: MemberPrincipal,
    input: UpdateOrganizationInput,
  ): Promise<OrganizationObject> {
    const organization = await scope.manager.findOneBy(Organization, {
      id: principal.organizationId,
    });
    if (!organization) throw notFound('Organization');
    if (input.name !== undefined) organization.name = input.name.trim();
    if (input.timeZone !== undefined) organization.timeZone = input.timeZone;
    if (input.homeState !== undefined) organization.homeState = input.homeState;
    await scope.manager.save(organization);
    return toOrganization(organization);
  }
}
