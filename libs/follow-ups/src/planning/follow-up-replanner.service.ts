import { Injectable } from '@nestjs/common';
import { DataScopes } from '@onrecord/platform/database';
import { FollowUpPlanner } from './follow-up-planner.service';

/** Requests replanned per transaction: a large organization is replanned in slices. */
const SLICE = 200;

/**
 * After an organization's policy changed, every request still waiting for an answer (or with
 * open commitments, or with follow-ups still pending) is planned again under the new policy.
 */
@Injectable()
export class FollowUpReplanner {
  constructor(
    private readonly scopes: DataScopes,
    private readonly planner: FollowUpPlanner,
  ) {}

  async replanOrganization(organizationId: string): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let count = 0;
    for (;;) {
      const ids = await this.scopes.run(
        { organizationId },
        { action: 'replan-follow-ups' },
        async (scope) => {
          const rows: Array<{ id: string }> = await scope.manager.query(
            `SELECT r.id FROM written_request r
              WHERE r.id > $1 AND (r.status = 'SENT'
                 OR EXISTS (SELECT 1 FROM commitment c WHERE c.request_id = r.id AND c.status = 'OPEN')
                 OR EXISTS (SELECT 1 FROM follow_up f WHERE f.request_id = r.id
                              AND f.status IN ('PLANNED', 'QUEUED', 'DRAFT')))
              ORDER BY r.id LIMIT $2`,
            [after, SLICE],
          );
          for (const row of rows) await this.planner.replan(scope, row.id);
          return rows.map((row) => row.id);
        },
      );
      count += ids.length;
      const last = ids[ids.length - 1];
      if (!last || ids.length < SLICE) return count;
      after = last;
    }
  }
}
