import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import {
  TimelineSource,
  keyset,
  type CaseTimelineSource,
  type TimelineWindow,
} from './case-timeline-source';
import { CaseTimelineEventKind, type CaseTimelineEvent } from './case-timeline-event';

/** "Case opened" and every status change, from the case's status history. */
@TimelineSource()
@Injectable()
export class StatusChangeTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.CASE_OPENED, CaseTimelineEventKind.STATUS_CHANGED];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const id = `(CASE WHEN c.from_status IS NULL THEN 'CASE_OPENED:' ELSE 'STATUS_CHANGED:' END || c.id::text)`;
    const page = keyset(window, 'c.changed_at', id, 3);
    const rows: Array<{
      id: string;
      entity_id: string;
      changed_at: Date;
      from_status: string | null;
      to_status: string;
      reason: string;
      changed_by_user_id: string | null;
    }> = await scope.manager.query(
      `SELECT ${id} AS id, c.id AS entity_id, c.changed_at, c.from_status, c.to_status, c.reason,
              c.changed_by_user_id
         FROM case_status_change c
        WHERE c.case_id = $1 AND ${page.where}
        ORDER BY ${page.orderBy}
        LIMIT $2`,
      [window.caseId, window.limit, ...page.params],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.from_status
        ? CaseTimelineEventKind.STATUS_CHANGED
        : CaseTimelineEventKind.CASE_OPENED,
      occurredAt: row.changed_at,
      title: row.from_status
        ? `Status changed: ${row.from_status} → ${row.to_status}`
        : `Case opened (${row.to_status})`,
      detail: row.reason || null,
      actorUserId: row.changed_by_user_id,
      entityType: 'CaseStatusChange',
      entityId: row.entity_id,
      sharedWithFamily: true,
    }));
  }
}
