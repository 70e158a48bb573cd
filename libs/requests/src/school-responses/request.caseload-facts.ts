import { Injectable } from '@nestjs/common';
import { CaseloadFactsFrom, type CaseloadFacts, type CaseloadFactsSource } from '@onrecord/cases';
import type { DataScope } from '@onrecord/platform/database';

/**
 * The caseload's request facts for many cases in one query:
 * - openRequestCount: SENT requests (not archived) with no response yet;
 * - nextDeadline: the earliest of those requests' due_at and of OPEN commitments' due-day
 *   end — the end of the commitment's dueOn in the organization's time zone;
 * - overdueCount: those requests past their due_at plus those commitments past their day;
 * - provisionalDeadlineCount: those requests whose deadline was counted without the
 *   district's school calendar.
 */
@CaseloadFactsFrom()
@Injectable()
export class RequestCaseloadFactsSource implements CaseloadFactsSource {
  async facts(
    scope: DataScope,
    caseIds: readonly string[],
  ): Promise<Map<string, Partial<CaseloadFacts>>> {
    const facts = new Map<string, Partial<CaseloadFacts>>();
    if (!caseIds.length) return facts;
    const rows: Array<{
      case_id: string;
      next_deadline: Date | null;
      open_requests: number;
      overdue: number;
      provisional: number;
    }> = await scope.manager.query(
      `WITH waiting AS (
         SELECT r.case_id, r.due_at, true AS is_request,
                jsonb_typeof(r.deadline -> 'provisional') = 'object' AS provisional
           FROM written_request r
          WHERE r.case_id = ANY($1::uuid[]) AND r.status = 'SENT' AND r.archived_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM school_response s
                             WHERE s.request_id = r.id AND s.archived_at IS NULL)
         UNION ALL
         SELECT r.case_id, ((c.due_on + 1)::timestamp AT TIME ZONE o.time_zone), false, false
           FROM commitment c
           JOIN written_request r ON r.id = c.request_id
           JOIN organization o ON o.id = c.organization_id
          WHERE r.case_id = ANY($1::uuid[]) AND c.status = 'OPEN' AND c.archived_at IS NULL
            AND r.archived_at IS NULL)
       SELECT case_id,
              min(due_at) AS next_deadline,
              (count(*) FILTER (WHERE is_request))::int AS open_requests,
              (count(*) FILTER (WHERE due_at < now()))::int AS overdue,
              (count(*) FILTER (WHERE provisional))::int AS provisional
         FROM waiting
        GROUP BY case_id`,
      [caseIds],
    );
    for (const row of rows)
      facts.set(row.case_id, {
        nextDeadline: row.next_deadline ? new Date(row.next_deadline) : null,
        openRequestCount: Number(row.open_requests),
        overdueCount: Number(row.overdue),
        provisionalDeadlineCount: Number(row.provisional),
      });
    return facts;
  }
}
