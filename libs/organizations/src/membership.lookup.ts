import { Injectable } from '@nestjs/common';
import type { MembershipLookup } from '@onrecord/platform/auth';
import type { DataScope } from '@onrecord/platform/database';
import { IsNull, MoreThan } from 'typeorm';
import { RefreshToken } from '@onrecord/accounts';
import { Membership } from './membership.entity';

/** Lets the access guard re-check membership on every request. */
@Injectable()
export class OrganizationMembershipLookup implements MembershipLookup {
  async find(scope: DataScope, organizationId: string, userId: string) {
    const membership = await scope.manager.findOne(Membership, {
      where: { organizationId, userId },
      select: { id: true, role: true, readsFamilyRecords: true },
    });
    return membership
      ? {
          id: membership.id,
          role: membership.role,
          readsFamilyRecords: membership.readsFamilyRecords,
        }
      : null;
  }

  /** A session is a refresh token chain: open while one of its tokens is not revoked. */
  async sessionIsOpen(scope: DataScope, userId: string, sessionId: string): Promise<boolean> {
    return scope.manager.exists(RefreshToken, {
      where: { userId, familyId: sessionId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
  }
}
