import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { describePostgresUrl } from './connection-check';
import { DataScopes, type DataScope, type TenantIdentity } from './data-scope';
import { dataSourceOptions } from './data-source-options';

/**
 * Up to when the replica holds every change the primary committed: now while it has replayed
 * all the WAL it received and its WAL receiver runs (streaming), else the commit time of the
 * last transaction it replayed (it lags, replay is paused, or it lost its primary). Null when
 * it has replayed nothing since it started and cannot tell. On a server that is not in
 * recovery (a primary), now.
 */
const CAUGHT_UP_TO_SQL = `
SELECT CASE
         WHEN NOT pg_is_in_recovery() THEN now()
         WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
              AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE pid IS NOT NULL) THEN now()
         ELSE pg_last_xact_replay_timestamp()
       END AS caught_up_to`;

/**
 * Read-only scopes on the read replica (DATABASE_REPLICA_URL), for reads that may be a little
 * behind the primary: the outcome report. The same app role, the same identity settings
 * (DataScopes' own opening) and so the same row-level security; only the transaction is
 * READ ONLY, and its connections come from a small pool of their own. The pool is opened at
 * the first read, so a process that never reads there (the worker) never connects.
 *
 * Without a replica configured, `configured` is false and the callers read the primary as
 * they always did.
 */
export class ReplicaScopes implements OnApplicationShutdown {
  private readonly logger = new Logger(ReplicaScopes.name);
  private readonly dataSource: DataSource | null;
  private readonly scopes: DataScopes | null;
  private ready?: Promise<unknown>;

  constructor(
    private readonly replica: { url: string; poolSize: number } | null,
    applicationName: string,
  ) {
    this.dataSource = replica
      ? new DataSource(
          dataSourceOptions({
            url: replica.url,
            poolSize: replica.poolSize,
            entities: [],
            applicationName: `${applicationName}-replica`,
          }),
        )
      : null;
    this.scopes = this.dataSource ? DataScopes.readOnly(this.dataSource) : null;
  }

  get configured(): boolean {
    return this.scopes !== null;
  }

  /** Connections to the replica this process may hold at once. */
  get poolSize(): number {
    return this.replica?.poolSize ?? 0;
  }

  /** Runs `work` in a read-only transaction on the replica, as `identity`. */
  async run<T>(identity: TenantIdentity, work: (scope: DataScope) => Promise<T>): Promise<T> {
    const { dataSource, scopes, replica } = this;
    if (!dataSource || !scopes || !replica)
      throw new Error('No read replica is configured (DATABASE_REPLICA_URL).');
    this.ready ??= dataSource.initialize().catch((error: unknown) => {
      // Tried again at the next read: the replica may be back by then.
      this.ready = undefined;
      throw new Error(
        `DATABASE_REPLICA_URL: cannot connect to the read replica at ${describePostgresUrl(replica.url)} (${(error as Error).message})`,
      );
    });
    await this.ready;
    return scopes.run(identity, undefined, work);
  }

  /** Up to when `scope`'s replica holds every change committed on the primary (see above). */
  async caughtUpTo(scope: DataScope): Promise<Date | null> {
    const [row] = (await scope.manager.query(CAUGHT_UP_TO_SQL)) as [{ caught_up_to: Date | null }];
    return row.caught_up_to;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.dataSource?.isInitialized) return;
    await this.dataSource.destroy().catch((error: unknown) => {
      this.logger.warn({ err: error }, 'the read replica pool did not close cleanly');
    });
  }
}
