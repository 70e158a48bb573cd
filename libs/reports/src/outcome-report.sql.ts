/**
 * The outcome report's figures about requests, in one statement, returned as one JSON
 * document (the cases' figures are case-figures.sql.ts, run beside it). Parameters: $1 from,
 * $2 to (dates, included), $3 district ids, $4 school ids, $5 member ids, $6 request types
 * (each null for "all"), $7 the organization.
 *
 * Requests are read from `request_outcome`, the summary that holds each request's place,
 * first answer, outcomes and follow-up result (request-outcome.sql.ts computes it; the caller
 * computes its stale rows first). What depends on the moment (overdue now, late) is worked out
 * here. The organization is named in every condition as well as set for row-level security:
 * the planner then knows how many rows it is about (it guesses a thousandth of the table for
 * the security condition alone) and picks hash joins and in-memory counts, not row-by-row
 * lookups.
 *
 * Definitions (README "Outcome reports"):
 * - requests: sent (not drafts), not archived, sent_on in the range;
 * - first response: the earliest school response on record (not archived);
 * - answered (for the deadline): by a response that discharges the request — a stall ("we
 *   need more data", a no without Prior Written Notice) does not (stall.rules.ts);
 * - decided: has a due day, and was answered or is past its deadline; answered by the
 *   deadline: answered on or before the due day; late: answered after it, or overdue now;
 * - deferred, refused without PWN: requests with only stalls on file, by the latest one;
 * - set by hand: decided requests whose due day an advocate typed (not the law's), and of
 *   those, answered by that day — counted in decided and answered by the deadline too, so
 *   the law's own share is the rest;
 * - days to first response: first response − the day the school received the request;
 * - a follow-up answered: a response received within 5 school days after the day the first
 *   school-facing follow-up went out (district time zone; school days skip weekends and the
 *   district's non-school days).
 */
/**
 * The requests a report counts, from `request_outcome o`: sent (not drafts), not archived,
 * sent in the range, matching the filters. Parameters as REQUEST_FIGURES_SQL's; the listing of
 * the report's requests (reported-requests.sql.ts) uses the same condition, so it lists
 * exactly the requests the figures count.
 */
export const REPORTED_REQUESTS_WHERE = `o.organization_id = $7::uuid AND o.status <> 'DRAFT' AND NOT o.archived
     AND o.sent_on BETWEEN $1::date AND $2::date
     AND ($3::uuid[] IS NULL OR o.district_id = ANY($3::uuid[]))
     AND ($4::uuid[] IS NULL OR o.school_id = ANY($4::uuid[]))
     AND ($5::uuid[] IS NULL OR EXISTS (SELECT 1 FROM case_assignment a
                                         WHERE a.organization_id = $7::uuid AND a.case_id = o.case_id
                                           AND a.membership_id = ANY($5::uuid[])))
     AND ($6::text[] IS NULL OR o.type = ANY($6::text[]))`;

