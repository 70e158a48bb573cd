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
import { FollowUpKind } from '../model/follow-up-enums';

const TITLES: Record<FollowUpKind, string> = {
  [FollowUpKind.ADVOCATE_REMINDER]: 'Reminder to the advocates',
  [FollowUpKind.SCHOOL_FOLLOW_UP]: 'Follow-up sent to the school',
  [FollowUpKind.ESCALATION]: 'Escalation sent to the school',
  [FollowUpKind.GUARDIAN_UPDATE]: 'Update sent to the family',
  [FollowUpKind.GUARDIAN_OVERDUE]: 'Family told the deadline passed',
  [FollowUpKind.GUARDIAN_ANSWERED]: 'Family told the school answered',
  [FollowUpKind.REQUEST_LETTER]: 'Request emailed to the school',
};

/**
 * Follow-ups that went out, at the moment the mail server took them: who they went to and
 * what they said is the evidence that the school was asked again. School-facing ones and
 * guardian updates are shared with the family; reminders to advocates are internal.
 */
@TimelineSource()
@Injectable()
export class FollowUpTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.FOLLOW_UP_SENT];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const rows = await timelineRows<{
      kind: FollowUpKind;
      recipients: Array<{ name: string; email: string }>;
      subject: string | null;
    }>(scope, window, {
      kind: CaseTimelineEventKind.FOLLOW_UP_SENT,
      key: 'f.id',
      occurredAt: 'f.sent_at',
      select: 'f.kind, f.recipients, f.sent_subject AS subject',
      from: 'follow_up f',
      where: "f.case_id = $1 AND f.status = 'SENT'",
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.FOLLOW_UP_SENT,
      occurredAt: row.occurred_at,
      title: `${TITLES[row.kind]}: ${row.recipients.map((r) => r.name || r.email).join(', ')}`,
      detail: row.subject ?? '',
      actorUserId: null,
      entityType: 'FollowUp',
      entityId: row.entity_id,
      sharedWithFamily: row.kind !== FollowUpKind.ADVOCATE_REMINDER,
    }));
  }
}
