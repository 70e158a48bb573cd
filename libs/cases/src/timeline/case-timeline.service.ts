import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { DataScope } from '@onrecord/platform/database';
import {
  decodeCursor,
  isTimestamp,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import type { CaseTimelineEvent } from './case-timeline-event';
import {
  compareEvents,
  TimelineSource,
  type CaseTimelineSource,
  type TimelineWindow,
} from './case-timeline-source';

/**
 * A case's timeline: the events of every registered source, merged in date order and
 * paginated by (time, id). Each page asks each source for at most `first + 1` events after
 * the cursor, so a page costs one query per source, however long the case.
 */
/** Timeline event ids are their kind and the id of what they show, e.g. `NOTE:<uuid>`. */
const isTimelineEventId = (id: string): boolean => /^[A-Z_]+:[0-9a-f-]+(:[0-9-]+)?$/i.test(id);

@Injectable()
export class CaseTimeline {
  private found?: CaseTimelineSource[];

  constructor(private readonly discovery: DiscoveryService) {}

  /** The features' sources (`@TimelineSource()`), found once every module is initialised. */
  private get sources(): CaseTimelineSource[] {
    this.found ??= this.discovery
      .getProviders({ metadataKey: TimelineSource.KEY })
      .map((wrapper) => wrapper.instance as CaseTimelineSource);
    return this.found;
  }

  async page(
    scope: DataScope,
    caseRecord: { id: string; studentId: string },
    options: { first: number; after?: string | null; newestFirst: boolean },
  ): Promise<Connection<CaseTimelineEvent>> {
    const cursor = options.after
      ? decodeCursor(options.after, { isSortValue: isTimestamp, isId: isTimelineEventId })
      : undefined;
    const after = cursor ? { occurredAt: new Date(cursor.sortValue), id: cursor.id } : undefined;
    const window: TimelineWindow = {
      caseId: caseRecord.id,
      studentId: caseRecord.studentId,
      after,
      newestFirst: options.newestFirst,
      limit: options.first + 1,
    };
    // One after the other: the sources share the request's single connection.
    const events: CaseTimelineEvent[] = [];
    for (const source of this.sources) events.push(...(await source.events(scope, window)));
    events.sort(compareEvents(options.newestFirst));
    return toConnection(
      events,
      options.first,
      (event) => event.occurredAt.toISOString(),
      (event) => event,
    );
  }
}
