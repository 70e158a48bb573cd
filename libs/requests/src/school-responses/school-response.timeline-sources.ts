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
import { dayStart, humanize } from '../written-requests/request-sent.timeline-source';

/**
 * School responses and commitments on the case timeline, placed at the start of their day like
 * the requests they answer; shared with the family.
 */

/** A school response: its outcome and reasons; its summary as the detail. */
@TimelineSource()
@Injectable()
export class ResponseTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.RESPONSE_RECEIVED];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const rows = await timelineRows<{
      outcome: string;
      reasons: string[];
      summary: string;
      request_type: string;
      recorded_by_user_id: string | null;
    }>(scope, window, {
      kind: CaseTimelineEventKind.RESPONSE_RECEIVED,
      key: 's.id',
      occurredAt: dayStart('s.received_on'),
      select: 's.outcome, s.reasons, s.summary, r.type AS request_type, s.recorded_by_user_id',
      from: `school_response s
         JOIN written_request r ON r.id = s.request_id
         JOIN organization o ON o.id = s.organization_id`,
      where: 'r.case_id = $1 AND s.archived_at IS NULL AND r.archived_at IS NULL',
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.RESPONSE_RECEIVED,
      occurredAt: row.occurred_at,
      title:
        `School response (${humanize(row.request_type)}): ${humanize(row.outcome)}` +
        (row.reasons?.length ? ` — reasons: ${row.reasons.map(humanize).join(', ')}` : ''),
      detail: row.summary || null,
      actorUserId: row.recorded_by_user_id,
      entityType: 'SchoolResponse',
      entityId: row.entity_id,
      sharedWithFamily: true,
    }));
  }
}

/** A commitment, on the day it falls due: what was promised, and whether it was kept. */
@TimelineSource()
@Injectable()
export class CommitmentTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.COMMITMENT_DUE];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const rows = await timelineRows<{
      description: string;
      due_on: string;
      made_on: string;
      status: string;
      resolved_on: string | null;
      meanwhile: string;
    }>(scope, window, {
      kind: CaseTimelineEventKind.COMMITMENT_DUE,
      key: 'c.id',
      occurredAt: dayStart('c.due_on'),
      select: `c.description, to_char(c.due_on, 'YYYY-MM-DD') AS due_on,
              to_char(s.received_on, 'YYYY-MM-DD') AS made_on, c.status,
              to_char(c.resolved_on, 'YYYY-MM-DD') AS resolved_on, c.meanwhile`,
      from: `commitment c
         JOIN school_response s ON s.id = c.response_id
         JOIN written_request r ON r.id = c.request_id
         JOIN organization o ON o.id = c.organization_id`,
      where: `r.case_id = $1 AND c.archived_at IS NULL AND s.archived_at IS NULL
          AND r.archived_at IS NULL`,
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.COMMITMENT_DUE,
      occurredAt: row.occurred_at,
      title:
        `Commitment due ${row.due_on} (made ${row.made_on}): ${row.description}` +
        (row.status === 'OPEN'
          ? ''
          : ` — ${humanize(row.status)} ${row.resolved_on ?? ''}`.trimEnd()),
      detail: row.meanwhile ? `Meanwhile: ${row.meanwhile}` : null,
      actorUserId: null,
      entityType: 'Commitment',
      entityId: row.entity_id,
      sharedWithFamily: true,
    }));
  }
}
