import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

/** The ids of one organization's case records, written by seedCaseRecords. */
export interface CaseRecordIds {
  districtId: string;
  schoolYearId: string;
  schoolId: string;
  contactId: string;
  familyId: string;
  guardianId: string;
  studentId: string;
  caseId: string;
  supportId: string;
  entryId: string;
  requestId: string;
  responseId: string;
  meetingId: string;
  followUpId: string;
  surveyQuestionId: string;
  surveyInvitationId: string;
  documentId: string;
  inboundMessageId: string;
}

/**
 * One row in every case-record table for the organization set on `client`'s transaction,
 * written as the application role (so row-level security checks each insert).
 */
export async function seedCaseRecords(
  client: Client,
  organizationId: string,
  membershipId: string,
  label: string,
): Promise<CaseRecordIds> {
  const one = async (sql: string, params: unknown[]): Promise<string> =>
    ((await client.query<{ id: string }>(`${sql} RETURNING id`, params)).rows[0] as { id: string })
      .id;
  const org = organizationId;
  const districtId = await one(
    `INSERT INTO district (organization_id, name, state, time_zone) VALUES ($1, $2, 'TX', 'America/Chicago')`,
    [org, `${label} ISD`],
  );
  const schoolYearId = await one(
    `INSERT INTO school_year (organization_id, district_id, label, first_day, last_day)
     VALUES ($1, $2, '2025-26', '2025-08-18', '2026-06-05')`,
    [org, districtId],
  );
  await one(
    `INSERT INTO non_school_day (organization_id, school_year_id, date, label) VALUES ($1, $2, '2025-09-01', 'Labor Day')`,
    [org, schoolYearId],
  );
  const schoolId = await one(
    `INSERT INTO school (organization_id, district_id, name) VALUES ($1, $2, $3)`,
    [org, districtId, `${label} Middle`],
  );
  const contactId = await one(
    `INSERT INTO school_contact (organization_id, district_id, school_id, name, role, email)
     VALUES ($1, $2, $3, 'Pat Principal', 'PRINCIPAL', 'pat@example.org')`,
    [org, districtId, schoolId],
  );
  await one(
    `INSERT INTO escalation_step (organization_id, school_id, contact_id, position) VALUES ($1, $2, $3, 1)`,
    [org, schoolId, contactId],
  );
  const familyId = await one(
    `INSERT INTO family (organization_id, household_name) VALUES ($1, $2)`,
    [org, `${label} household`],
  );
  const guardianId = await one(
    `INSERT INTO guardian (organization_id, family_id, name, relationship) VALUES ($1, $2, 'Alex', 'mother')`,
    [org, familyId],
  );
  const studentId = await one(
    `INSERT INTO student (organization_id, family_id, name, school_id) VALUES ($1, $2, 'Sam', $3)`,
    [org, familyId, schoolId],
  );
  const caseId = await one(
    `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, opened_on)
     VALUES ($1, $2, $3, 'School refusal', '{SCHOOL_REFUSAL}', '2025-10-01')`,
    [org, familyId, studentId],
  );
  await one(
    `INSERT INTO case_assignment (organization_id, case_id, membership_id) VALUES ($1, $2, $3)`,
    [org, caseId, membershipId],
  );
  await one(
    `INSERT INTO case_status_change (organization_id, case_id, to_status) VALUES ($1, $2, 'INTAKE')`,
    [org, caseId],
  );
  await one(
    `INSERT INTO case_note (organization_id, case_id, body) VALUES ($1, $2, 'Intake call')`,
    [org, caseId],
  );
  await one(
    `INSERT INTO family_message (organization_id, case_id, guardian_id, body)
     VALUES ($1, $2, $3, 'He would not get out of the car today.')`,
    [org, caseId, guardianId],
  );
  await one(
    `INSERT INTO contact_log_entry (organization_id, case_id, guardian_id, party, channel, direction, occurred_at)
     VALUES ($1, $2, $3, 'GUARDIAN', 'PHONE', 'INCOMING', now())`,
    [org, caseId, guardianId],
  );
  await one(
    `INSERT INTO outreach_activity (organization_id, kind, title, held_on, format, parents)
     VALUES ($1, 'TRAINING', 'Your rights at an IEP meeting', '2025-10-09', 'IN_PERSON', 12)`,
    [org],
  );
  const supportId = await one(
    `INSERT INTO support (organization_id, student_id, name, started_on) VALUES ($1, $2, 'Late start', '2025-10-06')`,
    [org, studentId],
  );
  const entryId = await one(
    `INSERT INTO attendance_entry (organization_id, student_id, date, status) VALUES ($1, $2, '2025-10-07', 'PARTIAL')`,
    [org, studentId],
  );
  await one(
    `INSERT INTO attendance_entry_support (organization_id, entry_id, support_id) VALUES ($1, $2, $3)`,
    [org, entryId, supportId],
  );
  await one(`INSERT INTO observation_tag (organization_id, label) VALUES ($1, 'fire drills')`, [
    org,
  ]);
  const requestId = await one(
    `INSERT INTO written_request (organization_id, case_id, type, subject, status, sent_on, received_on)
     VALUES ($1, $2, 'EVALUATION', 'Request for evaluation', 'SENT', '2025-10-06', '2025-10-06')`,
    [org, caseId],
  );
  await one(
    `INSERT INTO request_recipient (organization_id, request_id, contact_id, position) VALUES ($1, $2, $3, 1)`,
    [org, requestId, contactId],
  );
  await one(
    `INSERT INTO request_attachment (organization_id, request_id, file_name) VALUES ($1, $2, 'letter.pdf')`,
    [org, requestId],
  );
  const responseId = await one(
    `INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome, reasons)
     VALUES ($1, $2, '2025-10-20', 'EMAIL', 'DEFERRED_NEEDS_DATA', '{LACK_OF_DATA}')`,
    [org, requestId],
  );
  await one(
    `INSERT INTO commitment (organization_id, request_id, response_id, description, due_on)
     VALUES ($1, $2, $3, 'Six weeks of SST data', '2025-12-01')`,
    [org, requestId, responseId],
  );
  await one(`INSERT INTO organization_setting (organization_id) VALUES ($1)`, [org]);
  const meetingId = await one(
    `INSERT INTO meeting (organization_id, case_id, starts_at, kind) VALUES ($1, $2, '2025-11-14T15:00:00Z', 'IEP')`,
    [org, caseId],
  );
  await one(
    `INSERT INTO meeting_attendee (organization_id, meeting_id, contact_id) VALUES ($1, $2, $3)`,
    [org, meetingId, contactId],
  );
  await one(
    `INSERT INTO meeting_task (organization_id, meeting_id, kind, due_on, due_at)
     VALUES ($1, $2, 'CONCERNS_BEFORE', '2025-11-12', '2025-11-13T05:59:59Z')`,
    [org, meetingId],
  );
  await one(
    `INSERT INTO letter_template (organization_id, request_type, subject, body) VALUES ($1, 'RECORDS', 's', 'b')`,
    [org],
  );
  await one(
    `INSERT INTO deadline_rule_override (organization_id, rule_id, kind, change, reason)
     VALUES ($1, 'F2', 'DISABLE', '{}', 'test')`,
    [org],
  );
  await one(`INSERT INTO follow_up_policy (organization_id) VALUES ($1)`, [org]);
  const followUpId = await one(
    `INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence, scheduled_at)
     VALUES ($1, $2, $3, $4, 'SCHOOL_FOLLOW_UP', 1, '2025-10-22T13:00:00Z')`,
    [org, caseId, requestId, `request/${requestId}`],
  );
  await one(
    `INSERT INTO follow_up_attempt (organization_id, follow_up_id, attempt, message_id, started_at, outcome)
     VALUES ($1, $2, 1, $3, '2025-10-22T13:00:01Z', 'TEMPORARY_FAILURE')`,
    [org, followUpId, `<attempt-${label}@onrecord.test>`],
  );
  await one(
    `INSERT INTO follow_up_template (organization_id, kind, subject, body) VALUES ($1, 'ESCALATION', 's', 'b')`,
    [org],
  );
  await one(
    `INSERT INTO advocate_digest (organization_id, user_id, digest_date, message_id)
     VALUES ($1, gen_random_uuid(), '2025-10-22', '<digest@onrecord.test>')`,
    [org],
  );
  await one(
    `INSERT INTO reporting_api_key (organization_id, name, prefix, key_hash) VALUES ($1, 'Board', 'ork_abc', $2)`,
    [org, `key-hash-${label}`],
  );
  // Both organizations' guardians sign in to the portal with the same address.
  await one(
    `INSERT INTO portal_access (organization_id, guardian_id, email, invited_at)
     VALUES ($1, $2, 'shared-parent@example.org', now())`,
    [org, guardianId],
  );
  await one(
    `INSERT INTO parent_survey (organization_id, comment_prompt_en, comment_prompt_es) VALUES ($1, 'Anything else?', '¿Algo más?')`,
    [org],
  );
  const surveyQuestionId = await one(
    `INSERT INTO parent_survey_question (organization_id, position, text_en, text_es)
     VALUES ($1, 1, 'I know my child’s rights better.', 'Conozco mejor los derechos de mi hijo.')`,
    [org],
  );
  const surveyInvitationId = await one(
    `INSERT INTO parent_survey_invitation (organization_id, case_id, guardian_id, email, language, reason,
       token_hash, sent_at, expires_at, answered_at, comment)
     VALUES ($1, $2, $3, 'alex@example.org', 'es', 'CASE_ENDED', $4, now(), now() + interval '60 days', now(), 'Gracias')`,
    [org, caseId, guardianId, `survey-hash-${label}`],
  );
  await one(
    `INSERT INTO parent_survey_answer (organization_id, invitation_id, question_id, rating) VALUES ($1, $2, $3, 5)`,
    [org, surveyInvitationId, surveyQuestionId],
  );
  // A school's reply, captured at the request's reply address (request_reply_address: the
  // database gave the request one as it was inserted), with a file.
  const inboundMessageId = await one(
    `INSERT INTO inbound_message (organization_id, status, match, request_id, channel, message_id,
       from_address, subject, text_body, raw, size_bytes)
     VALUES ($1, 'UNCLASSIFIED', 'REPLY_ADDRESS', $2, 'SMTP', $3, 'pat@example.org',
       'Re: Evaluation', 'We will evaluate.', convert_to('Subject: Re: Evaluation', 'UTF8'), 23)`,
    [org, requestId, `<reply-${label}@school.example.org>`],
  );
  // The admin's calendar feed of every case (its token's hash only).
  await one(
    `INSERT INTO calendar_feed (organization_id, membership_id, kind, token_hash) VALUES ($1, $2, 'ORGANIZATION', $3)`,
    [org, membershipId, `feed-hash-${label}`],
  );
  // The columns its admin mapped for a families import.
  await one(
    `INSERT INTO import_mapping (organization_id, kind, columns) VALUES ($1, 'families', $2)`,
    [org, JSON.stringify({ guardianName: 'Parent', studentName: 'Student' })],
  );
  await one(
    `INSERT INTO inbound_attachment (organization_id, message_id, position, filename, content_type,
       size_bytes, content)
     VALUES ($1, $2, 1, 'consent.pdf', 'application/pdf', 4, '\\x25504446')`,
    [org, inboundMessageId],
  );
  // A document on the case, on its request (its bytes are not in any storage: the record only).
  const documentId = await one(
    `INSERT INTO document (organization_id, case_id, request_id, kind, title, file_name,
       content_type, size_bytes, sha256, storage_key)
     VALUES ($1, $2, $3, 'SCHOOL_LETTER', 'Prior written notice', 'notice.pdf', 'application/pdf',
       4, 'e3b0c442', $4)`,
    [org, caseId, requestId, `${org}/${randomUUID()}`],
  );
  return {
    documentId,
    inboundMessageId,
    surveyQuestionId,
    surveyInvitationId,
    meetingId,
    districtId,
    schoolYearId,
    schoolId,
    contactId,
    familyId,
    guardianId,
    studentId,
    caseId,
    supportId,
    entryId,
    requestId,
    responseId,
    followUpId,
  };
}
