import { Injectable } from '@nestjs/common';
import {
  CaseTimelineEventKind,
  TimelineSource,
  timelineRows,
  type CaseTimelineEvent,
  type CaseTimelineSource,
  type TimelineWindow,
} from '@onrecord/cases';
import type { DataScope } from '@onrecord/platform/database';
import { InboundMessageStatus } from '../model/inbound-message.enums';

/** "Reply from Ms. Ruiz", "Automatic reply from …", "Delivery failed: principal@…". */
export function replyTitle(row: {
  status: InboundMessageStatus;
  from_name: string | null;
  from_address: string;
  bounce_recipient: string | null;
}): string {
  const who = row.from_name || row.from_address || 'an unknown sender';
  if (row.status === InboundMessageStatus.BOUNCE)
    return `Delivery failed${row.bounce_recipient ? `: ${row.bounce_recipient}` : ''}`;
  if (row.status === InboundMessageStatus.AUTO_REPLY) return `Automatic reply from ${who}`;
  return `Reply from ${who}`;
}

/**
 * What came back to the case's requests' reply addresses, filed under them, when it arrived:
 * replies, automatic replies and bounces. Internal unless an advocate shared the reply with
 * the family (shareReplyWithFamily).
 */
@TimelineSource()
@Injectable()
export class ReplyReceivedTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.REPLY_RECEIVED];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const rows = await timelineRows<{
      status: InboundMessageStatus;
      from_name: string | null;
      from_address: string;
      bounce_recipient: string | null;
      subject: string;
      shared_with_family: boolean;
    }>(scope, window, {
      kind: CaseTimelineEventKind.REPLY_RECEIVED,
      key: 'm.id',
      occurredAt: 'm.received_at',
      select:
        'm.status, m.from_name, m.from_address, m.bounce_recipient, m.subject, m.shared_with_family',
      from: `inbound_message m
             JOIN written_request r ON r.organization_id = m.organization_id AND r.id = m.request_id`,
      where: 'r.case_id = $1',
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.REPLY_RECEIVED,
      occurredAt: row.occurred_at,
      title: replyTitle(row),
      detail: row.subject,
      actorUserId: null,
      entityType: 'InboundMessage',
      entityId: row.entity_id,
      sharedWithFamily: row.shared_with_family,
    }));
  }
}
