import { Injectable } from '@nestjs/common';
import { Between, In } from 'typeorm';
import {
  AttendanceEntry,
  AttendanceEntryService,
  AttendanceEntrySupport,
  Support,
} from '@onrecord/attendance';
import { School } from '@onrecord/directory';
import {
  applyGuardianPreferences,
  Guardian,
  type GuardianPreferencesInput,
} from '@onrecord/families';
import { Organization } from '@onrecord/organizations';
import type { DataScope } from '@onrecord/platform/database';
import type { PortalPrincipal } from '@onrecord/platform/request';
import { badUserInput, notFound } from '@onrecord/platform/errors';
import { checkAttendanceRange } from './portal-attendance-range';
import { ownFamilies } from './own-families';
import { portalLanguageProblem } from './portal-languages';
import type { PortalAttendanceArgs, PortalRecordAttendanceInput } from './portal.inputs';
import type {
  PortalAttendanceEntry,
  PortalFamily,
  PortalGuardian,
  PortalMe,
  PortalSupport,
} from './portal.objects';

/** The guardian's own records: who they are here, their families, preferences, attendance. */
@Injectable()
export class PortalFamilyService {
  constructor(private readonly attendance: AttendanceEntryService) {}

  async me(scope: DataScope, principal: PortalPrincipal): Promise<PortalMe> {
    const { manager } = scope;
    const organization = await manager.findOneByOrFail(Organization, {
      id: principal.organizationId,
    });
    const own = ownFamilies(scope, principal);
    const guardians = await own.guardians();
    const families = await own.families();
    const students = await own.students();
    const schoolIds = students.map((s) => s.schoolId).filter((id): id is string => id !== null);
    const schools = schoolIds.length ? await manager.findBy(School, { id: In(schoolIds) }) : [];
    const schoolName = new Map(schools.map((s) => [s.id, s.name]));
    return {
      email: principal.portal.email,
      organization: { id: organization.id, name: organization.name },
      guardians: guardians.map(toPortalGuardian),
      families: families.map((f): PortalFamily => ({
        id: f.id,
        householdName: f.householdName,
        students: students
          .filter((s) => s.familyId === f.id)
          .map((s) => ({
            id: s.id,
            name: s.name,
            grade: s.grade,
            schoolName: s.schoolId ? (schoolName.get(s.schoolId) ?? null) : null,
          })),
      })),
    };
  }

  /** The guardian's choices, for each of their guardian records here (one person). */
  async updatePreferences(
    scope: DataScope,
    principal: PortalPrincipal,
    input: GuardianPreferencesInput,
  ): Promise<PortalGuardian[]> {
    const problem = portalLanguageProblem(input.preferredLanguage);
    if (problem) throw badUserInput([problem]);
    const guardians = await ownFamilies(scope, principal).guardians();
    for (const guardian of guardians) applyGuardianPreferences(guardian, input);
    return (await scope.manager.save(guardians)).map(toPortalGuardian);
  }

  /**
   * A day recorded by the guardian for one of their students: attributed to them (the entry
   * names the guardian, the audit event too), checked by the same rules as an advocate's.
   */
  async recordAttendance(
    scope: DataScope,
    principal: PortalPrincipal,
    input: PortalRecordAttendanceInput,
  ): Promise<PortalAttendanceEntry> {
    const own = ownFamilies(scope, principal);
    const student = await own.student(input.studentId);
    const guardians = await own.guardians();
    const guardian = guardians.find((g) => g.familyId === student.familyId);
    if (!guardian) throw notFound('Student');
    const recorded = await this.attendance.record(
      scope,
      { organizationId: principal.organizationId, userId: null, guardianId: guardian.id },
      input,
    );
    const entry = await scope.manager.findOneByOrFail(AttendanceEntry, { id: recorded.id });
    const [day] = await withSupports(scope, [entry]);
    if (!day) throw new Error('the recorded day was not read back');
    return day;
  }

  /** The student's supports (ended ones too: a day in the past may name them), by start. */
  async supports(
    scope: DataScope,
    principal: PortalPrincipal,
    studentId: string,
  ): Promise<PortalSupport[]> {
    const student = await ownFamilies(scope, principal).student(studentId);
    const supports = await scope.manager.find(Support, {
      where: { studentId: student.id },
      order: { startedOn: 'ASC', name: 'ASC' },
    });
    return supports.map(({ id, name, startedOn, endedOn }) => ({ id, name, startedOn, endedOn }));
  }

  async attendanceEntries(
    scope: DataScope,
    principal: PortalPrincipal,
    args: PortalAttendanceArgs,
  ): Promise<PortalAttendanceEntry[]> {
    const student = await ownFamilies(scope, principal).student(args.studentId);
    checkAttendanceRange(args);
    const entries = await scope.manager.find(AttendanceEntry, {
      where: { studentId: student.id, date: Between(args.from, args.to) },
      order: { date: 'ASC' },
    });
    return withSupports(scope, entries);
  }
}

const toPortalGuardian = (g: Guardian): PortalGuardian => ({
  id: g.id,
  familyId: g.familyId,
  name: g.name,
  relationship: g.relationship,
  preferredLanguage: g.preferredLanguage,
  notifySchoolAnswered: g.notifySchoolAnswered,
  notifyRequestOverdue: g.notifyRequestOverdue,
  notifyFollowUpSent: g.notifyFollowUpSent,
});

/** The days as the family sees them, with the supports each names (one query for them all). */
async function withSupports(
  scope: DataScope,
  entries: AttendanceEntry[],
): Promise<PortalAttendanceEntry[]> {
  const links =
    entries.length === 0
      ? []
      : await scope.manager.findBy(AttendanceEntrySupport, {
          entryId: In(entries.map((e) => e.id)),
        });
  return entries.map((entry) =>
    toPortalAttendance(
      entry,
      links.filter((link) => link.entryId === entry.id).map((link) => link.supportId),
    ),
  );
}

const toPortalAttendance = (e: AttendanceEntry, supportIds: string[]): PortalAttendanceEntry => ({
  id: e.id,
  studentId: e.studentId,
  date: e.date,
  status: e.status,
  periodsMissed: e.periodsMissed,
  arrivalTime: e.arrivalTime?.slice(0, 5) ?? null,
  triggers: e.triggers,
  supportIds,
  studentResponse: e.studentResponse,
  notes: e.notes,
  recordedByFamily: e.recordedByGuardianId !== null,
});
