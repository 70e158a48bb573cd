import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import {
  TimelineSource,
  timelineRows,
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
    const rows = await timelineRows<{
      body: string;
      guardian_id: string;
      guardian_name: string;
    }>(scope, window, {
      kind: CaseTimelineEventKind.FAMILY_MESSAGE,
      key: 'm.id',
      occurredAt: 'm.created_at',
      select: 'm.body, m.guardian_id, g.name AS guardian_name',
      from: `family_message m
         JOIN guardian g ON g.id = m.guardian_id AND g.organization_id = m.organization_id`,
      where: 'm.case_id = $1',
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.FAMILY_MESSAGE,
      occurredAt: row.occurred_at,
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
