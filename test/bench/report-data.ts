import type { Client } from 'pg';
import { WrittenRequestType } from '@onrecord/requests';

const TYPES = Object.values(WrittenRequestType);

/**
 * A realistic organization's worth of records, written as the superuser in a few set-based
 * statements: 3 districts (each with two school years and their days off), 10 schools, `cases` cases (each a family and a student at one of
 * the schools, assigned to `membershipId`, some resolved or closed with a status change), and
 * `requestsPerCase` written requests each, sent over two school years (2024-09-01 …
 * 2026-06-22) with a 15-day deadline; about 70 % answered (outcomes and reasons mixed), about
 * 30 % followed up.
 */
export async function generateOrganizationRecords(
  client: Client,
  organizationId: string,
  membershipId: string,
  cases: number,
  requestsPerCase: number,
): Promise<void> {
  await client.query(
    `WITH d AS (INSERT INTO district (organization_id, name, state, time_zone)
                SELECT $1, 'District ' || k, 'TX', 'America/Chicago' FROM generate_series(1, 3) k
                RETURNING id),
          dl AS (SELECT id, row_number() OVER () AS k FROM d),
          -- Each district's two school years, with a winter break and a few holidays off.
          y AS (INSERT INTO school_year (organization_id, district_id, label, first_day, last_day)
                SELECT $1, d.id, y.label, y.first_day, y.last_day FROM d,
                       (VALUES ('2024-25', date '2024-08-19', date '2025-05-30'),
                               ('2025-26', date '2025-08-18', date '2026-05-29')) AS y(label, first_day, last_day)
                RETURNING id, first_day),
          off AS (INSERT INTO non_school_day (organization_id, school_year_id, date, label)
                  SELECT $1, y.id, day, 'Day off' FROM y,
                         LATERAL (SELECT make_date(extract(year FROM y.first_day)::int, 12, 22) + k AS day
                                    FROM generate_series(0, 11) k
                                  UNION
                                  SELECT make_date(extract(year FROM y.first_day)::int, m, 10)
                                    FROM unnest(ARRAY[9, 10, 11]) m
                                  UNION
                                  SELECT make_date(extract(year FROM y.first_day)::int + 1, m, 15)
                                    FROM unnest(ARRAY[1, 2, 3, 4]) m) days),
          s AS (INSERT INTO school (organization_id, district_id, name)
                SELECT $1, dl.id, 'School ' || g.k FROM generate_series(1, 10) AS g(k)
                  JOIN dl ON dl.k = 1 + g.k % 3
                RETURNING id),
          sl AS (SELECT id, row_number() OVER () AS k FROM s),
          f AS (INSERT INTO family (organization_id, household_name)
                SELECT $1, 'Household ' || n FROM generate_series(1, $3::int) n RETURNING id),
          fl AS (SELECT id, row_number() OVER () AS n FROM f),
          st AS (INSERT INTO student (organization_id, family_id, name, school_id)
                 SELECT $1, fl.id, 'Student ' || fl.n, sl.id FROM fl JOIN sl ON sl.k = 1 + fl.n % 10
                 RETURNING id, family_id),
          picked AS (SELECT st.*, (ARRAY['ACTIVE', 'ACTIVE', 'ON_HOLD', 'RESOLVED', 'CLOSED'])[1 + floor(random() * 5)::int] AS status,
                            date '2024-09-01' + floor(random() * 640)::int AS opened_on
                       FROM st),
          c AS (INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on, outcome)
                SELECT $1, family_id, id, 'Case', '{SCHOOL_REFUSAL}', status, opened_on,
                       CASE WHEN status IN ('RESOLVED', 'CLOSED')
                            THEN (ARRAY['RETURNED_FULL_TIME', 'RETURNED_PART_TIME_WITH_PLAN', 'HOME_INSTRUCTION', 'SERVICES_GRANTED'])[1 + floor(random() * 4)::int] END
                  FROM picked RETURNING id, status, opened_on),
          a AS (INSERT INTO case_assignment (organization_id, case_id, membership_id) SELECT $1, id, $2 FROM c)
     INSERT INTO case_status_change (organization_id, case_id, from_status, to_status, changed_at)
     SELECT $1, id, 'ACTIVE', status, (opened_on + 20 + floor(random() * 150)::int)::timestamptz
       FROM c WHERE status IN ('RESOLVED', 'CLOSED')`,
    [organizationId, membershipId, cases],
  );
  await client.query(
    `INSERT INTO written_request (organization_id, case_id, type, subject, status, sent_on, received_on, due_on, due_at)
     SELECT $1, c.id, ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int], 'Request', 'SENT',
            x.sent, x.sent + 1, x.sent + 16, (x.sent + 17)::timestamp AT TIME ZONE 'America/Chicago'
       FROM case_record c, generate_series(1, $2::int) k,
            LATERAL (SELECT date '2024-09-01' + floor(random() * 660 + k * 0)::int AS sent) x
      WHERE c.organization_id = $1`,
    [organizationId, requestsPerCase, TYPES],
  );
  await client.query(
    `WITH answered AS (
       INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome, reasons)
       SELECT $1, r.id, r.received_on + 1 + floor(random() * 40)::int, 'EMAIL', r.outcome,
              CASE WHEN r.outcome IN ('DENIED', 'DEFERRED_NEEDS_DATA')
                   THEN ARRAY[(ARRAY['LACK_OF_DATA', 'RESOURCES_STAFFING', 'PRECEDENT_OR_POLICY', 'NOT_ELIGIBLE'])[1 + floor(random() * 4)::int]]
                   ELSE '{}' END
         FROM (SELECT id, received_on,
                      (ARRAY['GRANTED', 'DENIED', 'DEFERRED_NEEDS_DATA', 'PARTIALLY_GRANTED', 'MEETING_SCHEDULED'])[1 + floor(random() * 5)::int] AS outcome
                 FROM written_request WHERE organization_id = $1 AND random() < 0.7) r
       RETURNING request_id)
     UPDATE written_request SET status = 'RESPONDED' WHERE id IN (SELECT request_id FROM answered)`,
    [organizationId],
  );
  await client.query(
    `INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence, scheduled_at, status, sent_at, next_planned)
     SELECT $1, r.case_id, r.id, 'request/' || r.id, 'SCHOOL_FOLLOW_UP', 1, r.due_at + interval '2 days', 'SENT',
            r.due_at + interval '2 days', true
       FROM written_request r WHERE r.organization_id = $1 AND random() < 0.3`,
    [organizationId],
  );
}
