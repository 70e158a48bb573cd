import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { NoteVisibility } from '../case-enums';
import {
  TimelineSource,
  keyset,
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
    const id = `('NOTE:' || n.id::text)`;
    const page = keyset(window, 'n.created_at', id, 3);
    const rows: Array<{
      id: string;
      entity_id: string;
      created_at: Date;
      body: string;
      visibility: NoteVisibility;
      author_user_id: string | null;
    }> = await scope.manager.query(
      `SELECT ${id} AS id, n.id AS entity_id, n.created_at, n.body, n.visibility, n.author_user_id
         FROM case_note n
        WHERE n.case_id = $1 AND n.archived_at IS NULL AND ${page.where}
        ORDER BY ${page.orderBy}
        LIMIT $2`,
      [window.caseId, window.limit, ...page.params],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.NOTE,
      occurredAt: row.created_at,
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
