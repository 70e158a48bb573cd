import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import {
  TimelineSource,
  keyset,
  type CaseTimelineSource,
  type TimelineWindow,
} from './case-timeline-source';
import { CaseTimelineEventKind, type CaseTimelineEvent } from './case-timeline-event';

/** What the family wrote from the portal, each message when it was sent, with who wrote it. */
@TimelineSource()
@Injectable()
export class FamilyMessageTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.FAMILY_MESSAGE];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const id = `('FAMILY_MESSAGE:' || m.id::text)`;
    const page = keyset(window, 'm.created_at', id, 3);
    const rows: Array<{
      id: string;
      entity_id: string;
      created_at: Date;
      body: string;
      guardian_id: string;
      guardian_name: string;
    }> = await scope.manager.query(
      `SELECT ${id} AS id, m.id AS entity_id, m.created_at, m.body, m.guardian_id,
              g.name AS guardian_name
         FROM family_message m
         JOIN guardian g ON g.id = m.guardian_id AND g.organization_id = m.organization_id
        WHERE m.case_id = $1 AND ${page.where}
        ORDER BY ${page.orderBy}
        LIMIT $2`,
      [window.caseId, window.limit, ...page.params],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.FAMILY_MESSAGE,
      occurredAt: row.created_at,
      title: `Message from ${row.guardian_name} (family portal)`,
      detail: row.body,
      actorUserId: null,
      actorGuardianId: row.guardian_id,
      entityType: 'FamilyMessage',
      entityId: row.entity_id,
      // The family wrote it: it is theirs to see.
      sharedWithFamily: true,
    }));
  }
}
