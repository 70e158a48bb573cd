import { stallSql } from '@onrecord/requests';

/**
 * Computes rows of `request_outcome` (the report's summary, one row per written request;
 * migration 1796200000000) from the records. A row is stale when a trigger counted a change
 * (`changes`) since it was last computed (`refreshed_changes`).
 *
 * Two statements, in one transaction: LOCK_STALE_REQUEST_OUTCOMES_SQL takes the stale rows
 * no one else holds ($1 the organization, $2 at most this many; answers with their ids);
 * REFRESH_REQUEST_OUTCOMES_SQL then computes them ($1 the organization, $2 those ids; answers
 * with how many). Taking the rows first, in their own statement, is what keeps a change from
 * being lost: the computation's snapshot begins after the rows are held, so it sees every
 * change committed before, and a writer that changes one of them meanwhile waits to count
 * its change until the computation commits. Rows a writer holds are left (never waited for,
 * so a refresh and a writer cannot deadlock): they are counted changed again once it commits.
 *
 * Each request is looked up on its own through the (organization, request) indexes: the usual
 * work is a handful of rows changed since the last refresh; a backlog (after the migration,
 * or a bulk load) is taken in batches.
 *
 * What each column holds (README "Outcome reports"):
 * - school_id, district_id: the student's school now, and its district;
 * - first_response_on: the earliest school response on record (not archived);
 * - deferred_responses, outcomes, reasons: its responses' outcomes and reasons given;
 * - due_on, due_at: the due day in force (the one an advocate set by hand, when one did);
 *   due_set_by_hand; rule_due_on, rule_basis, rule_citation: the day the rule itself gives, where
 *   its authority comes from (RULE is a statute's or regulation's) and its citation
 *   (migration 1796372000002), so a hand-set day is never counted as the law's;
 * - discharged_on: the first response that answers it (not a stall: stall.rules.ts in
 *   libs/requests); stall: while none has, DEFERRED or REFUSED_WITHOUT_PWN, from the latest
 *   response (migration 1796340000000);
 * - followed_up_on: the day (district time zone, or the organization's without a school) the
 *   first school-facing follow-up went out; answered_after_follow_up_on: the first response
 *   on or after that day; answered_within_five_school_days: that response came at most 5
 *   school days after the follow-up (school days skip weekends and the district's non-school
 *   days); null when never followed up.
 */
export const LOCK_STALE_REQUEST_OUTCOMES_SQL = `
SELECT request_id FROM request_outcome
 WHERE organization_id = $1 AND changes <> refreshed_changes
 LIMIT $2
 FOR UPDATE SKIP LOCKED
`;

export const REFRESH_REQUEST_OUTCOMES_SQL = `
WITH stale AS MATERIALIZED (
  SELECT request_id, changes FROM request_outcome
   WHERE organization_id = $1 AND request_id = ANY($2::uuid[])
),
computed AS (
  SELECT stale.request_id, stale.changes, r.case_id, p.school_id, p.district_id,
         r.type, r.status, r.archived_at IS NOT NULL AS archived, r.sent_on, r.received_on,
         r.due_on, r.due_at, r.override_due_on IS NOT NULL AS due_set_by_hand,
         (r.deadline ->> 'dueDate')::date AS rule_due_on, r.deadline ->> 'basis' AS rule_basis,
         r.deadline ->> 'citation' AS rule_citation,
         answers.first_response_on, answers.deferred_responses,
         answers.outcomes, reasons.reasons, follow_up.day AS followed_up_on,
         answers.discharged_on,
         CASE WHEN answers.discharged_on IS NULL THEN answers.last_stall END AS stall,
         after.answered_on AS answered_after_follow_up_on,
         CASE WHEN follow_up.day IS NOT NULL THEN after.answered_on IS NOT NULL AND (
           SELECT count(*) FROM generate_series(follow_up.day + 1, after.answered_on, interval '1 day') AS g(day)
            WHERE extract(isodow FROM g.day) < 6
              AND NOT EXISTS (SELECT 1 FROM non_school_day n
                                JOIN school_year y ON y.organization_id = $1 AND y.id = n.school_year_id
                               WHERE n.organization_id = $1 AND y.district_id = p.district_id
                                 AND n.date = g.day::date)) <= 5
         END AS within_five
    FROM stale
    JOIN written_request r ON r.organization_id = $1 AND r.id = stale.request_id
    JOIN case_place p ON p.organization_id = $1 AND p.case_id = r.case_id
    CROSS JOIN LATERAL (
      SELECT min(sr.received_on) AS first_response_on,
             count(*) FILTER (WHERE sr.outcome = 'DEFERRED_NEEDS_DATA')::int AS deferred_responses,
             coalesce(array_agg(sr.outcome ORDER BY sr.received_on, sr.outcome), '{}') AS outcomes,
             min(sr.received_on) FILTER (WHERE (${stallSql('r.type', 'sr')}) IS NULL) AS discharged_on,
             (array_agg(${stallSql('r.type', 'sr')} ORDER BY sr.received_on DESC, sr.created_at DESC))[1] AS last_stall
        FROM school_response sr
       WHERE sr.organization_id = $1 AND sr.request_id = r.id AND sr.archived_at IS NULL) answers
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(reason ORDER BY reason), '{}') AS reasons
        FROM school_response sr, unnest(sr.reasons) AS reason
       WHERE sr.organization_id = $1 AND sr.request_id = r.id AND sr.archived_at IS NULL) reasons
    CROSS JOIN LATERAL (
      SELECT (min(f.sent_at) AT TIME ZONE p.time_zone)::date AS day
        FROM follow_up f
       WHERE f.organization_id = $1 AND f.request_id = r.id AND f.commitment_id IS NULL
         AND f.status = 'SENT' AND f.kind IN ('SCHOOL_FOLLOW_UP', 'ESCALATION')) follow_up
    CROSS JOIN LATERAL (
      SELECT min(sr.received_on) AS answered_on
        FROM school_response sr
       WHERE sr.organization_id = $1 AND sr.request_id = r.id AND sr.archived_at IS NULL
         AND sr.received_on >= follow_up.day) after
),
refreshed AS (
  UPDATE request_outcome o
     SET refreshed_changes = c.changes, refreshed_at = now(),
         case_id = c.case_id, school_id = c.school_id, district_id = c.district_id,
         type = c.type, status = c.status, archived = c.archived,
         sent_on = c.sent_on, received_on = c.received_on, due_on = c.due_on, due_at = c.due_at,
         due_set_by_hand = c.due_set_by_hand, rule_due_on = c.rule_due_on,
         rule_basis = c.rule_basis, rule_citation = c.rule_citation,
         first_response_on = c.first_response_on, deferred_responses = c.deferred_responses,
         outcomes = c.outcomes, reasons = c.reasons,
         discharged_on = c.discharged_on, stall = c.stall,
         followed_up_on = c.followed_up_on,
         answered_after_follow_up_on = c.answered_after_follow_up_on,
         answered_within_five_school_days = c.within_five
    FROM computed c
   WHERE o.organization_id = $1 AND o.request_id = c.request_id
  RETURNING 1
)
SELECT count(*)::int AS refreshed FROM refreshed
`;

/**
 * Taken before computing an organization's rows ($1), to the end of the transaction: one
 * refresher per organization at a time. A second would skip the rows the first holds, and a
 * report would then read them before the first commits.
 */
export const REFRESH_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtextextended('request_outcome/' || $1, 0))`;
