import { Injectable } from '@nestjs/common';
import { Family, Student } from '@onrecord/families';
import { MemberRole, organizationTimeZone } from '@onrecord/organizations';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput } from '@onrecord/platform/errors';
import {
  isLocalDate,
  toConnection,
  type Connection,
  decodeCursor,
} from '@onrecord/platform/graphql';
import { CaseStatus, type CaseConcern } from './case-enums';
import { Case } from './case.entity';
import type { CaseFilter, OpenCaseInput, UpdateCaseInput } from './case.inputs';
import type { CaseObject } from './case.objects';
import { CaseAssignmentService } from './case-assignment.service';
import { whereCases } from './case-where';
import { changedAtFor, recordStatusChange } from './case-status-history';
import { dateIn } from './organization-time';
import { toCase } from './conversions';

/** A case's concerns once, in the order given. */
const distinct = (concerns: CaseConcern[]): CaseConcern[] => [...new Set(concerns)];

/** `%` and `_` are literal in a search, not wildcards. */

@Injectable()
export class CaseService {
  constructor(private readonly assignments: CaseAssignmentService) {}

  get(scope: DataScope, id: string): Promise<Case> {
    return findRecord(scope, Case, id, 'Case');
  }

  /**
   * Opens a case for an active family and one of its students, with its first status on
   * record and its advocates assigned (by default the member who opens it).
   */
  async open(scope: DataScope, principal: MemberPrincipal, input: OpenCaseInput): Promise<Case> {
    await referencedRecord(scope, Family, input.familyId, 'familyId', 'family');
    const student = await referencedRecord(scope, Student, input.studentId, 'studentId', 'student');
    if (student.familyId !== input.familyId) {
      throw badUserInput([{ field: 'studentId', message: 'is not a student of this family' }]);
    }
    const advocateIds = input.advocateIds ?? this.defaultAdvocates(principal);
    const problems = await this.assignments.assignableProblems(
      scope,
      advocateIds,
      (index) => `advocateIds.${index}`,
    );
    if (problems.length) throw badUserInput(problems);

    const timeZone = await organizationTimeZone(scope);
    const openedOn = input.openedOn ?? dateIn(timeZone, new Date());
    const record = await scope.manager.save(
      scope.manager.create(Case, {
        organizationId: principal.organizationId,
        familyId: input.familyId,
        studentId: input.studentId,
        title: input.title,
        concerns: distinct(input.concerns),
        status: input.status ?? CaseStatus.INTAKE,
        openedOn,
        closedOn: null,
        outcome: null,
        outcomeNotes: '',
        legalHoldReason: null,
        archivedAt: null,
      }),
    );
    await recordStatusChange(scope, record, {
      fromStatus: null,
      changedAt: await changedAtFor(scope, openedOn, timeZone),
      changedByUserId: principal.userId,
    });
    await this.assignments.addAssignments(scope, record, advocateIds);
    return record;
  }

  async update(scope: DataScope, id: string, input: UpdateCaseInput): Promise<Case> {
    const record = await findRecord(scope, Case, id, 'Case');
    if (input.title !== undefined && input.title !== null) record.title = input.title;
    if (input.concerns) record.concerns = distinct(input.concerns);
    return scope.manager.save(record);
  }

  /** Places (a reason) or releases (null) the case's legal hold. */
  async setLegalHold(scope: DataScope, id: string, reason: string | null): Promise<Case> {
    const record = await findRecord(scope, Case, id, 'Case');
    record.legalHoldReason = reason;
    return scope.manager.save(record);
  }

  /**
   * The organization's cases, newest opened first (then by id, so the order is stable and
   * the cursor exact). Archived cases are left out unless asked for.
   */
  async list(
    scope: DataScope,
    filter: CaseFilter | null = {},
    first: number,
    after?: string | null,
  ): Promise<Connection<CaseObject>> {
    filter ??= {}; // sent as null: no filter, as when left out
    const query = scope.manager
      .createQueryBuilder(Case, 'c')
      .orderBy('c.opened_on', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1);
    if (!filter.includeArchived) query.andWhere('c.archived_at IS NULL');
    if (filter.status?.length)
      query.andWhere('c.status IN (:...statuses)', { statuses: filter.status });
    if (filter.advocateId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM case_assignment a
                 WHERE a.case_id = c.id AND a.membership_id = :advocateId)`,
        { advocateId: filter.advocateId },
      );
    }
    whereCases(query, filter);
    if (after) {
      const cursor = decodeCursor(after, { isSortValue: isLocalDate });
      query.andWhere('(c.opened_on, c.id) < (:openedOn, :id)', {
        openedOn: cursor.sortValue,
        id: cursor.id,
      });
    }
    return toConnection(await query.getMany(), first, (c) => c.openedOn, toCase);
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<Case> {
    return setArchived(scope, Case, id, 'Case', archived);
  }

  /** Deletes a case with its assignments and status history; refused while it has notes. */
  delete(scope: DataScope, id: string): Promise<Case> {
    return deleteRecord(scope, Case, id, 'Case');
  }

  /** The member who opens a case runs it, unless they are not someone who runs cases. */
  private defaultAdvocates(principal: MemberPrincipal): string[] {
    const role = principal.membership.role;
    return role === MemberRole.ADMIN || role === MemberRole.ADVOCATE
      ? [principal.membership.id]
      : [];
  }
}
