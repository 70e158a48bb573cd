import { Injectable } from '@nestjs/common';
import {
  TimelineSource,
  CaseTimelineEventKind,
  timelineRows,
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
    const rows = await timelineRows<{
      kind: MeetingKind;
      location: string;
      notes: string;
      created_by_user_id: string | null;
    }>(scope, window, {
      kind: CaseTimelineEventKind.MEETING,
      key: 'm.id',
      occurredAt: 'm.starts_at',
      select: 'm.kind, m.location, m.notes, m.created_by_user_id',
      from: 'meeting m',
      where: 'm.case_id = $1 AND m.archived_at IS NULL',
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.MEETING,
      occurredAt: row.occurred_at,
      title: (KIND_NAMES[row.kind] ?? 'Meeting') + (row.location ? ` at ${row.location}` : ''),
      detail: row.notes || null,
      actorUserId: row.created_by_user_id,
      entityType: 'Meeting',
      entityId: row.entity_id,
      sharedWithFamily: true,
    }));
  }
}
