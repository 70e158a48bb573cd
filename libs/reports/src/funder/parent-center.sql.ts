/**
 * The parent-center annual report's figures (README "Funder reports" defines each), over the
 * records themselves. Parameters: $1 from, $2 to (dates, included, in the organization's time
 * zone), $3 the organization.
 *
 * PARENT_CENTER_RECORDS is the part the figures and the lists of records behind them share:
 * - contacts: contacts logged in the range, not archived;
 * - meetings: meetings held in the range (started by now), not archived;
 * - parents: each parent served once. A parent is a guardian on file; a parent not on file (a
 *   call before they were a client) is the name written down, compared without case or outer
 *   spaces, or, with no name, the contact itself. A contact with a guardian serves that parent;
 *   a meeting on a case serves the guardians of the case's family;
 * - outreach: trainings and outreach events held in the range;
 * - children: the students of the cases a contact or a meeting was on.
 */
export const PARENT_CENTER_RECORDS = `
WITH zone AS (SELECT time_zone FROM organization WHERE id = $3::uuid),
contacts AS MATERIALIZED (
  SELECT e.id, e.party, e.channel, e.language, e.topics, e.case_id, e.guardian_id, e.with_whom,
         e.occurred_at, e.duration_minutes
    FROM contact_log_entry e
   WHERE e.organization_id = $3::uuid AND e.archived_at IS NULL
     AND (e.occurred_at AT TIME ZONE (SELECT time_zone FROM zone))::date BETWEEN $1::date AND $2::date
),
meetings AS MATERIALIZED (
  SELECT m.id, m.kind, m.case_id, m.starts_at
    FROM meeting m
   WHERE m.organization_id = $3::uuid AND m.archived_at IS NULL AND m.starts_at <= now()
     AND (m.starts_at AT TIME ZONE (SELECT time_zone FROM zone))::date BETWEEN $1::date AND $2::date
),
served AS (
  SELECT CASE WHEN c.guardian_id IS NOT NULL THEN 'guardian:' || c.guardian_id
              WHEN btrim(c.with_whom) <> '' THEN 'name:' || lower(btrim(c.with_whom))
              ELSE 'contact:' || c.id END AS parent,
         c.guardian_id, c.language, c.occurred_at, btrim(c.with_whom) AS name
    FROM contacts c
   WHERE c.party = 'GUARDIAN'
  UNION ALL
  SELECT 'guardian:' || g.id, g.id, NULL, NULL, NULL
    FROM meetings m
    JOIN case_record k ON k.organization_id = $3::uuid AND k.id = m.case_id
    JOIN guardian g ON g.organization_id = $3::uuid AND g.family_id = k.family_id
                   AND g.archived_at IS NULL
),
parents AS MATERIALIZED (
  SELECT s.parent,
         (array_agg(s.guardian_id) FILTER (WHERE s.guardian_id IS NOT NULL))[1] AS guardian_id,
         (array_agg(s.name ORDER BY s.occurred_at) FILTER (WHERE s.name <> ''))[1] AS name,
         (array_agg(s.language ORDER BY s.occurred_at) FILTER (WHERE s.language IS NOT NULL))[1]
           AS contact_language,
         count(*) AS times
    FROM served s
   GROUP BY s.parent
),
-- Trainings and outreach events held in the range (by today: one planned is not held yet).
outreach AS MATERIALIZED (
  SELECT a.id, a.kind, a.format, a.title, a.held_on, a.parents, a.professionals, a.students
    FROM outreach_activity a
   WHERE a.organization_id = $3::uuid AND a.archived_at IS NULL
     AND a.held_on BETWEEN $1::date AND $2::date
     AND a.held_on <= (now() AT TIME ZONE (SELECT time_zone FROM zone))::date
),
children AS MATERIALIZED (
  SELECT DISTINCT k.student_id
    FROM case_record k
   WHERE k.organization_id = $3::uuid
     AND k.id IN (SELECT case_id FROM contacts WHERE case_id IS NOT NULL
                  UNION SELECT case_id FROM meetings)
)`;

/** A contact's audience and channel as the report's contacts table groups them. */
const AUDIENCE = `CASE c.party WHEN 'GUARDIAN' THEN 'PARENTS' WHEN 'STUDENT' THEN 'STUDENTS'
                  ELSE 'PROFESSIONALS' END`;
const CHANNEL_GROUP = `CASE c.channel WHEN 'PHONE' THEN 'PHONE' WHEN 'LETTER' THEN 'LETTER'
                       WHEN 'EMAIL' THEN 'EMAIL_TEXT' WHEN 'TEXT' THEN 'EMAIL_TEXT'
                       ELSE 'MEETING' END`;

/**
 * A parent's primary language: the one recorded, or that they declined to say; else the
 * language of their first contact in the range; else not recorded.
 */
const PARENT_LANGUAGE = `COALESCE(CASE WHEN g.primary_language_declined THEN 'DECLINED_TO_STATE'
                                       ELSE g.primary_language END,
                                  p.contact_language, 'NOT_RECORDED')`;

