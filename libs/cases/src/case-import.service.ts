import { Injectable } from '@nestjs/common';
import { organizationTimeZone } from '@onrecord/organizations';
import type { DataScope } from '@onrecord/platform/database';
import { insertAudited } from '@onrecord/platform/audit';
import type { FieldProblem } from '@onrecord/platform/errors';
import { CaseAssignment } from './case-assignment.entity';
import { CaseAssignmentService } from './case-assignment.service';
import { CaseStatus } from './case-enums';
import { Case } from './case.entity';
import type { CaseOpeningFields } from './case.inputs';
import { CaseStatusChange } from './case-status-change.entity';
import { dateIn } from './organization-time';

/** One case of a bulk import: ids chosen by the caller, fields checked as CaseOpeningFields. */
export interface CaseImport {
  id: string;
  familyId: string;
  studentId: string;
  fields: CaseOpeningFields;
  /** Members already checked with `unassignable`. */
  advocateIds: string[];
}

@Injectable()
export class CaseImportService {
  constructor(private readonly assignments: CaseAssignmentService) {}

  /** Why each member could not be assigned to a case (openCase's rule), by member id. */
  async unassignable(scope: DataScope, memberIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(memberIds)];
    const problems: FieldProblem[] = await this.assignments.assignableProblems(scope, ids, String);
    return new Map(problems.map((problem) => [ids[Number(problem.field)] ?? '', problem.message]));
  }

  /**
   * Opens many cases at once, as openCase would one by one: the first status on record
   * (dated the day it opened) and the advocates assigned, every row with its audit event, in
   * a few multi-row statements.
   */
  async openMany(scope: DataScope, userId: string, cases: readonly CaseImport[]): Promise<void> {
    if (!cases.length) return;
    const organizationId = scope.organizationId;
    const timeZone = await organizationTimeZone(scope);
    const today = dateIn(timeZone, new Date());
    const openedOn = (c: CaseImport) => c.fields.openedOn ?? today;
    const starts = await startsOfDays(scope, [...new Set(cases.map(openedOn))], timeZone);
    const now = new Date();
    await insertAudited(
      scope,
      Case,
      cases.map((c) => ({
        id: c.id,
        organizationId,
        familyId: c.familyId,
        studentId: c.studentId,
        title: c.fields.title,
        concerns: [...new Set(c.fields.concerns)],
        status: c.fields.status ?? CaseStatus.INTAKE,
        openedOn: openedOn(c),
      })),
    );
    await insertAudited(
      scope,
      CaseStatusChange,
      cases.map((c) => ({
        id: crypto.randomUUID(),
        organizationId,
        caseId: c.id,
        fromStatus: null,
        toStatus: c.fields.status ?? CaseStatus.INTAKE,
        // As changedAtFor: now for today, else the start of that day where the organization is.
        changedAt: openedOn(c) >= today ? now : (starts.get(openedOn(c)) ?? now),
        changedByUserId: userId,
        reason: '',
      })),
    );
    await insertAudited(
      scope,
      CaseAssignment,
      cases.flatMap((c) =>
        [...new Set(c.advocateIds)].map((membershipId) => ({
          id: crypto.randomUUID(),
          organizationId,
          caseId: c.id,
          membershipId,
        })),
      ),
    );
  }
}

/** The first instant of each date in a time zone, in one round trip. */
async function startsOfDays(
  scope: DataScope,
  dates: string[],
  timeZone: string,
): Promise<Map<string, Date>> {
  const rows = (await scope.manager.query(
    'SELECT d AS date, (d::date::timestamp AT TIME ZONE $2) AS at FROM unnest($1::text[]) d',
    [dates, timeZone],
  )) as Array<{ date: string; at: Date }>;
  return new Map(rows.map((row) => [row.date, row.at]));
}
