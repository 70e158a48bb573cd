/** What a calendar feed shows: one thing owed or planned on a case. */
export type FeedItemKind = 'REQUEST_DEADLINE' | 'COMMITMENT' | 'MEETING' | 'MEETING_TASK';

/** One row of the feed, as read (feed-items.query.ts) and before it is written as a VEVENT. */
export interface FeedItem {
  kind: FeedItemKind;
  /** The record's own id: the event's UID is made from it, so a moved date updates the event. */
  id: string;
  caseId: string;
  /** The meeting a meeting or meeting task belongs to (its page in the console). */
  meetingId: string | null;
  /** The student's name: the feed names the family by it (in full or as initials). */
  studentName: string;
  /** What it is: the request's subject, the commitment's description, the meeting's kind. */
  title: string;
  /** The request type, the meeting kind or the meeting task's kind (a code, worded later). */
  code: string;
  /** The due day (YYYY-MM-DD) of a deadline, commitment or meeting task. */
  dueOn: string | null;
  /** When a meeting starts. */
  startsAt: Date | null;
  location: string;
  /** The rule's citation for a request deadline, when there is one. */
  citation: string | null;
  updatedAt: Date;
}
