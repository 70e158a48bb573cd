import type { DataScope } from '@onrecord/platform/database';
import type { FeedItem, FeedItemKind } from './feed-item';

/** Meetings further back than this are left out of a feed (a calendar keeps its own past). */
const MEETINGS_SINCE_DAYS = 90;

interface Row {
  kind: FeedItemKind;
  id: string;
  case_id: string;
  meeting_id: string | null;
  student_name: string;
  title: string;
  code: string;
  due_on: string | null;
  starts_at: Date | null;
  location: string | null;
  citation: string | null;
  updated_at: Date;
}

/**
 * Everything open on the cases a feed covers, in one statement, read as the feed's member under
 * row-level security: SENT requests with no answer on file (as the caseload counts them), OPEN
 * commitments, meetings (from 90 days back) and meeting tasks not done. `membershipId` narrows
 * it to the cases assigned to that member; null is every case of the organization.
 */
export async function feedItems(
  scope: DataScope,
  membershipId: string | null,
): Promise<FeedItem[]> {
  const rows: Row[] = await scope.manager.query(
    `WITH covered AS (
       SELECT c.id, s.name AS student_name
         FROM case_record c
         JOIN student s ON s.id = c.student_id
        WHERE c.archived_at IS NULL
          -- "Mine" as the console's assignedTo (libs/requests) says it: assigned to the member.
          AND ($1::uuid IS NULL OR EXISTS (
                SELECT 1 FROM case_assignment a WHERE a.case_id = c.id AND a.membership_id = $1))
     )
     SELECT 'REQUEST_DEADLINE' AS kind, r.id, r.case_id, NULL::uuid AS meeting_id, cv.student_name,
            r.subject AS title, r.type AS code, r.due_on::text AS due_on, NULL::timestamptz AS starts_at,
            NULL AS location, r.deadline ->> 'citation' AS citation, r.updated_at
       FROM written_request r JOIN covered cv ON cv.id = r.case_id
      WHERE r.status = 'SENT' AND r.archived_at IS NULL AND r.due_on IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM school_response sr
                         WHERE sr.request_id = r.id AND sr.archived_at IS NULL)
     UNION ALL
     SELECT 'COMMITMENT', k.id, r.case_id, NULL, cv.student_name,
            k.description, r.type, k.due_on::text, NULL, NULL, NULL, k.updated_at
       FROM commitment k
       JOIN written_request r ON r.id = k.request_id
       JOIN covered cv ON cv.id = r.case_id
      WHERE k.status = 'OPEN' AND k.archived_at IS NULL AND r.archived_at IS NULL
     UNION ALL
     SELECT 'MEETING', m.id, m.case_id, m.id, cv.student_name,
            m.kind, m.kind, NULL, m.starts_at, m.location, NULL, m.updated_at
       FROM meeting m JOIN covered cv ON cv.id = m.case_id
      WHERE m.archived_at IS NULL AND m.starts_at > now() - make_interval(days => $2)
     UNION ALL
     SELECT 'MEETING_TASK', t.id, m.case_id, m.id, cv.student_name,
            m.kind, t.kind, t.due_on::text, NULL, NULL, NULL, t.updated_at
       FROM meeting_task t
       JOIN meeting m ON m.id = t.meeting_id
       JOIN covered cv ON cv.id = m.case_id
      WHERE t.done_on IS NULL AND m.archived_at IS NULL
      ORDER BY 1, 2`,
    [membershipId, MEETINGS_SINCE_DAYS],
  );
  return rows.map((row) => ({
    kind: row.kind,
    id: row.id,
    caseId: row.case_id,
    meetingId: row.meeting_id,
    studentName: row.student_name,
    title: row.title,
    code: row.code,
    dueOn: row.due_on,
    startsAt: row.starts_at ? new Date(row.starts_at) : null,
    location: row.location ?? '',
    citation: row.citation,
    updatedAt: new Date(row.updated_at),
  }));
}