const counted = (query: string) =>
  `COALESCE((SELECT json_agg(json_build_object('key', key, 'count', n) ORDER BY n DESC, key COLLATE "C")
               FROM (${query}) counts), '[]'::json)`;

export const PARENT_CENTER_SQL = `${PARENT_CENTER_RECORDS}
SELECT json_build_object(
  'parentsServed', (SELECT count(*) FROM parents),
  'childrenServed', (SELECT count(*) FROM children),
  'contacts', (SELECT count(*) FROM contacts),
  'informationAndReferral', (SELECT count(*) FROM contacts WHERE case_id IS NULL),
  'contactMinutes', (SELECT COALESCE(sum(duration_minutes), 0) FROM contacts),
  'contactsByAudience', ${counted(`SELECT ${AUDIENCE} || ':' || ${CHANNEL_GROUP} AS key, count(*) AS n
                                      FROM contacts c GROUP BY 1`)},
  'contactsByPartyAndChannel', ${counted(`SELECT c.party || ':' || c.channel AS key, count(*) AS n
                                            FROM contacts c GROUP BY 1`)},
  'contactsByLanguage', ${counted(`SELECT c.language AS key, count(*) AS n FROM contacts c GROUP BY 1`)},
  'contactsByTopic', ${counted(`SELECT t AS key, count(*) AS n FROM contacts c, unnest(c.topics) t GROUP BY 1`)},
  'meetingsByKind', ${counted(`SELECT kind AS key, count(*) AS n FROM meetings GROUP BY 1`)},
  'parentsByLanguage', ${counted(`SELECT ${PARENT_LANGUAGE} AS key, count(*) AS n
                                     FROM parents p
                                     LEFT JOIN guardian g ON g.organization_id = $3::uuid AND g.id = p.guardian_id
                                    GROUP BY 1`)},
  'childrenByDisability', ${counted(`SELECT COALESCE(s.primary_disability, 'NOT_RECORDED') AS key, count(*) AS n
                                        FROM children ch
                                        JOIN student s ON s.organization_id = $3::uuid AND s.id = ch.student_id
                                       GROUP BY 1`)},
  'outreach', COALESCE((SELECT json_agg(row_to_json(o)) FROM (
                  SELECT kind, format, count(*) AS events, sum(parents) AS parents,
                         sum(professionals) AS professionals, sum(students) AS students
                    FROM outreach GROUP BY kind, format) o), '[]'::json),
  'childrenByRaceEthnicity', ${counted(`SELECT COALESCE(s.race_ethnicity, 'NOT_RECORDED') AS key, count(*) AS n
                                           FROM children ch
                                           JOIN student s ON s.organization_id = $3::uuid AND s.id = ch.student_id
                                          GROUP BY 1`)}
) AS report`;

/**
 * The records behind one figure, for the members allowed to read family records: $4 which
 * figure, $5 its key (an audience and channel group "PARENTS:PHONE", a meeting kind, or an
 * outreach kind and format "TRAINING:VIRTUAL"; null for the others). Each row: what it is, its id, its case, a label and its day.
 */
export const PARENT_CENTER_RECORDS_SQL = `${PARENT_CENTER_RECORDS}
SELECT 'CONTACT' AS kind, c.id, c.case_id, c.party || ' ' || c.channel AS label,
       (c.occurred_at AT TIME ZONE (SELECT time_zone FROM zone))::date::text AS day
  FROM contacts c
 WHERE $4::text = 'CONTACTS' AND ($5::text IS NULL OR ${AUDIENCE} || ':' || ${CHANNEL_GROUP} = $5::text)
UNION ALL
SELECT 'MEETING', m.id, m.case_id, m.kind,
       (m.starts_at AT TIME ZONE (SELECT time_zone FROM zone))::date::text
  FROM meetings m
 WHERE $4::text = 'MEETINGS' AND ($5::text IS NULL OR m.kind = $5::text)
UNION ALL
SELECT 'OUTREACH', o.id, NULL, o.title, o.held_on::text
  FROM outreach o
 WHERE $4::text = 'OUTREACH' AND ($5::text IS NULL OR o.kind || ':' || o.format = $5::text)
UNION ALL
SELECT CASE WHEN g.id IS NULL THEN 'PARENT_NOT_ON_FILE' ELSE 'GUARDIAN' END,
       g.id, NULL, COALESCE(g.name, p.name, ''), NULL
  FROM parents p
  LEFT JOIN guardian g ON g.organization_id = $3::uuid AND g.id = p.guardian_id
 WHERE $4::text = 'PARENTS_SERVED'
UNION ALL
SELECT 'STUDENT', s.id, NULL, s.name, NULL
  FROM children ch
  JOIN student s ON s.organization_id = $3::uuid AND s.id = ch.student_id
 WHERE $4::text = 'CHILDREN_SERVED'
ORDER BY 5 NULLS LAST, 4, 2`;
