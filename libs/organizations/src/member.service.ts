import { Injectable } from '@nestjs/common';
import { User } from '@onrecord/accounts';
import { type DataScope, isUuid } from '@onrecord/platform/database';
import { badUserInput, conflict, notFound } from '@onrecord/platform/errors';
import { decodeCursor, toConnection, type Connection } from '@onrecord/platform/graphql';
import { MemberRole } from './member-role';
import { Membership } from './membership.entity';
import type { MemberObject } from './organization.objects';
import { toMember } from './conversions';

@Injectable()
export class MemberService {
  async list(
    scope: DataScope,
    first: number,
    after?: string | null,
  ): Promise<Connection<MemberObject>> {
    const query = scope.manager
      .createQueryBuilder(Membership, 'm')
      .innerJoinAndMapOne('m.user', User, 'u', 'u.id = m.user_id')
      .orderBy("date_trunc('milliseconds', m.created_at)", 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(first + 1);
    if (after) {
      const cursor = decodeCursor(after);
      query.where("(date_trunc('milliseconds', m.created_at), m.id) > (:at, :id)", {
        at: cursor.sortValue,
        id: cursor.id,
      });
    }
    const rows = (await query.getMany()) as Array<Membership & { user: User }>;
    return toConnection(rows, first, (m) => m.createdAt.toISOString(), toMember);
  }

  async changeRole(scope: DataScope, memberId: string, role: MemberRole): Promise<MemberObject> {
    const member = await this.lockedMember(scope, memberId);
    if (member.role === MemberRole.ADMIN && role !== MemberRole.ADMIN)
      await this.assertAnotherAdmin(scope, member);
    member.role = role;
    // The grant is to an analyst: a new role starts without it.
    if (role !== MemberRole.ANALYST) member.readsFamilyRecords = false;
    await scope.manager.save(member);
    return toMember(member);
  }

  /** An admin lets an ANALYST read family records, or takes that back. */
  async setFamilyRecordsAccess(
    scope: DataScope,
    memberId: string,
    granted: boolean,
  ): Promise<MemberObject> {
    const member = await this.lockedMember(scope, memberId);
    if (member.role !== MemberRole.ANALYST)
      throw badUserInput([
        {
          field: 'memberId',
          message: `names an ${member.role}: only analysts are granted family records (admins and advocates read them already)`,
        },
      ]);
    member.readsFamilyRecords = granted;
    await scope.manager.save(member);
    return toMember(member);
  }

  async remove(scope: DataScope, memberId: string): Promise<MemberObject> {
    const member = await this.lockedMember(scope, memberId);
    if (member.role === MemberRole.ADMIN) await this.assertAnotherAdmin(scope, member);
    const shown = toMember(member);
    await scope.manager.remove(member);
    return shown;
  }

  /** Locks the organization's admins, so two admins cannot demote each other at once. */
  private async assertAnotherAdmin(scope: DataScope, member: Membership): Promise<void> {
    const admins = await scope.manager.find(Membership, {
      where: { role: MemberRole.ADMIN },
      lock: { mode: 'pessimistic_write' },
    });
    if (!admins.some((admin) => admin.id !== member.id)) {
      throw conflict(
        'This is the last admin of the organization. Make another member admin first.',
      );
    }
  }

  private async lockedMember(
    scope: DataScope,
    memberId: string,
  ): Promise<Membership & { user: User }> {
    const member = isUuid(memberId)
      ? await scope.manager.findOne(Membership, {
          where: { id: memberId },
          relations: { user: true },
        })
      : null;
    if (!member) throw notFound('Member');
    return member as Membership & { user: User };
  }
}
