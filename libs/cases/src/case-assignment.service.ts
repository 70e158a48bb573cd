import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { MemberRole, Membership } from '@onrecord/organizations';
import { isUniqueViolation, type DataScope, findRecord, isUuid } from '@onrecord/platform/database';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { Case } from './case.entity';
import { CaseAssignment } from './case-assignment.entity';

/** Who may be assigned to a case: people who run cases, not analysts who read reports. */
const ASSIGNABLE: readonly string[] = [MemberRole.ADMIN, MemberRole.ADVOCATE];

@Injectable()
export class CaseAssignmentService {
  /**
   * Why each member id cannot be assigned (none when all can), reported on `field(index)`.
   * Row-level security hides other organizations' members, so theirs "name no member".
   */
  async assignableProblems(
    scope: DataScope,
    memberIds: readonly string[],
    field: (index: number) => string,
  ): Promise<FieldProblem[]> {
    const ids = memberIds.filter(isUuid);
    const members = ids.length
      ? await scope.manager.find(Membership, {
          where: { id: In(ids) },
          select: { id: true, role: true },
        })
      : [];
    const byId = new Map(members.map((member) => [member.id, member]));
    return memberIds.flatMap((id, index) => {
      const member = byId.get(id);
      if (!member)
        return [{ field: field(index), message: 'names no member of your organization' }];
      if (!ASSIGNABLE.includes(member.role)) {
        return [
          {
            field: field(index),
            message: `has the ${member.role} role: only admins and advocates can be assigned to a case`,
          },
        ];
      }
      return [];
    });
  }

  /** Assigns members already checked with assignableProblems; repeats are ignored. */
  async addAssignments(scope: DataScope, record: Case, memberIds: readonly string[]) {
    for (const membershipId of new Set(memberIds)) {
      try {
        // A savepoint, so a concurrent identical assignment does not abort the request.
        await scope.savepoint(() =>
          scope.manager.save(
            scope.manager.create(CaseAssignment, {
              organizationId: record.organizationId,
              caseId: record.id,
              membershipId,
            }),
          ),
        );
      } catch (error) {
        if (!isUniqueViolation(error, 'UQ_case_assignment_case_member')) throw error;
      }
    }
  }

  async assign(scope: DataScope, caseId: string, memberId: string): Promise<Case> {
    const record = await findRecord(scope, Case, caseId, 'Case');
    const problems = await this.assignableProblems(scope, [memberId], () => 'memberId');
    if (problems.length) throw badUserInput(problems);
    const existing = await scope.manager.findOneBy(CaseAssignment, {
      caseId,
      membershipId: memberId,
    });
    if (!existing) await this.addAssignments(scope, record, [memberId]);
    return record;
  }

  /** Unassigns a member; a member who was not assigned leaves the case as it was. */
  async unassign(scope: DataScope, caseId: string, memberId: string): Promise<Case> {
    const record = await findRecord(scope, Case, caseId, 'Case');
    const member = isUuid(memberId)
      ? await scope.manager.findOneBy(Membership, { id: memberId })
      : null;
    if (!member) {
      throw badUserInput([{ field: 'memberId', message: 'names no member of your organization' }]);
    }
    const assignment = await scope.manager.findOneBy(CaseAssignment, {
      caseId,
      membershipId: memberId,
    });
    if (assignment) await scope.manager.remove(assignment);
    return record;
  }
}
