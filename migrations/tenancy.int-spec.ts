import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DataScopes, dataSourceOptions } from '@onrecord/platform/database';
import {
  createTestDatabase,
  testServices,
  type TestDatabase,
} from '@onrecord/platform/database/testing';
import { ENTITIES } from './catalog';
import { seedCaseRecords, type CaseRecordIds } from './seed-case-records.testing';

/**
 * Tenant isolation as a property of the database: every check here runs as the
 * application role, the role the api and worker use.
 */
interface Org {
  id: string;
  userId: string;
  membershipId: string;
  invitationId: string;
  records: CaseRecordIds;
}

/** Tables that hold an organization's rows, and how to make one for an organization. */
const TENANT_TABLES = [
  'organization',
  'membership',
  'invitation',
  'audit_event',
  'system_check',
  'district',
  'school_year',
  'non_school_day',
  'school',
  'school_contact',
  'escalation_step',
  'family',
  'guardian',
  'student',
  'case_record',
  'case_assignment',
  'case_status_change',
  'case_note',
  'family_message',
  'contact_log_entry',
  'outreach_activity',
  'support',
  'attendance_entry',
  'attendance_entry_support',
  'observation_tag',
  'written_request',
  'request_recipient',
  'request_attachment',
  'school_response',
  'commitment',
  'organization_setting',
  'meeting',
  'meeting_attendee',
  'meeting_task',
  'letter_template',
  'deadline_rule_override',
  'follow_up_policy',
  'follow_up',
  'follow_up_attempt',
  'follow_up_template',
  'advocate_digest',
  'reporting_api_key',
  'portal_access',
  'request_outcome',
  'parent_survey',
  'parent_survey_question',
  'parent_survey_invitation',
  'parent_survey_answer',
  'request_reply_address',
  'inbound_message',
  'inbound_attachment',
  'document',
  'calendar_feed',
  'import_mapping',
] as const;

