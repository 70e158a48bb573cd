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

/** What a source reads: one kind of record on the case, as rows of the timeline. */
export interface TimelineQuery {
  /** The event's kind: its id is the kind, a colon and the record's id. */
  kind: CaseTimelineEventKind;
  /** The record's id (SQL), returned as `entity_id`. */
  key: string;
  /** The event id, when it is not `kind:key` (a record of two kinds): an SQL text expression. */
  id?: string;
  /** When it happened (SQL timestamptz), returned as `occurred_at`. */
  occurredAt: string;
  /** The source's own columns, beside id, entity_id and occurred_at. */
  select: string;
  from: string;
  /** Which rows: `$1` is the case's id; parameters of its own are `$3`, `$4`… (`params`). */
  where: string;
  params?: unknown[];
}

/** The columns every timeline row has, besides a source's own. */
export interface TimelineRow {
  id: string;
  entity_id: string;
  occurred_at: Date;
}

/**
 * A source's page of rows, in one query: those after the window's position, in its order,
 * at most its limit. The one place a source's SQL meets the keyset.
 */
export async function timelineRows<Row extends object>(
  scope: DataScope,
  window: TimelineWindow,
  query: TimelineQuery,
): Promise<Array<Row & TimelineRow>> {
  const id = query.id ?? `('${query.kind}:' || ${query.key}::text)`;
  const own = query.params ?? [];
  const page = keyset(window, query.occurredAt, id, 3 + own.length);
  return scope.manager.query(
    `SELECT ${id} AS id, ${query.key} AS entity_id, ${query.occurredAt} AS occurred_at,
            ${query.select}
       FROM ${query.from}
      WHERE ${query.where} AND ${page.where}
      ORDER BY ${page.orderBy}
      LIMIT $2`,
    [window.caseId, window.limit, ...own, ...page.params],
  );
}

/** Orders events as the timeline does: by time, then by id, bytewise. */
export function compareEvents(newestFirst: boolean) {
  return (a: CaseTimelineEvent, b: CaseTimelineEvent): number => {
    const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
    const order = byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return newestFirst ? -order : order;
  };
}
