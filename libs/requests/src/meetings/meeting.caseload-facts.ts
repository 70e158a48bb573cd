import { Injectable } from '@nestjs/common';
import { CaseloadFactsFrom, type CaseloadFacts, type CaseloadFactsSource } from '@onrecord/cases';
import type { DataScope } from '@onrecord/platform/database';

/**
 * The caseload's meeting facts for many cases in one query: the earliest due time of the
 * written items not yet done (of meetings not archived) as nextDeadline, and how many of
 * them are past due as overdueCount. The registry merges them with the requests' facts.
 */
@CaseloadFactsFrom()
@Injectable()
export class MeetingCaseloadFactsSource implements CaseloadFactsSource {
  async facts(
    scope: DataScope,
    caseIds: readonly string[],
  ): Promise<Map<string, Partial<CaseloadFacts>>> {
    const facts = new Map<string, Partial<CaseloadFacts>>();
    if (!caseIds.length) return facts;
    const rows: Array<{ case_id: string; next_deadline: Date | null; overdue: number }> =
      await scope.manager.query(
        `SELECT m.case_id, min(t.due_at) AS next_deadline,
                (count(*) FILTER (WHERE t.due_at < now()))::int AS overdue
           FROM meeting_task t JOIN meeting m ON m.id = t.meeting_id
          WHERE m.case_id = ANY($1::uuid[]) AND m.archived_at IS NULL AND t.done_on IS NULL
          GROUP BY m.case_id`,
        [caseIds],
      );
    for (const row of rows)
      facts.set(row.case_id, {
        nextDeadline: row.next_deadline ? new Date(row.next_deadline) : null,
        overdueCount: Number(row.overdue),
      });
    return facts;
  }
}
