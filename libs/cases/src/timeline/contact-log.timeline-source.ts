import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { NoteVisibility } from '../case-enums';
import {
  TimelineSource,
  timelineRows,
  type CaseTimelineSource,
  type TimelineWindow,
} from './case-timeline-source';
import { CaseTimelineEventKind, type CaseTimelineEvent } from './case-timeline-event';

/** "Call from Lucia Navarro (20 min)", "Met Lucia Navarro in person", "Email to Ms. Ruiz". */
export function contactTitle(
  channel: string,
  direction: string,
  who: string,
  minutes: number | null,
): string {
  const incoming = direction === 'INCOMING';
  const fromOrTo = (noun: string) => (who ? `${noun} ${incoming ? 'from' : 'to'} ${who}` : noun);
  const fromOrWith = (noun: string) =>
    who ? `${noun} ${incoming ? 'from' : 'with'} ${who}` : noun;
  const title =
    channel === 'PHONE'
      ? fromOrWith('Call')
      : channel === 'VIDEO'
        ? fromOrWith('Video call')
        : channel === 'IN_PERSON'
          ? who
            ? `Met ${who} in person`
            : 'Meeting in person'
          : channel === 'EMAIL'
            ? fromOrTo('Email')
            : channel === 'TEXT'
              ? fromOrTo('Text message')
              : fromOrTo('Letter');
  return minutes ? `${title} (${minutes} min)` : title;
}

/** The case's logged contacts (not archived ones), each when it happened. */
@TimelineSource()
@Injectable()
export class ContactLogTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.CONTACT];

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const rows = await timelineRows<{
      channel: string;
      direction: string;
      who: string;
      duration_minutes: number | null;
      note: string;
      visibility: NoteVisibility;
      logged_by_user_id: string | null;
    }>(scope, window, {
      kind: CaseTimelineEventKind.CONTACT,
      key: 'c.id',
      occurredAt: 'c.occurred_at',
      select: `c.channel, c.direction, c.duration_minutes, c.note, c.visibility, c.logged_by_user_id,
               coalesce(nullif(c.with_whom, ''), g.name, sc.name, '') AS who`,
      from: `contact_log_entry c
             LEFT JOIN guardian g ON g.organization_id = c.organization_id AND g.id = c.guardian_id
             LEFT JOIN school_contact sc
                    ON sc.organization_id = c.organization_id AND sc.id = c.school_contact_id`,
      where: 'c.case_id = $1 AND c.archived_at IS NULL',
    });
    return rows.map((row) => ({
      id: row.id,
      kind: CaseTimelineEventKind.CONTACT,
      occurredAt: row.occurred_at,
      title: contactTitle(row.channel, row.direction, row.who, row.duration_minutes),
      detail: row.note,
      actorUserId: row.logged_by_user_id,
      entityType: 'ContactLogEntry',
      entityId: row.entity_id,
      sharedWithFamily: row.visibility === NoteVisibility.SHARED_WITH_FAMILY,
    }));
  }
}
