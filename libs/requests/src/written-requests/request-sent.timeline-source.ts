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
import { deadlineLine } from '../deadlines/deadline-words';

/**
 * Written requests on the case timeline. Their dates are calendar days, so each event is
 * placed at the start of its day in the organization's time zone (events of one day keep
 * the timeline's id order). All are shared with the family: they are the case's evidence.
 */
export const dayStart = (column: string) => `(${column}::timestamp AT TIME ZONE o.time_zone)`;

export const humanize = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/** A request sent: its type, due date and the rule's citation; its subject as the detail. */
@TimelineSource()
@Injectable()
export class RequestSentTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.REQUEST_SENT];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const rows = await timelineRows<{
      type: string;
      subject: string;
      due_on: string | null;
      override_due_on: string | null;
      override_reason: string | null;
      rule_due_on: string | null;
      citation: string | null;
      basis: string | null;
      provisional: string | null;
      created_by_user_id: string | null;
    }>(scope, window, {
      kind: CaseTimelineEventKind.REQUEST_SENT,
      key: 'r.id',
      occurredAt: dayStart('r.sent_on'),
      select: `r.type, r.subject,
              to_char(coalesce(r.override_due_on, r.due_on), 'YYYY-MM-DD') AS due_on,
              to_char(r.override_due_on, 'YYYY-MM-DD') AS override_due_on, r.override_reason,
              r.deadline ->> 'dueDate' AS rule_due_on, r.deadline ->> 'citation' AS citation,
              r.deadline ->> 'basis' AS basis,
              r.deadline -> 'provisional' ->> 'sentence' AS provisional, r.created_by_user_id`,
      from: 'written_request r JOIN organization o ON o.id = r.organization_id',
      where: `r.case_id = $1 AND r.sent_on IS NOT NULL AND r.status <> 'DRAFT'
          AND r.archived_at IS NULL`,
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.REQUEST_SENT,
      occurredAt: row.occurred_at,
      // A date set by hand says so, with its reason and the rule's own date beside it.
      title: [
        `Written request sent: ${humanize(row.type)}`,
        deadlineLine({
          dueOn: row.due_on,
          override:
            row.override_due_on && row.override_reason
              ? { dueOn: row.override_due_on, reason: row.override_reason }
              : null,
          ruleDueOn: row.rule_due_on,
          citation: row.citation,
          organizationDefault: row.basis === 'ORGANIZATION_DEFAULT',
          provisional: row.provisional,
        }),
      ]
        .filter(Boolean)
        .join(', '),
      detail: row.subject,
      actorUserId: row.created_by_user_id,
      entityType: 'WrittenRequest',
      entityId: row.entity_id,
      sharedWithFamily: true,
    }));
  }
}
