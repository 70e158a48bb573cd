import { byIds, groupedBy, type RequestContext } from '@onrecord/platform/graphql';
import { Meeting } from './meeting.entity';
import { MeetingAttendee } from './meeting-attendee.entity';
import { MeetingTask } from './meeting-task.entity';

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
