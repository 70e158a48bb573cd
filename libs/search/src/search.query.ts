/**
 * The search, one statement: every searchable record of the organization whose search vector
 * matches `$1` (a tsquery's text, see searchTerms), best first, at most `$2`. Row-level security
 * limits every table to the organization. Archived records, and records of an archived case,
 * are left out, as lists leave them out. Snippets (`ts_headline`, the costly part) are made
 * for the rows returned only; the matched words are marked with U+0002 … U+0003, taken out of
 * the text first, and split into parts by the service: no markup reaches a client.
 *
 * `$3` is ts_headline's options. A family's, guardian's or student's case is their latest
 * one not archived.
 */
export const SEARCH_SQL = `
WITH q AS (SELECT to_tsquery('public.onrecord_search', $1) AS query),
hits AS (
  SELECT 'FAMILY' AS kind, f.id, NULL::uuid AS case_id, f.id AS family_id, NULL::uuid AS student_id,
         f.household_name AS title, NULL::text AS context,
         f.household_name || E'\\n' || f.notes AS text, ts_rank(f.search_vector, q.query) AS rank
    FROM family f, q
   WHERE f.search_vector @@ q.query AND f.archived_at IS NULL
  UNION ALL
  SELECT 'GUARDIAN', g.id, NULL, g.family_id, NULL, g.name, f.household_name, g.name,
         ts_rank(g.search_vector, q.query)
    FROM guardian g JOIN family f ON f.id = g.family_id, q
   WHERE g.search_vector @@ q.query AND g.archived_at IS NULL AND f.archived_at IS NULL
  UNION ALL
  SELECT 'STUDENT', s.id, NULL, s.family_id, s.id, s.name, f.household_name,
         s.name || E'\\n' || s.notes, ts_rank(s.search_vector, q.query)
    FROM student s JOIN family f ON f.id = s.family_id, q
   WHERE s.search_vector @@ q.query AND s.archived_at IS NULL AND f.archived_at IS NULL
  UNION ALL
  SELECT 'SCHOOL', sc.id, NULL, NULL, NULL, sc.name, d.name, sc.name,
         ts_rank(sc.search_vector, q.query)
    FROM school sc JOIN district d ON d.id = sc.district_id, q
   WHERE sc.search_vector @@ q.query AND sc.archived_at IS NULL
  UNION ALL
  SELECT 'CASE', c.id, c.id, NULL, NULL, c.title, f.household_name, c.title,
         ts_rank(c.search_vector, q.query)
    FROM case_record c JOIN family f ON f.id = c.family_id, q
   WHERE c.search_vector @@ q.query AND c.archived_at IS NULL
  UNION ALL
  SELECT 'REQUEST', r.id, r.case_id, NULL, NULL, r.subject, c.title,
         r.subject || E'\\n' || r.body, ts_rank(r.search_vector, q.query)
    FROM written_request r JOIN case_record c ON c.id = r.case_id, q
   WHERE r.search_vector @@ q.query AND r.archived_at IS NULL AND c.archived_at IS NULL
  UNION ALL
  SELECT 'SCHOOL_RESPONSE', sr.id, r.case_id, NULL, NULL, r.subject, c.title, sr.summary,
         ts_rank(sr.search_vector, q.query)
    FROM school_response sr JOIN written_request r ON r.id = sr.request_id
    JOIN case_record c ON c.id = r.case_id, q
   WHERE sr.search_vector @@ q.query AND sr.archived_at IS NULL AND r.archived_at IS NULL
     AND c.archived_at IS NULL
  UNION ALL
  SELECT 'NOTE', n.id, n.case_id, NULL, NULL, c.title, f.household_name, n.body,
         ts_rank(n.search_vector, q.query)
    FROM case_note n JOIN case_record c ON c.id = n.case_id JOIN family f ON f.id = c.family_id, q
   WHERE n.search_vector @@ q.query AND n.archived_at IS NULL AND c.archived_at IS NULL
  UNION ALL
  SELECT 'CONTACT', e.id, e.case_id, NULL, NULL, e.with_whom, c.title,
         e.with_whom || E'\\n' || e.note, ts_rank(e.search_vector, q.query)
    FROM contact_log_entry e LEFT JOIN case_record c ON c.id = e.case_id, q
   WHERE e.search_vector @@ q.query AND e.archived_at IS NULL AND c.archived_at IS NULL
),
top AS (SELECT * FROM hits ORDER BY rank DESC, kind, title, id LIMIT $2)
SELECT top.kind, top.id, top.title, top.context, top.rank,
       COALESCE(top.case_id, (
         SELECT c.id FROM case_record c
          WHERE c.archived_at IS NULL
            AND (c.student_id = top.student_id OR (top.student_id IS NULL AND c.family_id = top.family_id))
          ORDER BY c.opened_on DESC, c.id DESC LIMIT 1)) AS case_id,
       ts_headline('public.onrecord_search', translate(top.text, E'\\x02\\x03', ''), q.query, $3) AS snippet
  FROM top, q
 ORDER BY top.rank DESC, top.kind, top.title, top.id`;
