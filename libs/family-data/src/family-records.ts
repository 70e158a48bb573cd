/**
 * Where a family's records are, table by table, and what in each is personal. The one map
 * that both the export (everything held about a family) and the erasure (the personal part
 * of it removed) read, so the two cannot disagree. `$1` is the family's id and `$2` its
 * guardians' email addresses, lower-cased (read before anything is erased: the erasure
 * removes them); row-level security keeps every statement inside the caller's organization.
 *
 * A new table that holds a family's data belongs here. The erasure test searches every
 * table of the database for the family's names, emails and phone numbers after erasing, so
 * a table left out is found.
 */
export interface FamilyTable {
  table: string;
  /** Selects the family's rows of the table. */
  where: string;
  /** Columns never exported (secrets). */
  secret?: readonly string[];
  /** Personal columns and the SQL expression that replaces them on erasure. */
  erase?: Readonly<Record<string, string>>;
  /** Rows that exist only for a person (access, sessions): deleted on erasure. */
  deleteOnErase?: boolean;
}

const CASES = `SELECT id FROM case_record WHERE family_id = $1`;
const STUDENTS = `SELECT id FROM student WHERE family_id = $1`;
const REQUESTS = `SELECT id FROM written_request WHERE case_id IN (${CASES})`;
const MEETINGS = `SELECT id FROM meeting WHERE case_id IN (${CASES})`;
/** Replies captured about the family's requests: filed under one, or suggested for one. */
const INBOUND = `SELECT id FROM inbound_message
  WHERE request_id IN (${REQUESTS}) OR suggested_request_id IN (${REQUESTS})`;
/** Where the bytes of the family's documents are kept. */
export const DOCUMENT_KEYS = `SELECT organization_id, storage_key FROM document WHERE case_id IN (${CASES})`;
const ENTRIES = `SELECT id FROM attendance_entry WHERE student_id IN (${STUDENTS})`;

/** Text that says something was here without saying what. */
const ERASED = `'[erased]'`;
const ERASED_IF_SET = (column: string) =>
  `CASE WHEN "${column}" IS NULL THEN NULL ELSE ${ERASED} END`;

