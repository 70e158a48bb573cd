import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { DataScopes, ReplicaScopes, type DataScope } from '@onrecord/platform/database';
import type { ReportFreshnessObject } from './outcome-report.objects';
import { RequestOutcomes } from './request-outcomes.service';

/**
 * The organization's summary rows still waiting for the worker to recompute them, and the
 * earliest instant the figures may miss a change of theirs: when the oldest was last computed
 * (or, never computed, when its request was made). Run as the organization, under row-level
 * security.
 */
const SUMMARY_BEHIND_SQL = `
SELECT count(*)::int AS waiting, min(coalesce(o.refreshed_at, r.created_at)) AS since
  FROM request_outcome o
  JOIN written_request r ON r.organization_id = o.organization_id AND r.id = o.request_id
 WHERE o.organization_id = $1 AND o.changes <> o.refreshed_changes`;

/** Where an outcome report's statements run, and how fresh what they read is. */
export interface ReportReading {
  /** The transaction the report reads in. */
  scope: DataScope;
  freshness: ReportFreshnessObject;
  /** A second transaction beside it, where the report reads too (the same database). */
  beside<T>(work: (scope: DataScope) => Promise<T>): Promise<T>;
  /** The pool both come from, and how many connections it has in this process. */
  pool: 'primary' | 'replica';
  poolSize: number;
}

/**
 * The one place that decides where the outcome report reads. With a read replica
 * (DATABASE_REPLICA_URL): a read-only transaction there, as the caller; nothing is written,
 * so the summary rows the worker has not recomputed yet are read as they are, and the report
 * says how fresh it is. Without: the request's own transaction on the primary, once the
 * organization's summary is brought up to date in it: current.
 */
@Injectable()
export class ReportReads {
  constructor(
    private readonly outcomes: RequestOutcomes,
    private readonly scopes: DataScopes,
    private readonly replica: ReplicaScopes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run<T>(scope: DataScope, work: (reading: ReportReading) => Promise<T>): Promise<T> {
    const identity = { organizationId: scope.organizationId, userId: scope.identity.userId };
    if (!this.replica.configured) {
      await this.outcomes.refresh(scope);
      return work({
        scope,
        freshness: { asOf: new Date(), replica: false, requestsAwaitingRecompute: 0 },
        beside: (read) => this.scopes.run(identity, undefined, read),
        pool: 'primary',
        poolSize: this.config.database.poolSize,
      });
    }
    return this.replica.run(identity, async (onReplica) =>
      work({
        scope: onReplica,
        freshness: await this.freshness(onReplica),
        beside: (read) => this.replica.run(identity, read),
        pool: 'replica',
        poolSize: this.replica.poolSize,
      }),
    );
  }

  /** The earlier of how far the replica has replayed and what the summary still misses. */
  private async freshness(scope: DataScope): Promise<ReportFreshnessObject> {
    const caughtUpTo = await this.replica.caughtUpTo(scope);
    const [behind] = (await scope.manager.query(SUMMARY_BEHIND_SQL, [scope.organizationId])) as [
      { waiting: number; since: Date | null },
    ];
    const asOf =
      caughtUpTo && behind.since && behind.since < caughtUpTo ? behind.since : caughtUpTo;
    return { asOf, replica: true, requestsAwaitingRecompute: behind.waiting };
  }
}
