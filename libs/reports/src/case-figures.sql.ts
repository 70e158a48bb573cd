/**
 * The outcome report's figures about cases and caseloads, in one statement, returned as one
 * JSON document. It reads the records themselves (not the requests' summary), so it runs on a
 * connection of its own beside outcome-report.sql.ts: the two halves of a report take about
 * the same time, and a report then takes the time of the longer one. Parameters: $1 from,
 * $2 to (dates, included), $3 district ids, $4 school ids, $5 member ids, $7 request types
 * (each null for "all"), $6 the organization. A case has no type of its own: filtered by
 * request types, it counts when it has a request (sent, not archived) of one of them.
 *
 * Definitions (README "Outcome reports"): cases opened in the range, by status and outcome;
 * resolution: the first change to RESOLVED or CLOSED (the organization's time zone); each
 * advocate's open cases and the requests on them still waiting for the school, now.
 */
const HAS_REQUEST_OF_TYPES = `($7::text[] IS NULL OR EXISTS (
           SELECT 1 FROM written_request w
            WHERE w.organization_id = $6::uuid AND w.case_id = c.id AND w.status <> 'DRAFT'
              AND w.archived_at IS NULL AND w.type = ANY($7::text[])))`;

export const CASE_FIGURES_SQL = `
-- A case's place (the case_place view: its student's school and district): only looked at
-- when a place is asked for.
WITH cases AS MATERIALIZED (
  SELECT c.id, c.status, c.outcome, c.opened_on
    FROM case_record c
   WHERE c.organization_id = $6::uuid AND c.archived_at IS NULL
     AND c.opened_on BETWEEN $1::date AND $2::date
     AND ($3::uuid[] IS NULL AND $4::uuid[] IS NULL OR EXISTS (
           SELECT 1 FROM case_place p
            WHERE p.organization_id = $6::uuid AND p.case_id = c.id
              AND ($3::uuid[] IS NULL OR p.district_id = ANY($3::uuid[]))
              AND ($4::uuid[] IS NULL OR p.school_id = ANY($4::uuid[]))))
     AND ($5::uuid[] IS NULL OR EXISTS (
           SELECT 1 FROM case_assignment a
            WHERE a.organization_id = $6::uuid AND a.case_id = c.id
              AND a.membership_id = ANY($5::uuid[])))
     AND ${HAS_REQUEST_OF_TYPES}
),
resolutions AS (
  SELECT ch.case_id,
         min((ch.changed_at AT TIME ZONE (SELECT time_zone FROM organization WHERE id = $6::uuid))::date) AS day
    FROM case_status_change ch
   WHERE ch.organization_id = $6::uuid AND ch.to_status IN ('RESOLVED', 'CLOSED')
   GROUP BY ch.case_id
),
-- Open cases by who is assigned.
open_assigned AS MATERIALIZED (
  SELECT a.membership_id, c.id AS case_id
    FROM case_assignment a
    JOIN case_record c ON c.organization_id = $6::uuid AND c.id = a.case_id
   WHERE a.organization_id = $6::uuid AND c.archived_at IS NULL AND c.status NOT IN ('RESOLVED', 'CLOSED')
     AND ($3::uuid[] IS NULL AND $4::uuid[] IS NULL OR EXISTS (
           SELECT 1 FROM case_place p
            WHERE p.organization_id = $6::uuid AND p.case_id = c.id
              AND ($3::uuid[] IS NULL OR p.district_id = ANY($3::uuid[]))
              AND ($4::uuid[] IS NULL OR p.school_id = ANY($4::uuid[]))))
     AND ($5::uuid[] IS NULL OR a.membership_id = ANY($5::uuid[]))
     AND ${HAS_REQUEST_OF_TYPES}
)
SELECT json_build_object(
  'cases', (SELECT json_build_object(
      'opened', count(*),
      'byStatus', (SELECT coalesce(json_agg(t ORDER BY t.status), '[]') FROM
          (SELECT status, count(*)::int AS count FROM cases GROUP BY status) t),
      'outcomes', (SELECT coalesce(json_agg(t ORDER BY t.count DESC, t.outcome), '[]') FROM
          (SELECT outcome, count(*)::int AS count FROM cases WHERE outcome IS NOT NULL
            GROUP BY outcome) t),
      'resolved', count(resolutions.day),
      'medianDaysToResolution', percentile_cont(0.5) WITHIN GROUP (ORDER BY resolutions.day - opened_on))
    FROM cases LEFT JOIN resolutions ON resolutions.case_id = cases.id),
  'caseloadPerAdvocate', (SELECT coalesce(json_agg(t ORDER BY t.open_cases DESC, t.name), '[]') FROM
      (SELECT m.id AS member_id, u.name,
              coalesce(load.open_cases, 0)::int AS open_cases,
              coalesce(load.open_requests, 0)::int AS open_requests
         FROM membership m
         JOIN app_user u ON u.id = m.user_id
         LEFT JOIN (SELECT oa.membership_id, count(*) AS open_cases,
                           sum(coalesce(waiting.requests, 0)) AS open_requests
                      FROM open_assigned oa
                      LEFT JOIN (SELECT case_id, count(*) AS requests FROM written_request
                                  WHERE organization_id = $6::uuid AND status = 'SENT' AND archived_at IS NULL
                                  GROUP BY case_id) waiting ON waiting.case_id = oa.case_id
                     GROUP BY oa.membership_id) load ON load.membership_id = m.id
        -- A user sees their own memberships of other organizations too: only this one's.
        WHERE m.organization_id = $6::uuid
          AND m.role IN ('ADMIN', 'ADVOCATE')
          AND ($5::uuid[] IS NULL OR m.id = ANY($5::uuid[]))) t)
) AS report
`;
