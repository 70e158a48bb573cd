import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Case, CasePlaces } from '@onrecord/cases';
import { dateHolidaysSource } from '@onrecord/deadlines';
import { SchoolContact } from '@onrecord/directory';
import { Membership, OrganizationSettingsService } from '@onrecord/organizations';
import {
  type DataScope,
  findRecord,
  isUuid,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import {
  decodeCursor,
  isTimestamp,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingTask } from './meeting-task.entity';
import { meetingDueDates, type MeetingDueDates } from './meeting-dates';
import {
  NOT_EMPTY_NAME,
  type CompleteMeetingTaskInput,
  type MeetingAttendeeInput,
  type MeetingsArgs,
  type MeetingTasksArgs,
  type ScheduleMeetingInput,
  type UpdateMeetingInput,
} from './meeting.inputs';
import type { MeetingObject, MeetingTaskObject } from './meeting.objects';
import { toMeeting, toMeetingTask } from './meeting.conversions';
import { MeetingTaskKind } from './meeting.enums';
import { WrittenRequest } from '../written-requests/written-request.entity';

/**
 * Meetings with the school and the two written items each creates (concerns before, summary
 * after), due a number of business days — from the organization's settings — around the
 * meeting's day where the district is.
 */
@Injectable()
export class MeetingService {
  constructor(
    private readonly places: CasePlaces,
    private readonly settings: OrganizationSettingsService,
  ) {}

  /**
   * Creates the meeting, its attendees and its two tasks. A meeting in the past (recorded
   * after it was held) gets its tasks too: their due dates may already have passed, so they
   * show as overdue until marked done.
   */
  async schedule(
    scope: DataScope,
    principal: MemberPrincipal,
    input: ScheduleMeetingInput,
  ): Promise<Meeting> {
    const found = await referencedRecord(scope, Case, input.caseId, 'caseId', 'case');
    const attendees = input.attendees ?? [];
    await this.checkAttendees(scope, attendees);
    const meeting = await scope.manager.save(
      scope.manager.create(Meeting, {
        organizationId: found.organizationId,
        caseId: found.id,
        startsAt: input.startsAt,
        kind: input.kind,
        location: input.location ?? '',
        notes: input.notes ?? '',
        createdByUserId: principal.userId,
        archivedAt: null,
      }),
    );
    await this.saveAttendees(scope, meeting, attendees);
    const dates = await this.dueDates(scope, meeting);
    for (const [kind, due] of [
      [MeetingTaskKind.CONCERNS_BEFORE, dates.concernsBefore],
      [MeetingTaskKind.SUMMARY_AFTER, dates.summaryAfter],
    ] as const)
      await scope.manager.save(
        scope.manager.create(MeetingTask, {
          organizationId: meeting.organizationId,
          meetingId: meeting.id,
          kind,
          dueOn: due.dueOn,
          dueAt: due.dueAt,
          doneOn: null,
          requestId: null,
        }),
      );
    return meeting;
  }

  /** Moves the meeting; tasks not yet done get new due dates (with today's settings). */
  async reschedule(scope: DataScope, id: string, startsAt: Date): Promise<Meeting> {
    const meeting = await findRecord(scope, Meeting, id, 'Meeting');
    if (!(startsAt instanceof Date) || Number.isNaN(startsAt.getTime()))
      throw badUserInput([{ field: 'startsAt', message: 'must be an instant' }]);
    meeting.startsAt = startsAt;
    const saved = await scope.manager.save(meeting);
    const dates = await this.dueDates(scope, saved);
    const tasks = await scope.manager.find(MeetingTask, { where: { meetingId: id } });
    for (const task of tasks) {
      if (task.doneOn) continue;
      const due =
        task.kind === MeetingTaskKind.CONCERNS_BEFORE ? dates.concernsBefore : dates.summaryAfter;
      if (task.dueOn === due.dueOn && task.dueAt.getTime() === due.dueAt.getTime()) continue;
      task.dueOn = due.dueOn;
      task.dueAt = due.dueAt;
      await scope.manager.save(task);
    }
    return saved;
  }

  async update(scope: DataScope, id: string, input: UpdateMeetingInput): Promise<Meeting> {
    const meeting = await findRecord(scope, Meeting, id, 'Meeting');
    if (input.attendees) await this.checkAttendees(scope, input.attendees);
    if (input.kind) meeting.kind = input.kind;
    if (input.location != null) meeting.location = input.location;
    if (input.notes != null) meeting.notes = input.notes;
    const saved = await scope.manager.save(meeting);
    if (input.attendees) {
      const old = await scope.manager.find(MeetingAttendee, { where: { meetingId: id } });
      if (old.length) await scope.manager.remove(old);
      await this.saveAttendees(scope, saved, input.attendees);
    }
    return saved;
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<Meeting> {
    return setArchived(scope, Meeting, id, 'Meeting', archived);
  }

  /** Deletes a meeting recorded by mistake, with its attendees and tasks (each audited). */
  async delete(scope: DataScope, id: string): Promise<Meeting> {
    const meeting = await findRecord(scope, Meeting, id, 'Meeting');
    const copy = { ...meeting };
    const tasks = await scope.manager.find(MeetingTask, { where: { meetingId: id } });
    const attendees = await scope.manager.find(MeetingAttendee, { where: { meetingId: id } });
    if (tasks.length) await scope.manager.remove(tasks);
    if (attendees.length) await scope.manager.remove(attendees);
    await scope.manager.remove(meeting);
    return copy;
  }

  get(scope: DataScope, id: string): Promise<Meeting> {
    return findRecord(scope, Meeting, id, 'Meeting');
  }

  getTask(scope: DataScope, id: string): Promise<MeetingTask> {
    return findRecord(scope, MeetingTask, id, 'Meeting task');
  }

  /** Done on a day, optionally linked to the written request (of the same case) that carried it. */
  async completeTask(
    scope: DataScope,
    id: string,
    input: CompleteMeetingTaskInput,
  ): Promise<MeetingTask> {
    const task = await findRecord(scope, MeetingTask, id, 'Meeting task');
    const meeting = await findRecord(scope, Meeting, task.meetingId, 'Meeting');
    if (input.requestId) {
      const request = await referencedRecord(
        scope,
        WrittenRequest,
        input.requestId,
        'requestId',
        'written request',
      );
      if (request.caseId !== meeting.caseId)
        throw badUserInput([
          {
            field: 'requestId',
            message: "names a written request of another case than the meeting's",
          },
        ]);
    }
    task.doneOn = input.doneOn;
    task.requestId = input.requestId ?? null;
    return scope.manager.save(task);
  }

  async reopenTask(scope: DataScope, id: string): Promise<MeetingTask> {
    const task = await findRecord(scope, MeetingTask, id, 'Meeting task');
    task.doneOn = null;
    task.requestId = null;
    return scope.manager.save(task);
  }

  /** Meetings by start (soonest first), optionally of one case and within [from, to). */
  async list(scope: DataScope, args: MeetingsArgs): Promise<Connection<MeetingObject>> {
    const filter = args.filter ?? {};
    const query = scope.manager
      .createQueryBuilder(Meeting, 'm')
      .orderBy('m.starts_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(args.first + 1);
    if (!filter.includeArchived) query.andWhere('m.archived_at IS NULL');
    if (filter.caseId) query.andWhere('m.case_id::text = :caseId', { caseId: filter.caseId });
    if (filter.from) query.andWhere('m.starts_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('m.starts_at < :to', { to: filter.to });
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isTimestamp });
      query.andWhere('(m.starts_at, m.id) > (:at::timestamptz, :id)', {
        at: cursor.sortValue,
        id: cursor.id,
      });
    }
    const rows = await query.getMany();
    return toConnection(rows, args.first, (m) => m.startsAt.toISOString(), toMeeting);
  }

  /**
   * Tasks of meetings not archived, by due time (soonest first); overdue = not done and
   * past due now.
   */
  async listTasks(
    scope: DataScope,
    args: MeetingTasksArgs,
  ): Promise<Connection<MeetingTaskObject>> {
    const filter = args.filter ?? {};
    const now = new Date();
    const query = scope.manager
      .createQueryBuilder(MeetingTask, 't')
      .innerJoin(Meeting, 'm', 'm.id = t.meeting_id')
      .where('m.archived_at IS NULL')
      .orderBy('t.due_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(args.first + 1);
    if (filter.caseId) query.andWhere('m.case_id::text = :caseId', { caseId: filter.caseId });
    if (filter.done != null)
      query.andWhere(filter.done ? 't.done_on IS NOT NULL' : 't.done_on IS NULL');
    if (filter.overdue != null) {
      const overdue = '(t.done_on IS NULL AND t.due_at < :now)';
      query.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, { now });
    }
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isTimestamp });
      query.andWhere('(t.due_at, t.id) > (:at::timestamptz, :id)', {
        at: cursor.sortValue,
        id: cursor.id,
      });
    }
    const rows = await query.getMany();
    return toConnection(
      rows,
      args.first,
      (t) => t.dueAt.toISOString(),
      (t) => toMeetingTask(t, now),
    );
  }

  /** The tasks' due dates for the meeting where its case's district is, with today's settings. */
  private async dueDates(scope: DataScope, meeting: Meeting): Promise<MeetingDueDates> {
    const place = await this.places.of(scope, meeting.caseId);
    const settings = await this.settings.get(scope);
    return meetingDueDates({
      startsAt: meeting.startsAt,
      timeZone: place.timeZone,
      state: place.jurisdiction,
      concernsDaysBefore: settings.meetingConcernsDaysBefore,
      summaryDaysAfter: settings.meetingSummaryDaysAfter,
      holidays: dateHolidaysSource,
    });
  }

  /**
   * Each attendee is an active school contact of the organization, a member of it, or a
   * named person: else BAD_USER_INPUT on `attendees.N.<field>` (all problems at once).
   */
  private async checkAttendees(
    scope: DataScope,
    attendees: readonly MeetingAttendeeInput[],
  ): Promise<void> {
    const organizationId = scope.organizationId;
    const contactIds = attendees.map((a) => a.contactId).filter((id): id is string => !!id);
    const memberIds = attendees.map((a) => a.memberId).filter((id): id is string => !!id);
    const contacts = new Map(
      (contactIds.some(isUuid)
        ? await scope.manager.find(SchoolContact, { where: { id: In(contactIds.filter(isUuid)) } })
        : []
      ).map((c) => [c.id, c]),
    );
    const members = new Set(
      (memberIds.some(isUuid)
        ? await scope.manager.find(Membership, {
            where: { id: In(memberIds.filter(isUuid)), organizationId },
            select: { id: true },
          })
        : []
      ).map((m) => m.id),
    );
    const problems: FieldProblem[] = [];
    attendees.forEach((a, i) => {
      if (a.contactId) {
        const contact = contacts.get(a.contactId);
        if (!contact)
          problems.push({
            field: `attendees.${i}.contactId`,
            message: 'names no school contact of your organization',
          });
        else if (contact.archivedAt)
          problems.push({
            field: `attendees.${i}.contactId`,
            message: 'names an archived school contact: restore it first',
          });
      }
      if (a.memberId && !members.has(a.memberId))
        problems.push({
          field: `attendees.${i}.memberId`,
          message: 'names no member of your organization',
        });
      if (!a.contactId && !a.memberId && !a.name?.trim())
        problems.push({ field: `attendees.${i}.name`, message: NOT_EMPTY_NAME });
    });
    if (problems.length) throw badUserInput(problems);
  }

  private async saveAttendees(
    scope: DataScope,
    meeting: Meeting,
    attendees: readonly MeetingAttendeeInput[],
  ): Promise<void> {
    // No position column: creation times a millisecond apart keep the order given.
    const base = Date.now();
    for (const [i, a] of attendees.entries())
      await scope.manager.save(
        scope.manager.create(MeetingAttendee, {
          createdAt: new Date(base + i),
          organizationId: meeting.organizationId,
          meetingId: meeting.id,
          contactId: a.contactId ?? null,
          membershipId: a.memberId ?? null,
          name: a.name?.trim() ?? '',
          role: a.role?.trim() ?? '',
        }),
      );
  }
}