export const REQUEST_FIGURES_SQL = `
WITH q AS (
  SELECT o.type, o.school_id, o.district_id, o.first_response_on, o.deferred_responses,
         o.outcomes, o.reasons, o.answered_within_five_school_days,
         coalesce(o.due_set_by_hand, false) AS set_by_hand,
         CASE WHEN o.status = 'SENT' AND o.due_at < now() THEN 'OVERDUE' ELSE o.status END AS state,
         o.due_on IS NOT NULL AND (o.discharged_on IS NOT NULL OR o.due_at < now()) AS decided,
         o.discharged_on IS NOT NULL AND o.due_on IS NOT NULL AND o.discharged_on <= o.due_on AS on_time,
         (o.discharged_on IS NOT NULL AND o.due_on IS NOT NULL AND o.discharged_on > o.due_on)
           OR (o.status = 'SENT' AND o.due_at < now()) AS late,
         o.stall,
         o.first_response_on - o.received_on AS days
    FROM request_outcome o
   WHERE ${REPORTED_REQUESTS_WHERE}
),
-- One pass over the requests, counted three ways at once: by place and days to first
-- response (every total, and from the days' counts every median, is read from these few
-- hundred rows), by type and state, and by the answers they got (outcomes and reasons).
grouped AS MATERIALIZED (
  SELECT CASE WHEN grouping(type) = 0 THEN 'type' WHEN grouping(outcomes) = 0 THEN 'answers'
              ELSE 'place' END AS counted_by,
         district_id, school_id, days, type, state, outcomes, reasons,
         count(*)::int AS requests,
         count(first_response_on)::int AS answered,
         count(*) FILTER (WHERE decided)::int AS decided,
         count(*) FILTER (WHERE on_time)::int AS on_time,
         count(*) FILTER (WHERE decided AND set_by_hand)::int AS decided_by_hand,
         count(*) FILTER (WHERE on_time AND set_by_hand)::int AS on_time_by_hand,
         count(*) FILTER (WHERE late)::int AS late,
         count(*) FILTER (WHERE state = 'OVERDUE')::int AS overdue,
         sum(deferred_responses)::int AS deferred,
         count(*) FILTER (WHERE stall = 'DEFERRED')::int AS stalled_deferred,
         count(*) FILTER (WHERE stall = 'REFUSED_WITHOUT_PWN')::int AS refused_without_pwn,
         count(answered_within_five_school_days)::int AS followed_up,
         count(*) FILTER (WHERE answered_within_five_school_days)::int AS answered_after_follow_up
    FROM q
   GROUP BY GROUPING SETS ((district_id, school_id, days), (type, state), (outcomes, reasons))
),
by_place AS (SELECT * FROM grouped WHERE counted_by = 'place'),
places AS (
  SELECT 'all' AS kind, NULL::uuid AS id, days, requests, answered, decided, on_time, late, overdue,
         deferred, followed_up, answered_after_follow_up, stalled_deferred, refused_without_pwn,
         decided_by_hand, on_time_by_hand FROM by_place
  UNION ALL
  SELECT 'district', district_id, days, requests, answered, decided, on_time, late, overdue,
         deferred, followed_up, answered_after_follow_up, stalled_deferred, refused_without_pwn,
         decided_by_hand, on_time_by_hand
    FROM by_place WHERE district_id IS NOT NULL
  UNION ALL
  SELECT 'school', school_id, days, requests, answered, decided, on_time, late, overdue,
         deferred, followed_up, answered_after_follow_up, stalled_deferred, refused_without_pwn,
         decided_by_hand, on_time_by_hand
    FROM by_place WHERE school_id IS NOT NULL
),
figures AS (
  SELECT kind, id, sum(requests)::int AS requests, sum(answered)::int AS answered,
         sum(decided)::int AS decided, sum(on_time)::int AS on_time, sum(late)::int AS late,
         sum(overdue)::int AS overdue, sum(deferred)::int AS deferred,
         sum(followed_up)::int AS followed_up,
         sum(answered_after_follow_up)::int AS answered_after_follow_up,
         sum(stalled_deferred)::int AS stalled_deferred,
         sum(refused_without_pwn)::int AS refused_without_pwn,
         sum(decided_by_hand)::int AS decided_by_hand,
         sum(on_time_by_hand)::int AS on_time_by_hand
    FROM places GROUP BY kind, id
),
-- percentile_cont from counts: of the N answered requests sorted by days, the value at
-- position p × (N − 1) (from 0), between the two nearest when it falls between them. The
-- value at position k is the smallest days whose running count passes k.
percentiles AS (
  SELECT kind, id, p,
         lower_value + (p * (total - 1) - floor(p * (total - 1))) * (upper_value - lower_value) AS value
    FROM (SELECT kind, id, p, total,
                 min(days) FILTER (WHERE running > floor(p * (total - 1))) AS lower_value,
                 min(days) FILTER (WHERE running > ceil(p * (total - 1))) AS upper_value
            FROM (SELECT kind, id, days,
                         sum(n) OVER (PARTITION BY kind, id ORDER BY days) AS running,
                         sum(n) OVER (PARTITION BY kind, id) AS total
                    FROM (SELECT kind, id, days, sum(requests) AS n FROM places
                           WHERE days IS NOT NULL GROUP BY kind, id, days) counts) ranked
           CROSS JOIN (VALUES (0.5), (0.9)) AS wanted(p)
           GROUP BY kind, id, p, total) bounds
),
totals AS (
  SELECT figures.*,
         (SELECT value FROM percentiles WHERE kind = 'all' AND p = 0.5) AS median_days,
         (SELECT value FROM percentiles WHERE kind = 'all' AND p = 0.9) AS p90_days
    FROM figures WHERE kind = 'all'
),
-- The school's answers: each response's outcome, and each reason it gave for a no.
answers AS (
  SELECT 'outcome' AS kind, value, sum(requests)::int AS count
    FROM grouped, unnest(grouped.outcomes) AS value WHERE counted_by = 'answers' GROUP BY value
  UNION ALL
  SELECT 'reason', value, sum(requests)::int
    FROM grouped, unnest(grouped.reasons) AS value WHERE counted_by = 'answers' GROUP BY value
)
SELECT json_build_object(
  'requests', coalesce(totals.requests, 0),
  'requestsByTypeAndState', (SELECT coalesce(json_agg(t ORDER BY t.type, t.state), '[]') FROM
      (SELECT type, state, requests AS count FROM grouped WHERE counted_by = 'type') t),
  'deadlines', json_build_object(
      'decided', coalesce(totals.decided, 0), 'answeredByDeadline', coalesce(totals.on_time, 0),
      'deferred', coalesce(totals.stalled_deferred, 0),
      'refusedWithoutPwn', coalesce(totals.refused_without_pwn, 0),
      'setByHand', coalesce(totals.decided_by_hand, 0),
      'setByHandAnsweredByDeadline', coalesce(totals.on_time_by_hand, 0)),
  'daysToFirstResponse', json_build_object(
      'answered', coalesce(totals.answered, 0), 'median', totals.median_days, 'p90', totals.p90_days),
  'overdueNow', coalesce(totals.overdue, 0),
  'outcomes', (SELECT coalesce(json_agg(json_build_object('outcome', value, 'count', count)
                                        ORDER BY count DESC, value), '[]')
                 FROM answers WHERE kind = 'outcome'),
  'refusalReasons', (SELECT coalesce(json_agg(json_build_object('reason', value, 'count', count)
                                              ORDER BY count DESC, value), '[]')
                       FROM answers WHERE kind = 'reason'),
  'places', (SELECT coalesce(json_agg(json_build_object(
                 'kind', f.kind, 'id', f.id, 'name', coalesce(d.name, sc.name),
                 'requests', f.requests, 'answered', f.answered, 'decided', f.decided,
                 'on_time', f.on_time, 'late', f.late, 'deferred', f.deferred,
                 'median_days', median.value)), '[]')
               FROM figures f
               LEFT JOIN percentiles median ON median.kind = f.kind AND median.id = f.id AND median.p = 0.5
               LEFT JOIN district d ON f.kind = 'district' AND d.organization_id = $7::uuid AND d.id = f.id
               LEFT JOIN school sc ON f.kind = 'school' AND sc.organization_id = $7::uuid AND sc.id = f.id
              WHERE f.kind <> 'all'),
  'followUps', json_build_object(
      'followedUp', coalesce(totals.followed_up, 0),
      'answeredWithinFiveSchoolDays', coalesce(totals.answered_after_follow_up, 0))
) AS report
  FROM (SELECT 1) one LEFT JOIN totals ON true
`;
