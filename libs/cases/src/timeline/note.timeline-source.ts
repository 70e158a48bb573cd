import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { NoteVisibility } from '../case-enums';
import {
  TimelineSource,
  timelineRows,
  type CaseTimelineSource,
  type TimelineWindow,
} from './case-timeline-source';
import { CaseTimelineEventKind, type CaseTimelineEvent } from './case-timeline-event';

/** The case's notes (not archived ones), each when it was written. */
@TimelineSource()
@Injectable()
export class NoteTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.NOTE];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const rows = await timelineRows<{
      body: string;
      visibility: NoteVisibility;
      author_user_id: string | null;
    }>(scope, window, {
      kind: CaseTimelineEventKind.NOTE,
      key: 'n.id',
      occurredAt: 'n.created_at',
      select: 'n.body, n.visibility, n.author_user_id',
      from: 'case_note n',
      where: 'n.case_id = $1 AND n.archived_at IS NULL',
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.NOTE,
      occurredAt: row.occurred_at,
      title:
        row.visibility === NoteVisibility.SHARED_WITH_FAMILY
          ? 'Note (shared with the family)'
          : 'Note (internal)',
      detail: row.body,
      actorUserId: row.author_user_id,
      entityType: 'CaseNote',
      entityId: row.entity_id,
      sharedWithFamily: row.visibility === NoteVisibility.SHARED_WITH_FAMILY,
    }));
  }
}
