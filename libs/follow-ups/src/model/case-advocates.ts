import type { DataScope } from '@onrecord/platform/database';
import type { FollowUpRecipient } from './follow-up.entity';

/**
 * The advocates assigned to each case (first assigned first), as recipients: who is
 * reminded, whom Reply-To names, who is told when a follow-up fails. One query for any number
 * of cases.
 */
export async function caseAdvocates(
  scope: DataScope,
  caseIds: readonly string[],
): Promise<Map<string, FollowUpRecipient[]>> {
  const rows: Array<{ case_id: string; id: string; name: string; email: string }> =
    await scope.manager.query(
      `SELECT a.case_id, u.id, u.name, u.email FROM case_assignment a
         JOIN membership m ON m.id = a.membership_id AND m.organization_id = a.organization_id
         JOIN app_user u ON u.id = m.user_id
        WHERE a.case_id = ANY($1) ORDER BY a.created_at, u.name`,
      [[...new Set(caseIds)]],
    );
  const byCase = new Map<string, FollowUpRecipient[]>();
  for (const row of rows)
    byCase.set(row.case_id, [
      ...(byCase.get(row.case_id) ?? []),
      { name: row.name, email: row.email, userId: row.id },
    ]);
  return byCase;
}
