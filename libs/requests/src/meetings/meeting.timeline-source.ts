import { Injectable } from '@nestjs/common';
import {
  TimelineSource,
  CaseTimelineEventKind,
  keyset,
  type CaseTimelineEvent,
  type CaseTimelineSource,
  type TimelineWindow,
} from '@onrecord/cases';
import type { DataScope } from '@onrecord/platform/database';
import { MEETING_KIND_NAMES as KIND_NAMES, MeetingKind } from './meeting.enums';

/** Meetings (not archived) at their start time; shared with the family. Notes as the detail. */
@TimelineSource()
@Injectable()
export class MeetingTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.MEETING];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const id = `('MEETING:' || m.id::text)`;
    const page = keyset(window, 'm.starts_at', id, 3);
    const rows: Array<{
      id: string;
      entity_id: string;
      starts_at: Date;
      kind: MeetingKind;
      location: string;
      notes: string;
      created_by_user_id: string | null;
    }> = await scope.manager.query(
      `SELECT ${id} AS id, m.id AS entity_id, m.starts_at, m.kind, m.location, m.notes,
              m.created_by_user_id
         FROM meeting m
        WHERE m.case_id = $1 AND m.archived_at IS NULL AND ${page.where}
        ORDER BY ${page.orderBy}
        LIMIT $2`,
      [window.caseId, window.limit, ...page.params],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.MEETING,
      occurredAt: row.starts_at,
      title: (KIND_NAMES[row.kind] ?? 'Meeting') + (row.location ? ` at ${row.location}` : ''),
      detail: row.notes || null,
      actorUserId: row.created_by_user_id,
      entityType: 'Meeting',
      entityId: row.entity_id,
      sharedWithFamily: true,
    }));
  }
}
