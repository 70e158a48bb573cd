import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';

/** What the caseload shows of a case's written requests. */
export interface CaseloadFacts {
  /** The earliest response deadline still open. */
  nextDeadline: Date | null;
  openRequestCount: number;
  overdueCount: number;
}

export const NO_FACTS: CaseloadFacts = { nextDeadline: null, openRequestCount: 0, overdueCount: 0 };

/**
 * A producer of caseload facts for many cases at once (one query). The written-requests
 * feature registers one; until something is registered, a case has no open requests, no
 * deadline and nothing overdue — which is the truth while no request can be recorded.
 */
export interface CaseloadFactsSource {
  facts(scope: DataScope, caseIds: readonly string[]): Promise<Map<string, Partial<CaseloadFacts>>>;
}

@Injectable()
export class CaseloadFactsRegistry {
  private readonly sources: CaseloadFactsSource[] = [];

  register(source: CaseloadFactsSource): void {
    this.sources.push(source);
  }

  /** Each case's facts, in the order of `caseIds`, merged from every source. */
  async factsFor(scope: DataScope, caseIds: readonly string[]): Promise<CaseloadFacts[]> {
    const merged = caseIds.map(() => ({ ...NO_FACTS }));
    for (const source of this.sources) {
      const found = await source.facts(scope, caseIds);
      caseIds.forEach((id, index) => Object.assign(merged[index]!, found.get(id) ?? {}));
    }
    return merged;
  }
}
