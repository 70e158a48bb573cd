import type { Meeting } from './meeting.entity';
import type { MeetingAttendee } from './meeting-attendee.entity';
import type { MeetingTask } from './meeting-task.entity';
import type { MeetingAttendeeObject, MeetingObject, MeetingTaskObject } from './meeting.objects';

export function toMeeting(m: Meeting): MeetingObject {
  return {
    id: m.id,
    caseId: m.caseId,
    startsAt: m.startsAt,
    kind: m.kind,
    location: m.location,
    notes: m.notes,
    createdByUserId: m.createdByUserId,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    archivedAt: m.archivedAt,
  };
}

export function toMeetingAttendee(a: MeetingAttendee): MeetingAttendeeObject {
  return {
    id: a.id,
    contactId: a.contactId,
    memberId: a.membershipId,
    name: a.name,
    role: a.role,
  };
}

/** Overdue is computed when read: not done and its due time has passed. */
export function toMeetingTask(t: MeetingTask, now = new Date()): MeetingTaskObject {
  return {
    id: t.id,
    meetingId: t.meetingId,
    kind: t.kind,
    dueOn: t.dueOn,
    dueAt: t.dueAt,
    doneOn: t.doneOn,
    overdue: !t.doneOn && t.dueAt.getTime() < now.getTime(),
    requestId: t.requestId,
  };
}
