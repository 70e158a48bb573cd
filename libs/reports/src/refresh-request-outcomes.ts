import {
  LOCK_STALE_REQUEST_OUTCOMES_SQL,
  REFRESH_LOCK_SQL,
  REFRESH_REQUEST_OUTCOMES_SQL,
} from './request-outcome.sql';

/** Runs one statement in the caller's transaction and answers with its rows. */
export type RunQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

/**
 * Computes up to `batch` stale summary rows of one organization, in the caller's transaction
 * (with that organization set); answers with how many. The statements and why they are three:
 * request-outcome.sql.ts.
 */
export async function refreshRequestOutcomes(
  run: RunQuery,
  organizationId: string,
  batch: number,
): Promise<number> {
  await run(REFRESH_LOCK_SQL, [organizationId]);
  const held = (await run(LOCK_STALE_REQUEST_OUTCOMES_SQL, [organizationId, batch])) as Array<{
    request_id: string;
  }>;
  if (!held.length) return 0;
  const [{ refreshed }] = (await run(REFRESH_REQUEST_OUTCOMES_SQL, [
    organizationId,
    held.map((row) => row.request_id),
  ])) as [{ refreshed: number }];
  return refreshed;
}
