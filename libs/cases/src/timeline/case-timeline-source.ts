import { DiscoveryService } from '@nestjs/core';
import type { DataScope } from '@onrecord/platform/database';
import type { CaseTimelineEvent, CaseTimelineEventKind } from './case-timeline-event';

/** Where a page of the timeline starts and how long it is. */
export interface TimelineWindow {
  caseId: string;
  studentId: string;
  /** Events strictly after this position in the chosen order. */
  after?: { occurredAt: Date; id: string };
  newestFirst: boolean;
  limit: number;
}

/**
 * A producer of timeline events: one per kind of record. Each returns, in one query, its
 * first `limit` events after the window's position, in the window's order. Features mark
 * theirs `@TimelineSource()` and CaseTimeline finds them, so the timeline grows without
 * changing shape.
 */
export interface CaseTimelineSource {
  readonly kinds: readonly CaseTimelineEventKind[];
  events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]>;
}

/** Marks a provider as a {@link CaseTimelineSource}: the case timeline reads from it. */
export const TimelineSource = DiscoveryService.createDecorator<void>();

/**
 * The SQL keyset condition and order for a source whose rows have `occurredAt` and `id`
 * expressions (the id as the event id, i.e. prefixed by its kind). Timestamps are cut to
 * milliseconds, as cursors carry them; ids compare bytewise (COLLATE "C"), as JavaScript does.
 */
export function keyset(
  window: TimelineWindow,
  occurredAt: string,
  id: string,
  firstParam: number,
): { where: string; orderBy: string; params: unknown[] } {
  const at = `date_trunc('milliseconds', ${occurredAt})`;
  const direction = window.newestFirst ? 'DESC' : 'ASC';
  const orderBy = `${at} ${direction}, ${id} COLLATE "C" ${direction}`;
  if (!window.after) return { where: 'true', orderBy, params: [] };
  const comparison = window.newestFirst ? '<' : '>';
  return {
    where: `(${at}, ${id} COLLATE "C") ${comparison} ($${firstParam}::timestamptz, $${firstParam + 1}::text COLLATE "C")`,
    orderBy,
    params: [window.after.occurredAt.toISOString(), window.after.id],
  };
}

/** Orders events as the timeline does: by time, then by id, bytewise. */
export function compareEvents(newestFirst: boolean) {
  return (a: CaseTimelineEvent, b: CaseTimelineEvent): number => {
    const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
    const order = byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return newestFirst ? -order : order;
  };
}
