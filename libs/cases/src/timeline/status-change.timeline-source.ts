import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import {
  TimelineSource,
  timelineRows,
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
    const rows = await timelineRows<{
      from_status: string | null;
      to_status: string;
      reason: string;
      changed_by_user_id: string | null;
    }>(scope, window, {
      kind: CaseTimelineEventKind.STATUS_CHANGED,
      // The first change opens the case: an event of its own kind.
      id: `(CASE WHEN c.from_status IS NULL THEN 'CASE_OPENED:' ELSE 'STATUS_CHANGED:' END || c.id::text)`,
      key: 'c.id',
      occurredAt: 'c.changed_at',
      select: 'c.from_status, c.to_status, c.reason, c.changed_by_user_id',
      from: 'case_status_change c',
      where: 'c.case_id = $1',
    });
    return rows.map((row) => ({
      id: row.id,
      kind: row.from_status
        ? CaseTimelineEventKind.STATUS_CHANGED
        : CaseTimelineEventKind.CASE_OPENED,
      occurredAt: row.occurred_at,
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