export const FAMILY_TABLES: readonly FamilyTable[] = [
  {
    table: 'family',
    where: `id = $1`,
    erase: { household_name: `'Erased family'`, notes: `''` },
  },
  {
    table: 'guardian',
    where: `family_id = $1`,
    erase: { name: `'Erased guardian'`, email: 'NULL', phone: 'NULL' },
  },
  {
    table: 'student',
    where: `family_id = $1`,
    erase: { name: `'Erased student'`, date_of_birth: 'NULL', notes: `''` },
  },
  {
    table: 'case_record',
    where: `family_id = $1`,
    erase: { title: `'Erased case'`, outcome_notes: `''` },
  },
  { table: 'case_assignment', where: `case_id IN (${CASES})` },
  {
    table: 'parent_survey_invitation',
    where: `case_id IN (${CASES})`,
    secret: ['token_hash'],
    // The answers stay, so the survey's figures do not change; the address, the guardian's
    // own words and the link (it stops working) go.
    erase: {
      email: `''`,
      comment: `CASE WHEN "comment" = '' THEN '' ELSE ${ERASED} END`,
      token_hash: `CASE WHEN "token_hash" IS NULL THEN NULL ELSE 'erased:' || "id" END`,
    },
  },
  {
    table: 'parent_survey_answer',
    where: `invitation_id IN (SELECT id FROM parent_survey_invitation WHERE case_id IN (${CASES}))`,
  },
  { table: 'case_status_change', where: `case_id IN (${CASES})`, erase: { reason: `''` } },
  { table: 'case_note', where: `case_id IN (${CASES})`, erase: { body: ERASED } },
  { table: 'family_message', where: `case_id IN (${CASES})`, erase: { body: ERASED } },
  {
    table: 'contact_log_entry',
    // On the family's cases, or with one of its guardians before there was a case.
    where: `case_id IN (${CASES}) OR guardian_id IN (SELECT id FROM guardian WHERE family_id = $1)`,
    erase: { note: `''`, with_whom: `''` },
  },
  {
    table: 'written_request',
    where: `case_id IN (${CASES})`,
    erase: {
      subject: ERASED,
      body: `''`,
      recipient_note: `''`,
      override_reason: ERASED_IF_SET('override_reason'),
      withdrawn_reason: ERASED_IF_SET('withdrawn_reason'),
    },
  },
  { table: 'request_recipient', where: `request_id IN (${REQUESTS})` },
  {
    // The address the school answers to: not personal; it keeps working after an erasure,
    // and what arrives there is filed under the erased request.
    table: 'request_reply_address',
    where: `request_id IN (${REQUESTS})`,
    secret: ['token', 'token_hash'],
  },
  {
    table: 'inbound_message',
    where: `id IN (${INBOUND})`,
    // The school's words about the family go, the message as received with them, and the
    // addresses it went to (a guardian copied, a guardian's bounced copy); who wrote, when, how
    // it was filed and whether it bounced stay (the record that a reply came).
    erase: {
      subject: ERASED,
      text_body: `''`,
      html_body: 'NULL',
      raw: `'\\x'::bytea`,
      thread_references: `'{}'`,
      to_addresses: `'{}'`,
      envelope_recipients: `'{}'`,
      bounce_recipient: ERASED_IF_SET('bounce_recipient'),
      bounce_diagnostic: ERASED_IF_SET('bounce_diagnostic'),
      parse_problems: `'{}'`,
    },
  },
  {
    table: 'inbound_attachment',
    where: `message_id IN (${INBOUND})`,
    deleteOnErase: true,
  },
  // Documents on the family's cases: the records go, and their bytes with them (the erasure
  // removes them from the document storage once it committed).
  { table: 'document', where: `case_id IN (${CASES})`, deleteOnErase: true },
  {
    table: 'request_attachment',
    where: `request_id IN (${REQUESTS})`,
    erase: { description: `''`, file_name: `'erased'` },
  },
  { table: 'school_response', where: `request_id IN (${REQUESTS})`, erase: { summary: `''` } },
  {
    table: 'commitment',
    where: `request_id IN (${REQUESTS})`,
    erase: { description: ERASED, data_what: `''`, data_how: `''`, meanwhile: `''` },
  },
  {
    table: 'follow_up',
    where: `case_id IN (${CASES})`,
    erase: {
      sent_subject: ERASED_IF_SET('sent_subject'),
      sent_body: ERASED_IF_SET('sent_body'),
      edited_subject: ERASED_IF_SET('edited_subject'),
      edited_body: ERASED_IF_SET('edited_body'),
      last_error: ERASED_IF_SET('last_error'),
      cancelled_reason: ERASED_IF_SET('cancelled_reason'),
      // The school's contacts stay (they are the school's, and the evidence of who was
      // written to); the family's own addresses go.
      recipients: withoutGuardians('recipients'),
      cc: withoutGuardians('cc'),
    },
  },
  { table: 'meeting', where: `case_id IN (${CASES})`, erase: { notes: `''`, location: `''` } },
  {
    table: 'meeting_attendee',
    where: `meeting_id IN (${MEETINGS})`,
    // Attendees named by hand (no contact, no member) are the family's people.
    erase: {
      name: `CASE WHEN contact_id IS NULL AND membership_id IS NULL THEN 'Erased attendee' ELSE name END`,
    },
  },
  { table: 'meeting_task', where: `meeting_id IN (${MEETINGS})` },
  { table: 'support', where: `student_id IN (${STUDENTS})`, erase: { notes: `''` } },
  {
    table: 'attendance_entry',
    where: `student_id IN (${STUDENTS})`,
    erase: { notes: `''`, student_response: `''` },
  },
  { table: 'attendance_entry_support', where: `entry_id IN (${ENTRIES})` },
  {
    table: 'portal_access',
    where: `guardian_id IN (SELECT id FROM guardian WHERE family_id = $1)`,
    deleteOnErase: true,
  },
  {
    table: 'portal_session',
    where: `lower(email) = ANY($2::text[]) AND organization_id = (SELECT organization_id FROM family WHERE id = $1)`,
    secret: ['token_hash'],
    deleteOnErase: true,
  },
];

/** A recipients list with the family's guardians' addresses and names taken out. */
function withoutGuardians(column: string): string {
  return `(SELECT coalesce(jsonb_agg(CASE WHEN lower(r->>'email') = ANY($2::text[])
            THEN jsonb_build_object('name', 'Erased guardian', 'email', NULL) ELSE r END), '[]'::jsonb)
           FROM jsonb_array_elements("${column}") AS r)`;
}

/** Every id of a record that belongs to the family (for its audit events). */
export const FAMILY_RECORD_IDS = FAMILY_TABLES.map(
  ({ table, where }) => `SELECT id::text FROM "${table}" WHERE ${where}`,
).join('\nUNION ALL\n');

/** The parameters a statement of this map takes: the family's id, and its addresses if used. */
export function familyParameters(sql: string, familyId: string, emails: readonly string[]) {
  return sql.includes('$2') ? [familyId, emails] : [familyId];
}

/** The guardians' addresses, lower-cased, as `$2` expects them. */
export const GUARDIAN_EMAILS = `SELECT coalesce(array_agg(DISTINCT lower(email)), '{}') AS emails
  FROM guardian WHERE family_id = $1 AND email IS NOT NULL`;
