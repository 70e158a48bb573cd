/**
 * Legal aid's case service report (README "Funder reports"): cases closed in the range — a
 * case RESOLVED or CLOSED whose end day is in the range, not archived — by closing reason and
 * outcome; and the cases still open at the range's end. Parameters: $1 from, $2 to (dates,
 * included), $3 the organization.
 */
export const CASE_SERVICE_RECORDS = `
WITH closed AS MATERIALIZED (
  SELECT c.id, c.title, c.closed_on, c.opened_on,
         COALESCE(c.closing_reason, 'NOT_RECORDED') AS closing_reason, c.outcome
    FROM case_record c
   WHERE c.organization_id = $3::uuid AND c.archived_at IS NULL
     AND c.status IN ('RESOLVED', 'CLOSED') AND c.closed_on BETWEEN $1::date AND $2::date
)`;

export const CASE_SERVICE_SQL = `${CASE_SERVICE_RECORDS}
SELECT json_build_object(
  'casesClosed', (SELECT count(*) FROM closed),
  'openAtEnd', (SELECT count(*) FROM case_record c
                 WHERE c.organization_id = $3::uuid AND c.archived_at IS NULL
                   AND c.opened_on <= $2::date AND (c.closed_on IS NULL OR c.closed_on > $2::date)),
  'medianDaysOpen', (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - opened_on)
                       FROM closed),
  'closings', COALESCE((SELECT json_agg(json_build_object(
                          'closingReason', closing_reason, 'outcome', outcome, 'cases', n)
                          ORDER BY closing_reason COLLATE "C", outcome COLLATE "C")
                          FROM (SELECT closing_reason, outcome, count(*) AS n FROM closed
                                 GROUP BY 1, 2) g), '[]'::json)
) AS report`;

/** The closed cases behind a figure: $4 a closing reason (or null for all). */
export const CASE_SERVICE_RECORDS_SQL = `${CASE_SERVICE_RECORDS}
SELECT 'CASE' AS kind, id, id AS case_id, title AS label, closed_on::text AS day
  FROM closed
 WHERE $4::text IS NULL OR closing_reason = $4::text
 ORDER BY closed_on, title, id`;
