import { In } from 'typeorm';
import { type RequestContext } from '@onrecord/platform/request';
import { FollowUpAttempt } from '../model/follow-up-attempt.entity';
import type { FollowUpAttemptObject } from './follow-up.objects';

/** The delivery attempts of the follow-ups of one GraphQL request, in one query. */
export function loadFollowUpAttempts(
  request: RequestContext,
  followUpId: string,
): Promise<FollowUpAttemptObject[]> {
  return request
    .loader<string, FollowUpAttemptObject[]>('follow-up-attempts', async (scope, ids) => {
      const rows = await scope.manager.find(FollowUpAttempt, {
        where: { followUpId: In([...ids]) },
        order: { attempt: 'ASC' },
      });
      return ids.map((id) =>
        rows
          .filter((row) => row.followUpId === id)
          .map((row) => ({
            attempt: row.attempt,
            messageId: row.messageId,
            startedAt: row.startedAt,
            finishedAt: row.finishedAt,
            outcome: row.outcome,
            serverResponse: row.serverResponse,
          })),
      );
    })
    .load(followUpId)
    .then((attempts) => attempts ?? []);
}
