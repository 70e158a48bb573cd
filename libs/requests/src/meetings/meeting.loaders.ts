import { type RequestContext } from '@onrecord/platform/request';
import { byIds, groupedBy } from '@onrecord/platform/database';
import { IsNull } from 'typeorm';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingTask } from './meeting-task.entity';
import type { MeetingAttendeeObject } from './meeting.objects';

/** A meeting by id (archived or not), batched. */
export function loadMeeting(request: RequestContext, id: string): Promise<Meeting | null> {
  return request
    .loader<string, Meeting>('meeting-by-id', (scope, ids) => byIds(scope, Meeting, ids))
    .load(id);
}

/** A meeting's attendees, in the order given. */
export async function loadMeetingAttendees(
  request: RequestContext,
  meetingId: string,
): Promise<MeetingAttendee[]> {
  const rows = await request
    .loader<string, MeetingAttendee[]>('meeting-attendees', (scope, ids) =>
      groupedBy(scope, MeetingAttendee, 'meetingId', ids, { createdAt: 'ASC', id: 'ASC' }),
    )
    .load(meetingId);
  return rows ?? [];
}

/**
 * A meeting's attendees as shown: a school contact or a member is named by their record (the
 * contact's name and role, the member's name and role in the organization), someone else by
 * what was typed. In the order given, batched.
 */
export async function loadMeetingAttendeeViews(
  request: RequestContext,
  meetingId: string,
): Promise<MeetingAttendeeObject[]> {
  const rows = await request
    .loader<string, MeetingAttendeeObject[]>('meeting-attendee-views', async (scope, ids) => {
      const found: Array<MeetingAttendeeObject & { meetingId: string }> = await scope.manager.query(
        `SELECT a.id, a.meeting_id AS "meetingId", a.contact_id AS "contactId",
                  a.membership_id AS "memberId",
                  coalesce(nullif(a.name, ''), sc.name, u.name, '') AS name,
                  coalesce(nullif(a.role, ''), lower(replace(sc.role, '_', ' ')),
                           lower(m.role), '') AS role
             FROM meeting_attendee a
             LEFT JOIN school_contact sc ON sc.id = a.contact_id
             LEFT JOIN membership m ON m.id = a.membership_id
             LEFT JOIN app_user u ON u.id = m.user_id
            WHERE a.meeting_id = ANY($1::uuid[])
            ORDER BY a.created_at, a.id`,
        [ids],
      );
      return ids.map((id) =>
        found
          .filter((row) => row.meetingId === id)
          .map(({ meetingId: _meeting, ...attendee }) => attendee),
      );
    })
    .load(meetingId);
  return rows ?? [];
}

/** A meeting's two tasks, by due time (concerns first). */
export async function loadMeetingTasks(
  request: RequestContext,
  meetingId: string,
): Promise<MeetingTask[]> {
  const rows = await request
    .loader<string, MeetingTask[]>('meeting-tasks', (scope, ids) =>
      groupedBy(scope, MeetingTask, 'meetingId', ids, { dueAt: 'ASC', kind: 'ASC' }),
    )
    .load(meetingId);
  return rows ?? [];
}

/** A case's meetings (not archived), by start time, batched per GraphQL request. */
export async function loadCaseMeetings(
  request: RequestContext,
  caseId: string,
): Promise<Meeting[]> {
  const rows = await request
    .loader<string, Meeting[]>('case-meetings', (scope, ids) =>
      groupedBy(
        scope,
        Meeting,
        'caseId',
        ids,
        { startsAt: 'ASC', id: 'ASC' },
        {
          archivedAt: IsNull(),
        },
      ),
    )
    .load(caseId);
  return rows ?? [];
}
