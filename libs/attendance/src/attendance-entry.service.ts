import { Injectable } from '@nestjs/common';
import {
  isUniqueViolation,
  type DataScope,
  findRecord,
  referencedRecord,
} from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, conflict, type FieldProblem } from '@onrecord/platform/errors';
import {
  decodeCursor,
  isLocalDate,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { Student } from '@onrecord/families';
import { AttendanceChanges } from './attendance-changes';
import { checkDay } from './attendance-day.rules';
import { AttendanceEntry } from './attendance-entry.entity';
import type {
  AttendanceDayInput,
  AttendanceEntriesArgs,
  RecordAttendanceInput,
  RecordAttendanceWeekInput,
} from './attendance-entry.inputs';
import type { AttendanceEntryObject } from './attendance-entry.objects';
import { AttendanceEntrySupport } from './attendance-entry-support.entity';
import { isoWeekdayIndex } from './attendance-summary';
import { toAttendanceEntry } from './conversions';
import { studentCalendar } from './student-calendar';
import { Support } from './support.entity';
import { TriggerCatalog } from './trigger-catalog';

/**
 * Who records a day: a member (an advocate entering what the family reported), or a guardian
 * from the family portal. A guardian may not overwrite a day a member recorded: that would
 * lose the advocate's record; they are told to ask the advocate.
 */
export interface AttendanceAuthor {
  organizationId: string;
  userId: string | null;
  guardianId: string | null;
}

export const memberAuthor = (principal: MemberPrincipal): AttendanceAuthor => ({
  organizationId: principal.organizationId,
  userId: principal.userId,
  guardianId: null,
});

/** A checked day, ready to write. */
interface CheckedDay {
  day: AttendanceDayInput;
  triggers: string[];
}

/** Attendance entries: one per student and school day, entered one day or one week at a time. */
@Injectable()
export class AttendanceEntryService {
  constructor(private readonly changes: AttendanceChanges) {}

  async record(
    scope: DataScope,
    author: AttendanceAuthor,
    input: RecordAttendanceInput,
  ): Promise<AttendanceEntryObject> {
    const student = await referencedRecord(scope, Student, input.studentId, 'studentId', 'student');
    const [checked] = await this.check(scope, student, [input], () => '');
    if (!checked) throw new Error('a checked day is missing');
    const saved = toAttendanceEntry(await this.write(scope, author, student, checked));
    await this.changes.changed(scope, student.id);
    return saved;
  }

  /**
   * A week in one go. Every day is checked before anything is written and the request is one
   * transaction, so the week is recorded whole or not at all.
   */
  async recordWeek(
    scope: DataScope,
    author: AttendanceAuthor,
    input: RecordAttendanceWeekInput,
  ): Promise<AttendanceEntryObject[]> {
    const student = await referencedRecord(scope, Student, input.studentId, 'studentId', 'student');
    const weekProblems = weekShapeProblems(input);
    if (weekProblems.length > 0) throw badUserInput(weekProblems);
    const checked = await this.check(scope, student, input.days, (index) => `days.${index}.`);
    const entries: AttendanceEntryObject[] = [];
    for (const day of checked) {
      entries.push(toAttendanceEntry(await this.write(scope, author, student, day)));
    }
    await this.changes.changed(scope, student.id);
    return entries.sort((a, b) => a.date.localeCompare(b.date));
  }

  /**
   * Entries are data entry, not records others depend on (nothing references an entry; the
   * supports it lists stay), so advocates may delete a wrong one, not only admins. The audit
   * log keeps what it said.
   */
  async get(scope: DataScope, id: string): Promise<AttendanceEntryObject> {
    return toAttendanceEntry(await findRecord(scope, AttendanceEntry, id, 'Attendance entry'));
  }

  async delete(scope: DataScope, id: string): Promise<AttendanceEntryObject> {
    const entry = await findRecord(scope, AttendanceEntry, id, 'Attendance entry');
    const shown = toAttendanceEntry(entry);
    // Removed one by one rather than by the foreign key's cascade, so each is audited.
    const links = await scope.manager.findBy(AttendanceEntrySupport, { entryId: entry.id });
    if (links.length > 0) await scope.manager.remove(links);
    await scope.manager.remove(entry);
    await this.changes.changed(scope, entry.studentId);
    return shown;
  }

  /** A student's entries in date order, optionally between two dates (inclusive). */
  async list(
    scope: DataScope,
    args: AttendanceEntriesArgs,
  ): Promise<Connection<AttendanceEntryObject>> {
    await findRecord(scope, Student, args.studentId, 'Student');
    if (args.from && args.to && args.to < args.from) {
      throw badUserInput([{ field: 'to', message: `must not be before from (${args.from})` }]);
    }
    const query = scope.manager
      .createQueryBuilder(AttendanceEntry, 'e')
      .where('e.student_id = :studentId', { studentId: args.studentId })
      .orderBy('e.date', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(args.first + 1);
    if (args.from) query.andWhere('e.date >= :from', { from: args.from });
    if (args.to) query.andWhere('e.date <= :to', { to: args.to });
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isLocalDate });
      query.andWhere('(e.date, e.id) > (CAST(:at AS date), CAST(:id AS uuid))', {
        at: cursor.sortValue,
        id: cursor.id,
      });
    }
    return toConnection(await query.getMany(), args.first, (e) => e.date, toAttendanceEntry);
  }

  /** Checks days of one student against everything they name, with one query per kind. */
  private async check(
    scope: DataScope,
    student: Student,
    days: readonly AttendanceDayInput[],
    prefixOf: (index: number) => string,
  ): Promise<CheckedDay[]> {
    // One after the other: the request's transaction is one connection.
    const catalog = await TriggerCatalog.load(scope);
    const supports = await scope.manager.findBy(Support, { studentId: student.id });
    const calendar = await studentCalendar(
      scope,
      student,
      days.map((day) => day.date),
    );
    const context = { catalog, supports: new Map(supports.map((s) => [s.id, s])), calendar };
    const problems: FieldProblem[] = [];
    const checked = days.map((day, index) => {
      const result = checkDay(day, context, prefixOf(index));
      problems.push(...result.problems);
      return { day, triggers: result.triggers };
    });
    if (problems.length > 0) throw badUserInput(problems);
    return checked;
  }

  /** Replaces the student's entry for the date (or creates it), and the supports it lists. */
  private async write(
    scope: DataScope,
    author: AttendanceAuthor,
    student: Student,
    { day, triggers }: CheckedDay,
  ): Promise<AttendanceEntry> {
    const existing = await scope.manager.findOneBy(AttendanceEntry, {
      studentId: student.id,
      date: day.date,
    });
    if (existing && author.guardianId && existing.recordedByGuardianId === null) {
      throw conflict(
        `Your advocate already recorded ${day.date}. Tell them what to change, or add what happened in a message.`,
      );
    }
    const entry =
      existing ??
      scope.manager.create(AttendanceEntry, {
        organizationId: author.organizationId,
        studentId: student.id,
        date: day.date,
      });
    Object.assign(entry, {
      status: day.status,
      periodsMissed: [...(day.periodsMissed ?? [])].sort((a, b) => a - b),
      arrivalTime: day.arrivalTime ?? null,
      triggers,
      studentResponse: day.studentResponse ?? '',
      notes: day.notes ?? '',
      recordedByUserId: author.userId,
      recordedByGuardianId: author.guardianId,
    });
    let saved: AttendanceEntry;
    try {
      saved = await scope.savepoint(() => scope.manager.save(entry));
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_attendance_entry_student_date')) {
        throw conflict(
          `Someone recorded ${day.date} for this student at the same moment. Reload and try again.`,
        );
      }
      throw error;
    }
    await this.syncSupports(scope, author, saved.id, [...new Set(day.supportIds ?? [])]);
    return saved;
  }

  private async syncSupports(
    scope: DataScope,
    author: AttendanceAuthor,
    entryId: string,
    supportIds: string[],
  ): Promise<void> {
    const links = await scope.manager.findBy(AttendanceEntrySupport, { entryId });
    const gone = links.filter((link) => !supportIds.includes(link.supportId));
    if (gone.length > 0) await scope.manager.remove(gone);
    const kept = new Set(links.map((link) => link.supportId));
    const added = supportIds
      .filter((id) => !kept.has(id))
      .map((supportId) =>
        scope.manager.create(AttendanceEntrySupport, {
          organizationId: author.organizationId,
          entryId,
          supportId,
        }),
      );
    if (added.length > 0) await scope.manager.save(added);
  }
}

/** The week form's own rules: a Monday, and each day once, inside that week. */
function weekShapeProblems(input: RecordAttendanceWeekInput): FieldProblem[] {
  if (isoWeekdayIndex(input.weekOf) !== 0) {
    return [{ field: 'weekOf', message: `must be a Monday; ${input.weekOf} is not` }];
  }
  const sunday = new Date(`${input.weekOf}T00:00:00Z`);
  sunday.setUTCDate(sunday.getUTCDate() + 6);
  const lastDay = sunday.toISOString().slice(0, 10);
  const problems: FieldProblem[] = [];
  input.days.forEach((day, index) => {
    const field = `days.${index}.date`;
    if (day.date < input.weekOf || day.date > lastDay) {
      problems.push({ field, message: `is not in the week of ${input.weekOf}` });
    } else if (input.days.findIndex((other) => other.date === day.date) < index) {
      problems.push({ field, message: `${day.date} is in the week twice` });
    }
  });
  return problems;
}
