import { Injectable, Logger } from '@nestjs/common';
import { CrossOrganizationAccess, DataScope, DataScopes } from '@onrecord/platform/database';
import { refreshRequestOutcomes } from './refresh-request-outcomes';

/** Rows computed per statement: a backlog is taken in steps this size. */
const BATCH = 5_000;

/**
 * Keeps `request_outcome` (the outcome report's summary) computed. Triggers count every change
 * that can alter a row; this computes the rows changed since they were last computed. The
 * worker does it every half minute in every organization that has such rows, and a report
 * does it for its organization before reading, so a report never reads a stale row.
 */
@Injectable()
export class RequestOutcomes {
  private readonly logger = new Logger(RequestOutcomes.name);

  constructor(
    private readonly access: CrossOrganizationAccess,
    private readonly scopes: DataScopes,
  ) {}

  /** Computes the organization's stale rows in the scope's transaction; returns how many. */
  async refresh(scope: DataScope): Promise<number> {
    let total = 0;
    for (;;) {
      const refreshed = await this.refreshBatch(scope);
      total += refreshed;
      if (refreshed < BATCH) return total;
    }
  }

  /** The worker's run: every organization with stale rows, a batch per transaction. */
  async refreshEverywhere(): Promise<number> {
    const organizations: Array<{ organization_id: string }> = await this.access.run(
      'request-outcome-refresh',
      { lookup: { sweep: 'request-outcomes' } },
      undefined,
      (scope) =>
        scope.manager.query(
          `SELECT DISTINCT organization_id FROM request_outcome WHERE changes <> refreshed_changes`,
        ),
    );
    let total = 0;
    for (const { organization_id: organizationId } of organizations) {
      for (;;) {
        const refreshed = await this.scopes.run({ organizationId }, undefined, (scope) =>
          this.refreshBatch(scope),
        );
        total += refreshed;
        if (refreshed < BATCH) break;
      }
    }
    if (total) {
      this.logger.log(
        { organizations: organizations.length, rows: total },
        'report summary refreshed',
      );
    }
    return total;
  }

  /** One batch's worth (refresh-request-outcomes.ts). */
  private refreshBatch(scope: DataScope): Promise<number> {
    const organizationId = scope.organizationId;
    return refreshRequestOutcomes(
      (sql, params) => scope.manager.query(sql, params),
      organizationId,
      BATCH,
    );
  }
}
