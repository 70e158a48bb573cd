import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { seedCaseRecords } from '@onrecord/migrations/testing';

/** An organization of the fault harness: one case, one school contact with its own address. */
export interface FaultOrganization {
  id: string;
  caseId: string;
  contactId: string;
  contactEmail: string;
}

/** What a phase made owed: each follow-up's id, Message-ID key parts and addressee. */
export interface OwedFollowUp {
  id: string;
  organizationId: string;
  contactEmail: string;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * `count` organizations with a case each and a school contact whose address names the
 * organization, under a policy that sends at any hour and does not write to families (the
 * harness counts messages to schools).
 */
export function seedOrganizations(adminUrl: string, count: number): Promise<FaultOrganization[]> {
  return withClient(adminUrl, async (client) => {
    const organizations: FaultOrganization[] = [];
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const userId = randomUUID();
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO app_user (id, email, name, password_hash) VALUES ($1, $2, $3, 'x')`,
        [userId, `advocate-${i}-${id.slice(0, 8)}@faults.example.org`, `Advocate ${i}`],
      );
      await client.query(
        `INSERT INTO organization (id, name, time_zone, home_state) VALUES ($1, $2, 'America/Chicago', 'TX')`,
        [id, `Fault organization ${i}`],
      );
      const membership = await client.query<{ id: string }>(
        `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ADVOCATE') RETURNING id`,
        [id, userId],
      );
      const records = await seedCaseRecords(
        client,
        id,
        membership.rows[0]!.id,
        `faults-${id.slice(0, 8)}`,
      );
      // The seed's one-of-everything is for isolation tests, not data a worker should meet.
      await client.query(`DELETE FROM follow_up WHERE organization_id = $1`, [id]);
      await client.query(`DELETE FROM deadline_rule_override WHERE organization_id = $1`, [id]);
      await client.query(
        `UPDATE follow_up_policy SET sending_window_start = '00:00', sending_window_end = '24:00',
                sending_days = 'EVERY_DAY', notify_guardians = false WHERE organization_id = $1`,
        [id],
      );
      const contactEmail = `principal-${id}@school.faults.example.org`;
      await client.query(`UPDATE school_contact SET email = $2 WHERE id = $1`, [
        records.contactId,
        contactEmail,
      ]);
      await client.query('COMMIT');
      organizations.push({
        id,
        caseId: records.caseId,
        contactId: records.contactId,
        contactEmail,
      });
    }
    return organizations;
  });
}

/**
 * `perOrganization` written requests in each organization, sent to its contact 60 days ago
 * and unanswered, and their first follow-ups PLANNED and overdue — what the planner writes
 * for such requests — all in one transaction. The worker's sweep finds and queues them.
 */
export function makeOwed(
  adminUrl: string,
  organizations: readonly FaultOrganization[],
  perOrganization: number,
  label: string,
): Promise<OwedFollowUp[]> {
  return withClient(adminUrl, async (client) => {
    await client.query('BEGIN');
    const owed: OwedFollowUp[] = [];
    for (const org of organizations) {
      const rows = await client.query<{ id: string }>(
        `WITH r AS (
           INSERT INTO written_request (organization_id, case_id, type, subject, body, status, channel,
                                        sent_on, received_on, due_on, due_at)
           SELECT $1, $2, 'RECORDS', $5 || ' ' || n, 'Please send the records.', 'SENT', 'EMAIL',
                  current_date - 60, current_date - 60, current_date - 15, now() - interval '15 days'
             FROM generate_series(1, $4::int) n RETURNING id, organization_id, case_id),
         rr AS (
           INSERT INTO request_recipient (organization_id, request_id, contact_id, position)
           SELECT $1, r.id, $3, 1 FROM r)
         INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence,
                                recipients, scheduled_at, status)
         SELECT r.organization_id, r.case_id, r.id, 'request/' || r.id, 'SCHOOL_FOLLOW_UP', 1,
                jsonb_build_array(jsonb_build_object('name', 'Pat Principal', 'email', $6::text, 'contactId', $3::text)),
                now() - interval '14 days', 'PLANNED'
           FROM r
         RETURNING id`,
        [
          org.id,
          org.caseId,
          org.contactId,
          perOrganization,
          `Records request ${label}`,
          org.contactEmail,
        ],
      );
      owed.push(
        ...rows.rows.map((row) => ({
          id: row.id,
          organizationId: org.id,
          contactEmail: org.contactEmail,
        })),
      );
    }
    await client.query('COMMIT');
    return owed;
  });
}

/** Each follow-up's Message-ID as recorded (null when never claimed), and its status. */
export function recordedFollowUps(
  adminUrl: string,
  ids: readonly string[],
): Promise<Map<string, { messageId: string | null; status: string }>> {
  return withClient(adminUrl, async (client) => {
    const rows = await client.query<{ id: string; message_id: string | null; status: string }>(
      `SELECT id, message_id, status FROM follow_up WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.rows.map((r) => [r.id, { messageId: r.message_id, status: r.status }]));
  });
}

/** Every Message-ID OnRecord has given a follow-up, with the address it belongs to. */
export function allMessageIds(adminUrl: string): Promise<Map<string, string>> {
  return withClient(adminUrl, async (client) => {
    const rows = await client.query<{ message_id: string; email: string }>(
      `SELECT message_id, recipients->0->>'email' AS email FROM follow_up WHERE message_id IS NOT NULL`,
    );
    return new Map(rows.rows.map((r) => [r.message_id, r.email]));
  });
}

/**
 * Of these follow-ups, how many show on record that they went out more than once: an
 * attempt left INTERRUPTED (the server may have taken it then) before the accepted one, or
 * two accepted attempts.
 */
export function resendsOnRecord(adminUrl: string, ids: readonly string[]): Promise<number> {
  if (!ids.length) return Promise.resolve(0);
  return withClient(adminUrl, async (client) => {
    const rows = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT follow_up_id FROM follow_up_attempt
          WHERE follow_up_id = ANY($1::uuid[])
          GROUP BY follow_up_id
         HAVING count(*) FILTER (WHERE outcome = 'ACCEPTED') >= 1
            AND count(*) FILTER (WHERE outcome IN ('ACCEPTED', 'INTERRUPTED')) >= 2) twice`,
      [ids],
    );
    return rows.rows[0]?.n ?? 0;
  });
}
