import type { EntityTarget } from 'typeorm';
import { type DataScope, findRecord } from '@onrecord/platform/database';
import { WrittenRequest } from '../written-requests/written-request.entity';

/**
 * The written request a response or a commitment belongs to, locked before the response or
 * the commitment is changed. Every change to a request or to what hangs on it takes the
 * request's row first (as WrittenRequestService does), and the follow-up plan redone in the
 * same transaction takes it last: locked in that one order, two changes take turns instead
 * of each holding what the other waits for.
 */
export async function lockRequestOf(
  scope: DataScope,
  entity: EntityTarget<{ id: string; requestId: string }>,
  id: string,
  what: string,
): Promise<WrittenRequest> {
  const { requestId } = await findRecord(scope, entity, id, what);
  return findRecord(scope, WrittenRequest, requestId, 'Written request', 'FOR_CHANGE');
}