describe('tenant isolation in PostgreSQL', () => {
  let db: TestDatabase;
  let a: Org;
  let b: Org;

  async function asApp<T>(
    settings: Record<string, string>,
    work: (client: Client) => Promise<T>,
  ): Promise<T> {
    const client = new Client({ connectionString: db.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      for (const [name, value] of Object.entries(settings)) {
        await client.query('SELECT set_config($1, $2, true)', [name, value]);
      }
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  }

  async function seedOrganization(label: string): Promise<Org> {
    const org: Org = {
      id: randomUUID(),
      userId: randomUUID(),
      membershipId: randomUUID(),
      invitationId: randomUUID(),
    } as Org;
    const email = `${label}-admin@example.org`;
    await asApp({ 'app.login_email': email }, (c) =>
      c.query('INSERT INTO app_user (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
        org.userId,
        email,
        label,
        'x',
      ]),
    );
    await asApp({ 'app.organization_id': org.id, 'app.user_id': org.userId }, async (c) => {
      await c.query(
        `INSERT INTO organization (id, name, time_zone, home_state) VALUES ($1, $2, 'America/Chicago', 'TX')`,
        [org.id, label],
      );
      await c.query(
        `INSERT INTO membership (id, organization_id, user_id, role) VALUES ($1, $2, $3, 'ADMIN')`,
        [org.membershipId, org.id, org.userId],
      );
      await c.query(
        `INSERT INTO invitation (id, organization_id, email, role, token_hash, invited_by_id, expires_at)
         VALUES ($1, $2, $3, 'ADVOCATE', $4, $5, now() + interval '1 day')`,
        [
          org.invitationId,
          org.id,
          `${label}-invitee@example.org`,
          `hash-${label}`,
          org.membershipId,
        ],
      );
      await c.query(
        `INSERT INTO audit_event (organization_id, actor_user_id, action, entity_type, entity_id, changes)
         VALUES ($1, $2, 'seed', 'Organization', $3, '{}')`,
        [org.id, org.userId, org.id],
      );
      await c.query(`INSERT INTO system_check (organization_id) VALUES ($1)`, [org.id]);
      org.records = await seedCaseRecords(c, org.id, org.membershipId, label);
      await c.query(
        `INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`,
        [org.userId, randomUUID(), `refresh-${label}`],
      );
    });
    return org;
  }

  const asA = <T>(work: (client: Client) => Promise<T>) =>
    asApp({ 'app.organization_id': a.id, 'app.user_id': a.userId }, work);

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await seedOrganization('a');
    b = await seedOrganization('b');
  });
  afterAll(() => db.drop());

  it('enables and forces row-level security, with read and write policies, on every table with organization_id', async () => {
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query<{
        table: string;
        enabled: boolean;
        forced: boolean;
        commands: string[];
      }>(`
        SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
               coalesce(array_agg(DISTINCT k.cmd) FILTER (WHERE k.cmd IS NOT NULL), '{}') AS commands
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
          LEFT JOIN pg_policy p ON p.polrelid = c.oid
          LEFT JOIN LATERAL (SELECT CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT'
                 WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS cmd) k ON p.oid IS NOT NULL
         WHERE c.relkind = 'r'
           AND EXISTS (SELECT 1 FROM information_schema.columns col
                        WHERE col.table_schema = 'public' AND col.table_name = c.relname
                          AND col.column_name IN ('organization_id'))
         GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity`);
      const tables = rows.map((r) => r.table).sort();
      // A portal session names the organization it looks at, but belongs to the guardian's
      // address (its policies, by hash or address, are checked below).
      expect(tables).toEqual(
        [...TENANT_TABLES.filter((t) => t !== 'organization'), 'portal_session'].sort(),
      );
      for (const row of rows) {
        expect({ table: row.table, enabled: row.enabled, forced: row.forced }).toEqual({
          table: row.table,
          enabled: true,
          forced: true,
        });
        expect(row.commands.some((cmd) => cmd === 'SELECT' || cmd === 'ALL')).toBe(true);
        expect(row.commands.some((cmd) => cmd === 'INSERT' || cmd === 'ALL')).toBe(true);
      }
      // Tables keyed by the organization itself or by a user are protected the same way.
      const others = await owner.query<{
        relname: string;
        relrowsecurity: boolean;
        relforcerowsecurity: boolean;
      }>(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
          WHERE relname IN ('organization', 'app_user', 'refresh_token', 'portal_sign_in_link', 'portal_session', 'sign_up_request')
          ORDER BY relname`,
      );
      expect(others.rows).toHaveLength(6);
      expect(others.rows.every((r) => r.relrowsecurity && r.relforcerowsecurity)).toBe(true);
    } finally {
      await owner.end();
    }
  });

  it('lets the application role see nothing when no organization is set', async () => {
    for (const table of [
      ...TENANT_TABLES,
      'app_user',
      'refresh_token',
      'portal_sign_in_link',
      'portal_session',
      'sign_up_request',
    ]) {
      const { rows } = await asApp({}, (c) => c.query(`SELECT count(*)::int AS n FROM "${table}"`));
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
  });

  it.each(TENANT_TABLES)(
    'shows organization A none of B’s %s rows, and lets it change none',
    async (table) => {
      const key = table === 'organization' ? 'id' : 'organization_id';
      const own = await asA((c) =>
        c.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${key}" = $1`, [a.id]),
      );
      expect(own.rows[0].n).toBeGreaterThan(0);
      const seen = await asA((c) =>
        c.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${key}" = $1`, [b.id]),
      );
      expect(seen.rows[0].n).toBe(0);
      if (table !== 'audit_event') {
        const updated = await asA((c) =>
          c.query(`UPDATE "${table}" SET "${key}" = "${key}" WHERE "${key}" = $1`, [b.id]),
        );
        expect(updated.rowCount).toBe(0);
        const deleted = await asA((c) =>
          c.query(`DELETE FROM "${table}" WHERE "${key}" = $1`, [b.id]),
        );
        expect(deleted.rowCount).toBe(0);
      }
    },
  );

  it('refuses rows written into another organization', async () => {
    await expect(
      asA((c) => c.query(`INSERT INTO system_check (organization_id) VALUES ($1)`, [b.id])),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asA((c) =>
        c.query(
          `INSERT INTO organization (id, name, time_zone, home_state) VALUES ($1, 'x', 'UTC', 'TX')`,
          [randomUUID()],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asA((c) =>
        c.query(
          `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ADMIN')`,
          [b.id, a.userId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asA((c) =>
        c.query(
          `INSERT INTO audit_event (organization_id, action, entity_type, changes) VALUES ($1, 'x', 'y', '{}')`,
          [b.id],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('refuses a row of A that points at a row of B, even with a guessed id', async () => {
    await expect(
      asA((c) =>
        c.query(
          `INSERT INTO invitation (organization_id, email, role, token_hash, invited_by_id, expires_at)
           VALUES ($1, 'x@example.org', 'ADVOCATE', 'h-x', $2, now() + interval '1 day')`,
          [a.id, b.membershipId],
        ),
      ),
    ).rejects.toThrow(/foreign key/);
  });

  // Each: what A tries, and its parameters (A's organization, B's id, A's own ids).
  it.each<[string, string, () => unknown[]]>([
    [
      'a student in B’s family',
      `INSERT INTO student (organization_id, family_id, name) VALUES ($1, $2, 'x')`,
      () => [a.id, b.records.familyId],
    ],
    [
      'a case about B’s student',
      `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, opened_on)
       VALUES ($1, $2, $3, 't', '{OTHER}', '2025-10-01')`,
      () => [a.id, a.records.familyId, b.records.studentId],
    ],
    [
      'a school in B’s district',
      `INSERT INTO school (organization_id, district_id, name) VALUES ($1, $2, 'x')`,
      () => [a.id, b.records.districtId],
    ],
    [
      'B’s contact in A’s escalation chain',
      `INSERT INTO escalation_step (organization_id, school_id, contact_id, position) VALUES ($1, $2, $3, 9)`,
      () => [a.id, a.records.schoolId, b.records.contactId],
    ],
    [
      'an attendance entry for B’s student',
      `INSERT INTO attendance_entry (organization_id, student_id, date, status) VALUES ($1, $2, '2025-10-08', 'FULL')`,
      () => [a.id, b.records.studentId],
    ],
    [
      'a written request on B’s case',
      `INSERT INTO written_request (organization_id, case_id, type, subject) VALUES ($1, $2, 'RECORDS', 'x')`,
      () => [a.id, b.records.caseId],
    ],
    [
      'B’s contact as a recipient of A’s request',
      `INSERT INTO request_recipient (organization_id, request_id, contact_id, position) VALUES ($1, $2, $3, 9)`,
      () => [a.id, a.records.requestId, b.records.contactId],
    ],
    [
      'a commitment of A on B’s response',
      `INSERT INTO commitment (organization_id, request_id, response_id, description, due_on)
       VALUES ($1, $2, $3, 'x', '2025-12-01')`,
      () => [a.id, a.records.requestId, b.records.responseId],
    ],
    [
      'a meeting task of A on B’s meeting',
      `INSERT INTO meeting_task (organization_id, meeting_id, kind, due_on, due_at)
       VALUES ($1, $2, 'SUMMARY_AFTER', '2025-11-18', now())`,
      () => [a.id, b.records.meetingId],
    ],
    [
      'a delivery attempt of A on B’s follow-up',
      `INSERT INTO follow_up_attempt (organization_id, follow_up_id, attempt, message_id, started_at)
       VALUES ($1, $2, 9, '<x@onrecord.test>', now())`,
      () => [a.id, b.records.followUpId],
    ],
    [
      'a family message on B’s case',
      `INSERT INTO family_message (organization_id, case_id, guardian_id, body) VALUES ($1, $2, $3, 'x')`,
      () => [a.id, b.records.caseId, a.records.guardianId],
    ],
    [
      'a family message by B’s guardian',
      `INSERT INTO family_message (organization_id, case_id, guardian_id, body) VALUES ($1, $2, $3, 'x')`,
      () => [a.id, a.records.caseId, b.records.guardianId],
    ],
    [
      'a contact logged on B’s case',
      `INSERT INTO contact_log_entry (organization_id, case_id, party, channel, direction, occurred_at)
       VALUES ($1, $2, 'STUDENT', 'PHONE', 'OUTGOING', now())`,
      () => [a.id, b.records.caseId],
    ],
    [
      'a survey invitation on B’s case',
      `INSERT INTO parent_survey_invitation (organization_id, case_id, guardian_id, email, language, reason)
       VALUES ($1, $2, $3, 'x@example.org', 'en', 'BY_HAND')`,
      () => [a.id, b.records.caseId, a.records.guardianId],
    ],
    [
      'a survey invitation to B’s guardian',
      `INSERT INTO parent_survey_invitation (organization_id, case_id, guardian_id, email, language, reason)
       VALUES ($1, $2, $3, 'x@example.org', 'en', 'BY_HAND')`,
      () => [a.id, a.records.caseId, b.records.guardianId],
    ],
    [
      'an answer to B’s survey invitation',
      `INSERT INTO parent_survey_answer (organization_id, invitation_id, question_id, rating) VALUES ($1, $2, $3, 4)`,
      () => [a.id, b.records.surveyInvitationId, a.records.surveyQuestionId],
    ],
    [
      'an answer to B’s survey question',
      `INSERT INTO parent_survey_answer (organization_id, invitation_id, question_id, rating) VALUES ($1, $2, $3, 4)`,
      () => [a.id, a.records.surveyInvitationId, b.records.surveyQuestionId],
    ],
    [
      'a contact logged with B’s guardian',
      `INSERT INTO contact_log_entry (organization_id, guardian_id, party, channel, direction, occurred_at)
       VALUES ($1, $2, 'GUARDIAN', 'PHONE', 'OUTGOING', now())`,
      () => [a.id, b.records.guardianId],
    ],
    [
      'a captured reply of A filed under B’s request',
      `INSERT INTO inbound_message (organization_id, status, match, request_id, channel, message_id, raw, size_bytes)
       VALUES ($1, 'UNCLASSIFIED', 'REPLY_ADDRESS', $2, 'SMTP', '<x@school.example.org>', '\\x00', 1)`,
      () => [a.id, b.records.requestId],
    ],
    [
      'a captured reply of A suggesting B’s request',
      `INSERT INTO inbound_message (organization_id, status, match, suggested_request_id, channel, message_id, raw, size_bytes)
       VALUES ($1, 'UNCLASSIFIED', 'SENDER_SUGGESTION', $2, 'SMTP', '<y@school.example.org>', '\\x00', 1)`,
      () => [a.id, b.records.requestId],
    ],
    [
      'a document of A on B’s case',
      `INSERT INTO document (organization_id, case_id, kind, title, file_name, content_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, 'IEP', 'IEP', 'iep.pdf', 'application/pdf', 1, 'x', 'tenancy-x')`,
      () => [a.id, b.records.caseId],
    ],
    [
      'a document of A on B’s request',
      `INSERT INTO document (organization_id, case_id, request_id, kind, title, file_name, content_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, $3, 'IEP', 'IEP', 'iep.pdf', 'application/pdf', 1, 'x', 'tenancy-y')`,
      () => [a.id, a.records.caseId, b.records.requestId],
    ],
    [
      'a document of A on B’s school response',
      `INSERT INTO document (organization_id, case_id, response_id, kind, title, file_name, content_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, $3, 'IEP', 'IEP', 'iep.pdf', 'application/pdf', 1, 'x', 'tenancy-r')`,
      () => [a.id, a.records.caseId, b.records.responseId],
    ],
    [
      'a document of A on B’s meeting',
      `INSERT INTO document (organization_id, case_id, meeting_id, kind, title, file_name, content_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, $3, 'IEP', 'IEP', 'iep.pdf', 'application/pdf', 1, 'x', 'tenancy-m')`,
      () => [a.id, a.records.caseId, b.records.meetingId],
    ],
    [
      'a document of A added by B’s guardian',
      `INSERT INTO document (organization_id, case_id, added_by_guardian_id, kind, title, file_name, content_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, $3, 'PHOTO', 'Photo', 'photo.png', 'image/png', 1, 'x', 'tenancy-g')`,
      () => [a.id, a.records.caseId, b.records.guardianId],
    ],
    [
      'an attachment of A naming B’s document',
      `INSERT INTO inbound_attachment (organization_id, message_id, position, size_bytes, document_id)
       VALUES ($1, $2, 99, 1, $3)`,
      () => [a.id, a.records.inboundMessageId, b.records.documentId],
    ],
    [
      'an attachment of A on B’s captured reply',
      `INSERT INTO inbound_attachment (organization_id, message_id, position, size_bytes) VALUES ($1, $2, 9, 0)`,
      () => [a.id, b.records.inboundMessageId],
    ],
    [
      'a reply address of A for B’s request',
      `INSERT INTO request_reply_address (organization_id, request_id, token, token_hash) VALUES ($1, $2, 'x', 'y')`,
      () => [a.id, b.records.requestId],
    ],
    [
      'a calendar feed of A for B’s member',
      `INSERT INTO calendar_feed (organization_id, membership_id, kind, token_hash) VALUES ($1, $2, 'OWN', 'z')`,
      () => [a.id, b.membershipId],
    ],
    [
      'B’s member assigned to A’s case',
      `INSERT INTO case_assignment (organization_id, case_id, membership_id) VALUES ($1, $2, $3)`,
      () => [a.id, a.records.caseId, b.membershipId],
    ],
  ])('refuses %s, even with the right id', async (_what, sql, params) => {
    await expect(asA((c) => c.query(sql, params()))).rejects.toThrow(/foreign key/);
  });

  it('keeps the audit log append-only for the application role', async () => {
    await expect(asA((c) => c.query(`UPDATE audit_event SET action = 'changed'`))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asA((c) => c.query('DELETE FROM audit_event'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('shows a user their own memberships in every organization, and nothing else of those organizations', async () => {
    const { rows } = await asApp({ 'app.user_id': a.userId }, (c) =>
      c.query('SELECT organization_id FROM membership'),
    );
    expect(rows).toEqual([{ organization_id: a.id }]);
  });

  it('finds exactly the invitation or token named by a lookup', async () => {
    const found = await asApp({ 'app.invitation_token_hash': 'hash-b' }, (c) =>
      c.query('SELECT id FROM invitation'),
    );
    expect(found.rows).toEqual([{ id: b.invitationId }]);
    const login = await asApp({ 'app.login_email': 'B-ADMIN@example.org' }, (c) =>
      c.query('SELECT id FROM app_user'),
    );
    expect(login.rows).toEqual([{ id: b.userId }]);
    const key = await asApp({ 'app.api_key_hash': 'key-hash-b' }, (c) =>
      c.query('SELECT organization_id FROM reporting_api_key'),
    );
    expect(key.rows).toEqual([{ organization_id: b.id }]);
  });

  it('shows a guardian’s address its portal access, guardians and organizations, readable only', async () => {
    const portal = { 'app.portal_email': 'shared-parent@example.org' };
    const access = await asApp(portal, (c) =>
      c.query('SELECT organization_id FROM portal_access ORDER BY organization_id'),
    );
    expect(access.rows.map((r) => r.organization_id)).toEqual([a.id, b.id].sort());
    const guardians = await asApp(portal, (c) => c.query('SELECT id FROM guardian ORDER BY id'));
    expect(guardians.rows.map((r) => r.id)).toEqual(
      [a.records.guardianId, b.records.guardianId].sort(),
    );
    const organizations = await asApp(portal, (c) => c.query('SELECT id FROM organization'));
    expect(organizations.rows).toHaveLength(2);
    // Nothing else of those organizations…
    const hidden = TENANT_TABLES.filter(
      (t) => !['portal_access', 'guardian', 'organization'].includes(t),
    );
    for (const table of hidden) {
      const { rows } = await asApp(portal, (c) =>
        c.query(`SELECT count(*)::int AS n FROM "${table}"`),
      );
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
    // …and none of it can be changed.
    for (const sql of [
      'UPDATE portal_access SET revoked_at = NULL',
      "UPDATE guardian SET name = 'x'",
      "UPDATE organization SET name = 'x'",
      'DELETE FROM portal_access',
    ]) {
      const changed = await asApp(portal, (c) => c.query(sql));
      expect({ sql, rowCount: changed.rowCount }).toEqual({ sql, rowCount: 0 });
    }
    // Another address sees none of it.
    const stranger = await asApp({ 'app.portal_email': 'other@example.org' }, (c) =>
      c.query('SELECT count(*)::int AS n FROM portal_access'),
    );
    expect(stranger.rows[0].n).toBe(0);
  });

  it('finds a survey invitation by its link’s hash only, and lets that lookup write nothing', async () => {
    const byHash = await asApp({ 'app.survey_token_hash': 'survey-hash-b' }, (c) =>
      c.query('SELECT organization_id, id FROM parent_survey_invitation'),
    );
    expect(byHash.rows).toEqual([{ organization_id: b.id, id: b.records.surveyInvitationId }]);
    const guessed = await asApp({ 'app.survey_token_hash': 'guess' }, (c) =>
      c.query('SELECT id FROM parent_survey_invitation'),
    );
    expect(guessed.rows).toEqual([]);
    // Finding it is not answering it: the answers, questions and updates stay the organization's.
    const writes = await asApp({ 'app.survey_token_hash': 'survey-hash-b' }, async (c) => [
      (await c.query(`UPDATE parent_survey_invitation SET comment = 'changed'`)).rowCount,
      (await c.query('SELECT count(*)::int AS n FROM parent_survey_answer')).rows[0].n,
      (await c.query('SELECT count(*)::int AS n FROM parent_survey_question')).rows[0].n,
    ]);
    expect(writes).toEqual([0, 0, 0]);
    // The worker's sweep reads invitations of every organization, and writes none.
    const swept = await asApp({ 'app.sweep': 'parent-surveys' }, async (c) => [
      (await c.query('SELECT count(*)::int AS n FROM parent_survey_invitation')).rows[0].n,
      (await c.query(`UPDATE parent_survey_invitation SET comment = 'changed'`)).rowCount,
    ]);
    expect(swept).toEqual([2, 0]);
  });

  it('finds a reply address by its token’s hash only, and lets that lookup write nothing', async () => {
    const asB = <T>(work: (client: Client) => Promise<T>) =>
      asApp({ 'app.organization_id': b.id }, work);
    const [address] = (
      await asB((c) =>
        c.query(
          'SELECT token, token_hash, request_id FROM request_reply_address WHERE request_id = $1',
          [b.records.requestId],
        ),
      )
    ).rows;
    // The database gave B's request its address: 128 random bits, hashed as the api hashes.
    expect(address.token).toMatch(/^[0-9a-f]{32}$/);
    expect(address.token_hash).toBe(createHash('sha256').update(address.token).digest('hex'));
    const byHash = await asApp({ 'app.reply_token_hash': address.token_hash }, (c) =>
      c.query('SELECT organization_id, request_id FROM request_reply_address'),
    );
    expect(byHash.rows).toEqual([{ organization_id: b.id, request_id: b.records.requestId }]);
    const byToken = await asApp({ 'app.reply_token_hash': address.token }, (c) =>
      c.query('SELECT id FROM request_reply_address'),
    );
    expect(byToken.rows).toEqual([]);
    // Finding the address shows nothing else of B, and changes nothing.
    const lookup = { 'app.reply_token_hash': address.token_hash };
    const writes = await asApp(lookup, async (c) => [
      (await c.query(`UPDATE request_reply_address SET token = 'changed'`)).rowCount,
      (await c.query('DELETE FROM request_reply_address')).rowCount,
      (await c.query('SELECT count(*)::int AS n FROM written_request')).rows[0].n,
      (await c.query('SELECT count(*)::int AS n FROM inbound_message')).rows[0].n,
    ]);
    expect(writes).toEqual([0, 0, 0, 0]);
  });

  it('finds a calendar feed by its token’s hash only, and lets that lookup write nothing', async () => {
    const lookup = { 'app.calendar_feed_hash': 'feed-hash-b' };
    const found = await asApp(lookup, (c) =>
      c.query('SELECT organization_id, membership_id FROM calendar_feed'),
    );
    expect(found.rows).toEqual([{ organization_id: b.id, membership_id: b.membershipId }]);
    const writes = await asApp(lookup, async (c) => [
      (await c.query(`UPDATE calendar_feed SET revoked_at = now()`)).rowCount,
      (await c.query('DELETE FROM calendar_feed')).rowCount,
      (await c.query('SELECT count(*)::int AS n FROM written_request')).rows[0].n,
      (await c.query('SELECT count(*)::int AS n FROM membership')).rows[0].n,
    ]);
    expect(writes).toEqual([0, 0, 0, 0]);
  });

  it('finds a sign-in link or a portal session only by its hash, or by its own address', async () => {
    const email = 'shared-parent@example.org';
    await asApp({ 'app.portal_email': email }, async (c) => {
      await c.query(
        `INSERT INTO portal_sign_in_link (email, token_hash, expires_at) VALUES ($1, 'link-hash', now() + interval '10 minutes')`,
        [email],
      );
      await c.query(
        `INSERT INTO portal_session (email, token_hash, organization_id, expires_at) VALUES ($1, 'session-hash', $2, now() + interval '1 hour')`,
        [email, a.id],
      );
    });
    // Not for another address, and not for a link longer than 15 minutes.
    await expect(
      asApp({ 'app.portal_email': 'other@example.org' }, (c) =>
        c.query(
          `INSERT INTO portal_sign_in_link (email, token_hash, expires_at) VALUES ($1, 'x', now())`,
          [email],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asApp({ 'app.portal_email': email }, (c) =>
        c.query(
          `INSERT INTO portal_sign_in_link (email, token_hash, expires_at) VALUES ($1, 'y', now() + interval '1 hour')`,
          [email],
        ),
      ),
    ).rejects.toThrow(/CHK_portal_sign_in_link_lifetime/);
    const byHash = await asApp({ 'app.portal_link_hash': 'link-hash' }, (c) =>
      c.query('SELECT email FROM portal_sign_in_link'),
    );
    expect(byHash.rows).toEqual([{ email }]);
    const session = await asApp({ 'app.portal_session_hash': 'session-hash' }, (c) =>
      c.query('SELECT organization_id FROM portal_session'),
    );
    expect(session.rows).toEqual([{ organization_id: a.id }]);
    // An organization's members see neither.
    const asMember = await asA((c) =>
      c.query(
        'SELECT (SELECT count(*) FROM portal_sign_in_link)::int AS links, (SELECT count(*) FROM portal_session)::int AS sessions',
      ),
    );
    expect(asMember.rows).toEqual([{ links: 0, sessions: 0 }]);
    const wrongHash = await asApp({ 'app.portal_session_hash': 'guess' }, (c) =>
      c.query('UPDATE portal_session SET signed_out_at = now()'),
    );
    expect(wrongHash.rowCount).toBe(0);
  });

  it('finds a sign-up waiting for confirmation only by its hash, or by its own address', async () => {
    const insert = (email: string, hash: string) => (c: Client) =>
      c.query(
        `INSERT INTO sign_up_request (email, name, password_hash, organization_name, time_zone, home_state, token_hash, expires_at)
         VALUES ($1, 'N', 'x', 'O', 'UTC', 'TX', $2, now() + interval '1 hour')`,
        [email, hash],
      );
    await asApp({ 'app.login_email': 'Joiner@example.org' }, insert('joiner@example.org', 'su-1'));
    // Not for another address, and not for longer than a day.
    await expect(
      asApp({ 'app.login_email': 'other@example.org' }, insert('joiner@example.org', 'su-2')),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asApp({ 'app.login_email': 'joiner@example.org' }, (c) =>
        c.query(
          `INSERT INTO sign_up_request (email, name, password_hash, organization_name, time_zone, home_state, token_hash, expires_at)
           VALUES ('joiner@example.org', 'N', 'x', 'O', 'UTC', 'TX', 'su-3', now() + interval '25 hours')`,
        ),
      ),
    ).rejects.toThrow(/CHK_sign_up_request_lifetime/);
    const byHash = await asApp({ 'app.sign_up_token_hash': 'su-1' }, (c) =>
      c.query('SELECT email FROM sign_up_request'),
    );
    expect(byHash.rows).toEqual([{ email: 'joiner@example.org' }]);
    // The hash alone reads; it cannot change or delete.
    const deleted = await asApp({ 'app.sign_up_token_hash': 'su-1' }, (c) =>
      c.query('DELETE FROM sign_up_request'),
    );
    expect(deleted.rowCount).toBe(0);
    const wrong = await asApp({ 'app.sign_up_token_hash': 'guess' }, (c) =>
      c.query('SELECT count(*)::int AS n FROM sign_up_request'),
    );
    expect(wrong.rows[0].n).toBe(0);
    const asMember = await asA((c) => c.query('SELECT count(*)::int AS n FROM sign_up_request'));
    expect(asMember.rows[0].n).toBe(0);
  });

  it('lets the follow-up sweep read follow-ups and organizations everywhere, and change nothing', async () => {
    const sweep = { 'app.sweep': 'follow-ups' };
    const seen = await asApp(sweep, (c) =>
      c.query('SELECT DISTINCT organization_id FROM follow_up ORDER BY organization_id'),
    );
    expect(seen.rows.map((r) => r.organization_id)).toEqual([a.id, b.id].sort());
    const organizations = await asApp(sweep, (c) => c.query('SELECT id FROM organization'));
    expect(organizations.rows).toHaveLength(2);
    // Nothing else becomes visible with it…
    for (const table of TENANT_TABLES.filter((t) => t !== 'follow_up' && t !== 'organization')) {
      const { rows } = await asApp(sweep, (c) =>
        c.query(`SELECT count(*)::int AS n FROM "${table}"`),
      );
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
    // …and nothing can be changed with it.
    const updated = await asApp(sweep, (c) => c.query(`UPDATE follow_up SET status = 'CANCELLED'`));
    expect(updated.rowCount).toBe(0);
    const deleted = await asApp(sweep, (c) => c.query('DELETE FROM follow_up'));
    expect(deleted.rowCount).toBe(0);
  });

  it('lets the report summary refresh see which organizations have rows to compute, and change nothing', async () => {
    const sweep = { 'app.sweep': 'request-outcomes' };
    const seen = await asApp(sweep, (c) =>
      c.query('SELECT DISTINCT organization_id FROM request_outcome ORDER BY organization_id'),
    );
    expect(seen.rows.map((r) => r.organization_id)).toEqual([a.id, b.id].sort());
    // Nothing else becomes visible with it…
    for (const table of TENANT_TABLES.filter((t) => t !== 'request_outcome')) {
      const { rows } = await asApp(sweep, (c) =>
        c.query(`SELECT count(*)::int AS n FROM "${table}"`),
      );
      expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
    }
    // …and nothing can be changed with it.
    const updated = await asApp(sweep, (c) =>
      c.query('UPDATE request_outcome SET changes = changes + 1'),
    );
    expect(updated.rowCount).toBe(0);
    const deleted = await asApp(sweep, (c) => c.query('DELETE FROM request_outcome'));
    expect(deleted.rowCount).toBe(0);
  });

  it('does not carry the organization setting to the next transaction on the same pooled connection', async () => {
    const services = testServices();
    expect(services.app.name).toBeTruthy();
    const dataSource = new DataSource(
      dataSourceOptions({ url: db.appUrl, entities: ENTITIES, poolSize: 1 }),
    );
    await dataSource.initialize();
    try {
      const scopes = new DataScopes(dataSource);
      const count =
        (sql: string) =>
        async (scope: { manager: { query(q: string): Promise<Array<{ n: number }>> } }) =>
          (await scope.manager.query(sql))[0]!.n;
      expect(
        await scopes.run(
          { organizationId: a.id, userId: a.userId },
          undefined,
          count('SELECT count(*)::int AS n FROM membership'),
        ),
      ).toBe(1);
      expect(
        await scopes.run({}, undefined, count('SELECT count(*)::int AS n FROM membership')),
      ).toBe(0);
      expect(
        await scopes.run(
          {},
          undefined,
          count(
            `SELECT count(*)::int AS n FROM (SELECT current_setting('app.organization_id', true) AS s) x WHERE coalesce(s, '') <> ''`,
          ),
        ),
      ).toBe(0);
      // A rolled-back scope leaves nothing behind either.
      await expect(
        scopes.run({ organizationId: a.id }, undefined, async () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(
        await dataSource.query(
          `SELECT coalesce(current_setting('app.organization_id', true), '') AS s`,
        ),
      ).toEqual([{ s: '' }]);
    } finally {
      await dataSource.destroy();
    }
  });
});
