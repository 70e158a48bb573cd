import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, notFound } from '@onrecord/platform/errors';
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
    // Each of these is part of every organization: left out keeps it, null is a mistake.
    const cleared = (['name', 'timeZone', 'homeState'] as const).filter(
      (field) => input[field] === null,
    );
    if (cleared.length > 0) {
      throw badUserInput(
        cleared.map((field) => ({
          field,
          message: 'cannot be removed: leave it out to keep it as it is',
        })),
      );
    }
    if (input.name) organization.name = input.name.trim();
    if (input.timeZone) organization.timeZone = input.timeZone;
    if (input.homeState) organization.homeState = input.homeState;
    await scope.manager.save(organization);
    return toOrganization(organization);
  }
}
