import { REPORTED_REQUESTS_WHERE } from './outcome-report.sql';

/**
 * The requests an outcome report counts, one row each, from the report summary
 * (`request_outcome`), in the order they were sent (then by id): $1–$7 as the report's
 * statement (report-filter.ts), $8 and $9 the last row seen (sent day and id; null for the
 * first page), $10 how many, $11 one figure's requests only (ReportedFigure; null for all). Dates as text: days, whatever the connection's time zone.
 *
 * "Decided" and "answered by the deadline" mean what they mean in the figures
 * (outcome-report.sql.ts): the due day in force, discharged by an answer that is not a stall.
 */
export const REPORTED_REQUESTS_SQL = `
SELECT o.request_id AS id, o.case_id, o.type,
       CASE WHEN o.status = 'SENT' AND o.due_at < now() THEN 'OVERDUE' ELSE o.status END AS state,
       o.school_id, o.district_id, o.sent_on::text AS sent_on, o.received_on::text AS received_on,
       o.due_on::text AS due_on, coalesce(o.due_set_by_hand, false) AS due_set_by_hand,
       o.rule_due_on::text AS rule_due_on, o.rule_basis, o.rule_citation,
       o.first_response_on::text AS first_response_on, o.discharged_on::text AS answered_on,
       CASE WHEN o.due_on IS NOT NULL AND (o.discharged_on IS NOT NULL OR o.due_at < now())
            THEN o.discharged_on IS NOT NULL AND o.discharged_on <= o.due_on END AS answered_by_deadline,
       o.stall
  FROM request_outcome o
 WHERE ${REPORTED_REQUESTS_WHERE}
   AND ($8::date IS NULL OR (o.sent_on, o.request_id) > ($8::date, $9::uuid))
   AND CASE $11::text
         WHEN 'ANSWERED_BY_DEADLINE' THEN o.discharged_on IS NOT NULL AND o.due_on IS NOT NULL
                                          AND o.discharged_on <= o.due_on
         WHEN 'LATE' THEN (o.discharged_on IS NOT NULL AND o.due_on IS NOT NULL
                           AND o.discharged_on > o.due_on)
                          OR (o.status = 'SENT' AND o.due_at < now())
         WHEN 'OVERDUE_NOW' THEN o.status = 'SENT' AND o.due_at < now()
         WHEN 'DEFERRED' THEN o.deferred_responses > 0
         WHEN 'REFUSED_WITHOUT_PWN' THEN o.stall = 'REFUSED_WITHOUT_PWN'
         ELSE true
       END
 ORDER BY o.sent_on, o.request_id
 LIMIT $10
`;
