/**
 * The outcome report in one statement (one round trip, one snapshot): every figure is a
 * subquery of the same scoped sets, returned as one JSON document. Parameters:
 * $1 from, $2 to (dates, included), $3 district ids, $4 school ids, $5 member ids, $6 request
 * types (each null for "all"). Row-level security keeps it to the organization of the
 * transaction.
 *
 * Each correlated lookup names the organization again, so it can use the (organization_id, …)
 * indexes whether or not row-level security adds that condition (it does not for an owner).
 *
 * Definitions (README "Outcome reports"):
 * - requests: sent (not drafts), not archived, sent_on in the range;
 * - first response: the earliest school response on record (not archived);
 * - decided: has a due day, and was answered or is past its deadline; answered by the
 *   deadline: first response on or before the due day; late: answered after it, or overdue now;
 * - days to first response: first response − the day the school received the request;
 * - a follow-up answered: a response received within 5 school days after the day the first
 *   school-facing follow-up went out (district time zone; school days skip weekends and the
 *   district's non-school days);
 * - cases: opened in the range; resolution: the first change to RESOLVED or CLOSED.
 */
export const OUTCOME_REPORT_SQL = `
WITH req AS (
  SELECT r.id, r.organization_id, r.type, r.status, r.due_on, r.due_at, r.received_on, r.case_id,
         sc.id AS school_id, sc.name AS school_name, d.id AS district_id, d.name AS district_name,
         coalesce(d.time_zone, o.time_zone) AS time_zone,
         (SELECT min(sr.received_on) FROM school_response sr
           WHERE sr.organization_id = r.organization_id AND sr.request_id = r.id
             AND sr.archived_at IS NULL) AS first_response
    FROM written_request r
    JOIN case_record c ON c.id = r.case_id
    JOIN organization o ON o.id = r.organization_id
    JOIN student s ON s.id = c.student_id
    LEFT JOIN school sc ON sc.id = s.school_id
    LEFT JOIN district d ON d.id = sc.district_id
   WHERE r.status <> 'DRAFT' AND r.archived_at IS NULL
     AND r.sent_on BETWEEN $1::date AND $2::date
     AND ($3::uuid[] IS NULL OR d.id = ANY($3::uuid[]))
     AND ($4::uuid[] IS NULL OR sc.id = ANY($4::uuid[]))
     AND ($5::uuid[] IS NULL OR EXISTS (SELECT 1 FROM case_assignment a
                                         WHERE a.case_id = c.id AND a.membership_id = ANY($5::uuid[])))
     AND ($6::text[] IS NULL OR r.type = ANY($6::text[]))
),
q AS (
  SELECT req.*,
         CASE WHEN status = 'SENT' AND due_at < now() THEN 'OVERDUE' ELSE status END AS state,
         due_on IS NOT NULL AND (first_response IS NOT NULL OR due_at < now()) AS decided,
         first_response IS NOT NULL AND due_on IS NOT NULL AND first_response <= due_on AS on_time,
         (first_response IS NOT NULL AND due_on IS NOT NULL AND first_response > due_on)
           OR (status = 'SENT' AND due_at < now()) AS late,
         first_response - received_on AS days
    FROM req
),
resp AS (
  SELECT sr.outcome, sr.reasons, q.district_id, q.school_id
    FROM school_response sr JOIN q ON q.id = sr.request_id
   WHERE sr.archived_at IS NULL
),
followed AS (
  SELECT q.id, q.district_id, first_follow_up.day AS followed_on,
         (SELECT min(sr.received_on) FROM school_response sr
           WHERE sr.organization_id = q.organization_id AND sr.request_id = q.id
             AND sr.archived_at IS NULL AND sr.received_on >= first_follow_up.day) AS answered_on
    FROM q
    CROSS JOIN LATERAL (
      SELECT (min(f.sent_at) AT TIME ZONE q.time_zone)::date AS day FROM follow_up f
       WHERE f.organization_id = q.organization_id AND f.request_id = q.id
         AND f.commitment_id IS NULL AND f.status = 'SENT'
         AND f.kind IN ('SCHOOL_FOLLOW_UP', 'ESCALATION')) first_follow_up
   WHERE first_follow_up.day IS NOT NULL
),
place AS (
  SELECT kind, id, name, count(*)::int AS requests,
         count(first_response)::int AS answered,
         count(*) FILTER (WHERE decided)::int AS decided,
         count(*) FILTER (WHERE on_time)::int AS on_time,
         count(*) FILTER (WHERE late)::int AS late,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days
    FROM (SELECT 'district' AS kind, district_id AS id, district_name AS name,
                 first_response, decided, on_time, late, days
            FROM q WHERE district_id IS NOT NULL
          UNION ALL
          SELECT 'school', school_id, school_name, first_response, decided, on_time, late, days
            FROM q WHERE school_id IS NOT NULL) p
   GROUP BY kind, id, name
),
cases AS (
  SELECT c.id, c.status, c.outcome, c.opened_on,
         (SELECT min((ch.changed_at AT TIME ZONE o.time_zone)::date) FROM case_status_change ch
           WHERE ch.organization_id = c.organization_id AND ch.case_id = c.id
             AND ch.to_status IN ('RESOLVED', 'CLOSED')) AS resolved_on
    FROM case_record c
    JOIN organization o ON o.id = c.organization_id
    JOIN student s ON s.id = c.student_id
    LEFT JOIN school sc ON sc.id = s.school_id
   WHERE c.archived_at IS NULL AND c.opened_on BETWEEN $1::date AND $2::date
     AND ($3::uuid[] IS NULL OR sc.district_id = ANY($3::uuid[]))
     AND ($4::uuid[] IS NULL OR sc.id = ANY($4::uuid[]))
     AND ($5::uuid[] IS NULL OR EXISTS (SELECT 1 FROM case_assignment a
                                         WHERE a.case_id = c.id AND a.membership_id = ANY($5::uuid[])))
)
SELECT json_build_object(
  'requests', (SELECT count(*) FROM q),
  'requestsByTypeAndState', (SELECT coalesce(json_agg(t ORDER BY t.type, t.state), '[]') FROM
      (SELECT type, state, count(*)::int AS count FROM q GROUP BY type, state) t),
  'deadlines', (SELECT json_build_object(
      'decided', count(*) FILTER (WHERE decided),
      'answeredByDeadline', count(*) FILTER (WHERE on_time)) FROM q),
  'daysToFirstResponse', (SELECT json_build_object(
      'answered', count(days),
      'median', percentile_cont(0.5) WITHIN GROUP (ORDER BY days),
      'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY days)) FROM q),
  'overdueNow', (SELECT count(*) FROM q WHERE state = 'OVERDUE'),
  'outcomes', (SELECT coalesce(json_agg(t ORDER BY t.count DESC, t.outcome), '[]') FROM
      (SELECT outcome, count(*)::int AS count FROM resp GROUP BY outcome) t),
  'refusalReasons', (SELECT coalesce(json_agg(t ORDER BY t.count DESC, t.reason), '[]') FROM
      (SELECT reason, count(*)::int AS count FROM resp, unnest(resp.reasons) AS reason
        GROUP BY reason) t),
  'places', (SELECT coalesce(json_agg(p), '[]') FROM
      (SELECT place.*,
              (SELECT count(*) FROM resp
                WHERE resp.outcome = 'DEFERRED_NEEDS_DATA'
                  AND CASE place.kind WHEN 'district' THEN resp.district_id ELSE resp.school_id END
                      = place.id)::int AS deferred
         FROM place) p),
  'followUps', (SELECT json_build_object(
      'followedUp', count(*),
      'answeredWithinFiveSchoolDays', count(*) FILTER (WHERE answered_on IS NOT NULL AND (
          SELECT count(*) FROM generate_series(followed_on + 1, answered_on, interval '1 day') AS g(day)
           WHERE extract(isodow FROM g.day) < 6
             AND NOT EXISTS (SELECT 1 FROM non_school_day n JOIN school_year y ON y.id = n.school_year_id
                              WHERE y.district_id = followed.district_id AND n.date = g.day::date)
        ) <= 5)) FROM followed),
  'cases', (SELECT json_build_object(
      'opened', count(*),
      'byStatus', (SELECT coalesce(json_agg(t ORDER BY t.status), '[]') FROM
          (SELECT status, count(*)::int AS count FROM cases GROUP BY status) t),
      'outcomes', (SELECT coalesce(json_agg(t ORDER BY t.count DESC, t.outcome), '[]') FROM
          (SELECT outcome, count(*)::int AS count FROM cases WHERE outcome IS NOT NULL
            GROUP BY outcome) t),
      'resolved', count(resolved_on),
      'medianDaysToResolution', percentile_cont(0.5) WITHIN GROUP (ORDER BY resolved_on - opened_on))
    FROM cases),
  'caseloadPerAdvocate', (SELECT coalesce(json_agg(t ORDER BY t.open_cases DESC, t.name), '[]') FROM
      (SELECT m.id AS member_id, u.name,
              count(DISTINCT c.id) FILTER (WHERE c.id IS NOT NULL)::int AS open_cases,
              (SELECT count(*) FROM written_request r
                 JOIN case_assignment a2 ON a2.case_id = r.case_id AND a2.membership_id = m.id
                 JOIN case_record c2 ON c2.id = r.case_id
                 JOIN student s2 ON s2.id = c2.student_id
                 LEFT JOIN school sc2 ON sc2.id = s2.school_id
                WHERE r.status = 'SENT' AND r.archived_at IS NULL AND c2.archived_at IS NULL
                  AND c2.status NOT IN ('RESOLVED', 'CLOSED')
                  AND ($3::uuid[] IS NULL OR sc2.district_id = ANY($3::uuid[]))
                  AND ($4::uuid[] IS NULL OR sc2.id = ANY($4::uuid[])))::int AS open_requests
         FROM membership m
         JOIN app_user u ON u.id = m.user_id
         LEFT JOIN case_assignment a ON a.membership_id = m.id
         LEFT JOIN case_record c ON c.id = a.case_id AND c.archived_at IS NULL
               AND c.status NOT IN ('RESOLVED', 'CLOSED')
               AND EXISTS (SELECT 1 FROM student s JOIN school sc ON sc.id = s.school_id
                            WHERE s.id = c.student_id
                              AND ($3::uuid[] IS NULL OR sc.district_id = ANY($3::uuid[]))
                              AND ($4::uuid[] IS NULL OR sc.id = ANY($4::uuid[]))
                           UNION ALL
                           SELECT 1 FROM student s WHERE s.id = c.student_id
                              AND s.school_id IS NULL AND $3::uuid[] IS NULL AND $4::uuid[] IS NULL)
        -- A user sees their own memberships of other organizations too: only this one's.
        WHERE m.organization_id = app_current_organization()
          AND m.role IN ('ADMIN', 'ADVOCATE')
          AND ($5::uuid[] IS NULL OR m.id = ANY($5::uuid[]))
        GROUP BY m.id, u.name) t)
) AS report
`;
