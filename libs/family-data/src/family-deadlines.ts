import type { DataScope } from '@onrecord/platform/database';
import { deadlineLine } from '@onrecord/requests';
import type { ExportRow } from './family-export.service';

/**
 * Each of the family's written requests with its deadline in words, for the export: the due
 * day in force, whether an advocate set it by hand and why, and beside it the rule's own day,
 * basis and citation — what the record says, as the timeline says it (deadline-words.ts in
 * libs/requests). `written_request` holds the same facts as stored; this puts a date set by
 * hand where nobody can take it for the law's.
 */
export async function familyDeadlines(scope: DataScope, familyId: string): Promise<ExportRow[]> {
  const rows = (await scope.manager.query(
    `SELECT id AS request_id, type, status,
            to_char(coalesce(override_due_on, due_on), 'YYYY-MM-DD') AS due_on,
            override_due_on IS NOT NULL AS due_set_by_hand, override_reason AS set_by_hand_reason,
            deadline ->> 'dueDate' AS rule_due_on, deadline ->> 'basis' AS rule_basis,
            deadline ->> 'citation' AS rule_citation,
            deadline -> 'provisional' ->> 'sentence' AS provisional
       FROM written_request
      WHERE case_id IN (SELECT id FROM case_record WHERE family_id = $1)
      ORDER BY id`,
    [familyId],
  )) as Array<{
    request_id: string;
    type: string;
    status: string;
    due_on: string | null;
    due_set_by_hand: boolean;
    set_by_hand_reason: string | null;
    rule_due_on: string | null;
    rule_basis: string | null;
    rule_citation: string | null;
    provisional: string | null;
  }>;
  return rows.map((row) => ({
    ...row,
    deadline: deadlineLine({
      dueOn: row.due_on,
      override:
        row.due_set_by_hand && row.due_on && row.set_by_hand_reason
          ? { dueOn: row.due_on, reason: row.set_by_hand_reason }
          : null,
      ruleDueOn: row.rule_due_on,
      citation: row.rule_citation,
      organizationDefault: row.rule_basis === 'ORGANIZATION_DEFAULT',
      provisional: row.provisional,
    }),
  }));
}
