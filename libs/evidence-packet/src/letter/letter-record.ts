import { type DataScope, isUuid } from '@onrecord/platform/database';
import { notFound } from '@onrecord/platform/errors';
import { OrganizationSettingsService, organizationToday } from '@onrecord/organizations';

/** What a written request's letter prints: the letterhead, the addressees, the letter. */
export interface LetterRecord {
  organization: { name: string; address: string; phone: string; email: string };
  /** The day it went out, or today for a draft. */
  date: string;
  draft: boolean;
  subject: string;
  body: string;
  studentName: string;
  recipients: Array<{
    name: string;
    title: string | null;
    role: string | null;
    email: string | null;
    school: string | null;
    district: string | null;
  }>;
  /** Who signs: who wrote the request, else the first advocate assigned to the case. */
  advocate: { name: string; email: string } | null;
}

/** Reads a request's letter under the caller's row-level security. */
export async function readLetter(
  scope: DataScope,
  settings: OrganizationSettingsService,
  requestId: string,
): Promise<LetterRecord> {
  if (!isUuid(requestId)) throw notFound('WrittenRequest');
  const [row] = (await scope.manager.query(
    `SELECT r.subject, r.body, r.status, to_char(r.sent_on, 'YYYY-MM-DD') AS "sentOn",
            o.name AS "organizationName", s.name AS "studentName", r.case_id AS "caseId",
            r.created_by_user_id AS "createdBy"
       FROM written_request r
       JOIN case_record c ON c.id = r.case_id
       JOIN student s ON s.id = c.student_id
       JOIN organization o ON o.id = r.organization_id
      WHERE r.id = $1 AND r.archived_at IS NULL`,
    [requestId],
  )) as Array<{
    subject: string;
    body: string;
    status: string;
    sentOn: string | null;
    organizationName: string;
    studentName: string;
    caseId: string;
    createdBy: string | null;
  }>;
  if (!row) throw notFound('WrittenRequest');
  const recipients: LetterRecord['recipients'] = await scope.manager.query(
    `SELECT c.name, nullif(c.title, '') AS title, c.role, nullif(c.email, '') AS email,
            sc.name AS school, d.name AS district
       FROM request_recipient rr
       JOIN school_contact c ON c.id = rr.contact_id
       LEFT JOIN school sc ON sc.id = c.school_id
       LEFT JOIN district d ON d.id = c.district_id
      WHERE rr.request_id = $1 ORDER BY rr.position`,
    [requestId],
  );
  const [advocate] = (await scope.manager.query(
    `SELECT u.name, u.email FROM app_user u
      WHERE u.id = $1
         OR u.id = (SELECT m.user_id FROM case_assignment a JOIN membership m ON m.id = a.membership_id
                     WHERE a.case_id = $2 ORDER BY a.created_at LIMIT 1)
      ORDER BY (u.id = $1) DESC NULLS LAST LIMIT 1`,
    [row.createdBy, row.caseId],
  )) as Array<{ name: string; email: string }>;
  const own = await settings.get(scope);
  return {
    organization: {
      name: row.organizationName,
      address: own.letterheadAddress,
      phone: own.letterheadPhone,
      email: own.letterheadEmail,
    },
    date: row.sentOn ?? (await organizationToday(scope)),
    draft: row.status === 'DRAFT',
    subject: row.subject,
    body: row.body,
    studentName: row.studentName,
    recipients,
    advocate: advocate ?? null,
  };
}
