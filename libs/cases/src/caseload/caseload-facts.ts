import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { DataScope } from '@onrecord/platform/database';

/** What the caseload shows of a case's written requests. */
export interface CaseloadFacts {
  /** The earliest response deadline still open. */
  nextDeadline: Date | null;
  openRequestCount: number;
  overdueCount: number;
  /** Open requests whose deadline was counted without the district's school calendar. */
  provisionalDeadlineCount: number;
}

export const NO_FACTS: CaseloadFacts = {
  nextDeadline: null,
  openRequestCount: 0,
  overdueCount: 0,
  provisionalDeadlineCount: 0,
};

/**
 * A producer of caseload facts for many cases at once (one query), marked
 * `@CaseloadFactsFrom()` so the registry finds it. Until a feature provides one, a case has no open requests, no
 * deadline and nothing overdue — which is the truth while no request can be recorded.
 */
export interface CaseloadFactsSource {
  facts(scope: DataScope, caseIds: readonly string[]): Promise<Map<string, Partial<CaseloadFacts>>>;
}

/** Marks a provider as a {@link CaseloadFactsSource}. */
export const CaseloadFactsFrom = DiscoveryService.createDecorator<void>();

@Injectable()
export class CaseloadFactsRegistry {
  private found?: CaseloadFactsSource[];

  constructor(private readonly discovery: DiscoveryService) {}

  /** The features' sources, found once every module is initialised. */
  private get sources(): CaseloadFactsSource[] {
    this.found ??= this.discovery
      .getProviders({ metadataKey: CaseloadFactsFrom.KEY })
      .map((wrapper) => wrapper.instance as CaseloadFactsSource);
    return this.found;
  }

  /** Each case's facts, merged from every source (cases with none are absent). */
  async factsFor(
    scope: DataScope,
    caseIds: readonly string[],
  ): Promise<Map<string, CaseloadFacts>> {
    const merged = new Map<string, CaseloadFacts>();
    for (const source of this.sources) {
      for (const [id, found] of await source.facts(scope, caseIds)) {
        merged.set(id, mergeFacts(merged.get(id) ?? NO_FACTS, found));
      }
    }
    return merged;
  }
}

/**
 * Two sources' facts of one case: the earlier of their next deadlines, and the sums of
 * their counts (a source leaves out what it does not know).
 */
export function mergeFacts(a: CaseloadFacts, b: Partial<CaseloadFacts>): CaseloadFacts {
  const next = b.nextDeadline ?? null;
  return {
    nextDeadline:
      a.nextDeadline && next
        ? a.nextDeadline.getTime() <= next.getTime()
          ? a.nextDeadline
          : next
        : (a.nextDeadline ?? next),
    openRequestCount: a.openRequestCount + (b.openRequestCount ?? 0),
    overdueCount: a.overdueCount + (b.overdueCount ?? 0),
    provisionalDeadlineCount: a.provisionalDeadlineCount + (b.provisionalDeadlineCount ?? 0),
  };
}
