import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import {
  TimelineSource,
  timelineRows,
  type CaseTimelineSource,
  type TimelineWindow,
} from './case-timeline-source';
import { CaseTimelineEventKind, type CaseTimelineEvent } from './case-timeline-event';

/** What the status history shows already: a change of only these is not repeated here. */
const SHOWN_BY_STATUS_HISTORY = ['status', 'closedOn', 'outcome', 'outcomeNotes', 'updatedAt'];

/**
 * Audited changes to the case record itself (title, concerns, archiving...). Its creation
 * and status moves are shown by the status history already, so only other updates appear.
 */
@TimelineSource()
@Injectable()
export class AuditTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.RECORD_CHANGED];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const rows = await timelineRows<{
      action: string;
      fields: string[] | null;
      actor_user_id: string | null;
    }>(scope, window, {
      kind: CaseTimelineEventKind.RECORD_CHANGED,
      key: 'a.id',
      occurredAt: 'a.occurred_at',
      select: `a.action, a.actor_user_id,
              ARRAY(SELECT k FROM jsonb_object_keys(coalesce(a.changes->'after', '{}'::jsonb)) k
                     WHERE k <> ALL($3::text[]) ORDER BY k) AS fields`,
      from: 'audit_event a',
      where: `a.entity_type = 'Case' AND a.entity_id = $1::text
          AND a.changes->>'change' = 'updated'
          AND EXISTS (SELECT 1 FROM jsonb_object_keys(coalesce(a.changes->'after', '{}'::jsonb)) k
                       WHERE k <> ALL($3::text[]))`,
      params: [SHOWN_BY_STATUS_HISTORY],
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.RECORD_CHANGED,
      occurredAt: row.occurred_at,
      title: `Case record changed (${row.action})`,
      detail: row.fields?.length ? `Changed: ${row.fields.join(', ')}` : null,
      actorUserId: row.actor_user_id,
      entityType: 'AuditEvent',
      entityId: row.entity_id,
      sharedWithFamily: false,
    }));
  }
}
