// Starts from the demo data of apps/api/src/demo (an app's code no lib may import): the whole api.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { uploadDocument } from '@onrecord/documents/testing';
import { pdfPages } from '@onrecord/evidence-packet/testing';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  AUTH_FIELDS,
  createTestEnvironment,
  eventually,
  joinAs,
  signUpAdmin,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppModule } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';
import { DemoModule } from './demo/demo.module';
import { DEMO_MEMBERS, DEMO_PASSWORD, DEMO_SCENARIOS } from './demo/demo-scenarios';

const SCENARIO = DEMO_SCENARIOS[0]!;
const ERASE = `mutation ($input: EraseFamilyInput!) {
  eraseFamily(input: $input) { familyId erasedAt recordsErased auditEventsErased } }`;
const CLOSE = `mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id status } }`;
const HOLD = `mutation ($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { id legalHold } }`;
const RELEASE = `mutation ($caseId: ID!) { releaseLegalHold(caseId: $caseId) { id legalHold } }`;
const REPORT = `query ($range: ReportRangeInput!) { outcomeReport(range: $range) {
  requests overdueNow outcomes { outcome count } requestsByTypeAndState { type state count }
  deadlines { answeredByDeadline decided share } cases { opened resolved }
  daysToFirstResponse { median } schools { name requests } } }`;

/** E.164, as guardians' phones are stored: "(559) 555-0142" → "+15595550142". */
const e164 = (phone: string) => `+1${phone.replace(/\D/g, '')}`;

/**
 * Every place a text can hide, in every table: text, varchar, json(b) and arrays, as text.
 * Returns "table.column" for each column where `needle` occurs (case-insensitive).
 */
async function whereFound(adminUrl: string, needle: string): Promise<string[]> {
  const columns = await superuserQuery<{ schema: string; table: string; column: string }>(
    adminUrl,
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema IN ('public', 'bullmq')
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`,
  );
  const found = await superuserQuery<{ place: string }>(
    adminUrl,
    columns
      .map(
        ({ schema, table, column }) =>
          `SELECT '${table}.${column}' AS place WHERE EXISTS (SELECT 1 FROM "${schema}"."${table}" WHERE "${column}"::text ILIKE '%' || $1 || '%')`,
      )
      .join('\nUNION ALL\n'),
    [needle],
  );
  return found.map(({ place }) => place);
}

/**
 * A family's data on request (docs/operations.md): an admin exports everything the
 * organization holds about a family as a ZIP, and erases it — after which no table of the
 * database holds the family's names, addresses or phone numbers, and the organization's
 * figures are unchanged. Legal holds and open cases block the erasure; other roles and other
 * organizations can do neither.
 */
describe("a family's data on request", () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let app: INestApplication;
  let url: string;
  let anonymous: ApiClient;
  let admin: ApiClient;
  let adminToken: string;
  let familyId: string;
  let caseIds: string[];
  let document: { id: string; organizationId: string };

  const logIn = async (email: string): Promise<TestAuth> =>
    (
      await anonymous.data<{ logIn: TestAuth }>(
        `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
        { input: { email, password: DEMO_PASSWORD } },
      )
    ).logIn;

  const download = (id: string, token?: string) =>
    fetch(`${url}/exports/families/${id}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  /** What identifies the family: what must be gone after the erasure. */
  const personal = [
    SCENARIO.family,
    SCENARIO.student.name,
    ...SCENARIO.guardians.flatMap((g) => [g.name, g.email, ...(g.phone ? [e164(g.phone)] : [])]),
  ];

  beforeAll(async () => {
    await sink.start();
    environment = await createTestEnvironment('redis', { SMTP_URL: sink.url });
    app = await NestFactory.create(
      { module: DemoModule, imports: [AppModule.forRoot(environment.config)] },
      { logger: ['error'] },
    );
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    anonymous = new ApiClient(url);
    await app.get(DemoSeeder).seed();
    adminToken = (await logIn(DEMO_MEMBERS[0].email)).accessToken;
    admin = anonymous.as(adminToken);
    const [family] = await superuserQuery<{ id: string }>(
      environment.db.adminUrl,
      'SELECT id FROM family WHERE household_name = $1',
      [SCENARIO.family],
    );
    familyId = family!.id;
    caseIds = (
      await superuserQuery<{ id: string }>(
        environment.db.adminUrl,
        'SELECT id FROM case_record WHERE family_id = $1',
        [familyId],
      )
    ).map((row) => row.id);
    // A reply the school sent to one of the family's requests, captured (mail in), with a file.
    const [request] = await superuserQuery<{ id: string; organization_id: string }>(
      environment.db.adminUrl,
      'SELECT id, organization_id FROM written_request WHERE case_id = ANY($1::uuid[]) LIMIT 1',
      [caseIds],
    );
    const [reply] = await superuserQuery<{ id: string }>(
      environment.db.adminUrl,
      `INSERT INTO inbound_message (organization_id, status, match, request_id, channel, message_id,
         from_address, subject, text_body, thread_references, raw, size_bytes)
       VALUES ($1, 'UNCLASSIFIED', 'REPLY_ADDRESS', $2, 'SMTP', '<family-reply@school.example.org>',
         'principal@school.example.org', $3, $3, '{}', convert_to($3, 'UTF8'), 1)
       RETURNING id`,
      [request!.organization_id, request!.id, `About ${SCENARIO.student.name}`],
    );
    await superuserQuery(
      environment.db.adminUrl,
      `INSERT INTO inbound_attachment (organization_id, message_id, position, filename, size_bytes, content)
       VALUES ($1, $2, 1, $3, 3, '\\x414243')`,
      [request!.organization_id, reply!.id, `${SCENARIO.student.name}.pdf`],
    );
    // A document on the family's case, named after the student, its bytes in the storage.
    const uploaded = await uploadDocument(
      url,
      adminToken,
      { caseId: caseIds[0]!, kind: 'EVALUATION', title: `${SCENARIO.student.name} evaluation` },
      { bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), name: `${SCENARIO.student.name}.pdf` },
    );
    expect(uploaded.status).toBe(201);
    const { id: documentId } = (await uploaded.json()) as { id: string };
    document = { id: documentId, organizationId: request!.organization_id };
    // A portal sign-in link and its mail exist for the guardian (an address outside cases).
    await anonymous.data(
      `mutation ($email: String!) { requestPortalSignIn(email: $email) { message } }`,
      {
        email: SCENARIO.guardians[0]!.email,
      },
    );
  });
  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
    await sink.stop();
  });

  it('exports everything held about the family as a ZIP of JSON and CSV, and audits it', async () => {
    const response = await download(familyId, adminToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="family-/);
    const zip = new AdmZip(Buffer.from(await response.arrayBuffer()));
    const names = zip.getEntries().map((entry) => entry.entryName);
    expect(names).toContain('README.txt');
    const json = (table: string) =>
      JSON.parse(zip.readAsText(`records/${table}.json`)) as Array<Record<string, unknown>>;
    expect(json('family')).toEqual([expect.objectContaining({ household_name: SCENARIO.family })]);
    expect(json('guardian').map((g) => g['email'])).toEqual(SCENARIO.guardians.map((g) => g.email));
    expect(json('student').map((s) => s['name'])).toEqual([SCENARIO.student.name]);
    expect(json('case_record').length).toBe(caseIds.length);
    const [requests] = await superuserQuery<{ n: number }>(
      environment.db.adminUrl,
      'SELECT count(*)::int AS n FROM written_request WHERE case_id = ANY($1::uuid[])',
      [caseIds],
    );
    expect(json('written_request').length).toBe(requests!.n);
    expect(requests!.n).toBeGreaterThanOrEqual(SCENARIO.requests.length);
    expect(json('attendance_entry').length).toBeGreaterThan(20);
    expect(json('audit_event').length).toBeGreaterThan(0);
    // The captured replies, their bytes as base64 — this test's, and the one the demo's school
    // sent (demo-replies.ts); its request's reply address without the token.
    expect(json('inbound_message')).toHaveLength(2);
    expect(json('inbound_message')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          subject: `About ${SCENARIO.student.name}`,
          raw: Buffer.from(`About ${SCENARIO.student.name}`).toString('base64'),
        }),
        expect.objectContaining({
          subject: 'Re: Request for a special-education assessment',
          shared_with_family: true,
        }),
      ]),
    );
    expect(json('inbound_attachment')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ filename: `${SCENARIO.student.name}.pdf`, content: 'QUJD' }),
      ]),
    );
    expect(json('request_reply_address').length).toBe(requests!.n);
    for (const address of json('request_reply_address'))
      expect(address).not.toHaveProperty('token');
    // Secrets never leave: the sessions' token hashes are not exported.
    for (const session of json('portal_session')) expect(session).not.toHaveProperty('token_hash');
    expect(zip.readAsText('csv/guardian.csv').split('\r\n')[0]).toContain('email');
    expect(zip.readAsText('csv/guardian.csv')).toContain(SCENARIO.guardians[0]!.email);
    expect(zip.readAsText('README.txt')).toContain(SCENARIO.family);
    // The document's file itself, byte for byte, beside its record.
    expect(json('document')).toEqual([
      expect.objectContaining({ id: document.id, file_name: `${SCENARIO.student.name}.pdf` }),
    ]);
    expect(
      zip.readFile(`documents/${document.id}/${SCENARIO.student.name}.pdf`)?.toString('latin1'),
    ).toBe('%PDF-1.4\n%%EOF\n');
    expect(zip.readAsText('README.txt')).not.toContain('no file in the storage');
    // Each case's evidence packet, a PDF about this family.
    for (const caseId of caseIds) {
      const packet = zip.readFile(`evidence-packets/${caseId}.pdf`);
      expect(packet?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await pdfPages(packet!)).join('\n')).toContain(SCENARIO.student.name);
    }

    const [audited] = await superuserQuery<{ n: number }>(
      environment.db.adminUrl,
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'exportFamilyData' AND entity_id = $1`,
      [familyId],
    );
    expect(audited!.n).toBe(1);
  });

  it('refuses the export to other roles, other organizations, no token and unknown ids', async () => {
    const organizationId = (await logIn(DEMO_MEMBERS[0].email)).activeOrganization!.id;
    const advocate = await logIn(DEMO_MEMBERS[1].email);
    const analyst = await logIn(DEMO_MEMBERS[3].email);
    const stranger = await signUpAdmin(anonymous, 'family-data-other', environment.db.adminUrl);
    expect((await download(familyId, advocate.accessToken)).status).toBe(403);
    expect((await download(familyId, analyst.accessToken)).status).toBe(403);
    expect((await download(familyId)).status).toBe(401);
    const foreign = await download(familyId, stranger.accessToken);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
    expect((await download('not-an-id', adminToken)).status).toBe(404);
    // Another organization's admin can neither erase nor hold it.
    const other = anonymous.as(stranger.accessToken);
    const input = { familyId, confirmHouseholdName: SCENARIO.family };
    expect((await other.errorOf(ERASE, { input })).code).toBe('NOT_FOUND');
    expect((await other.errorOf(HOLD, { input: { caseId: caseIds[0], reason: 'x' } })).code).toBe(
      'NOT_FOUND',
    );
    // An advocate of the organization may not erase.
    const ownAdvocate = await joinAs(
      anonymous,
      environment.db.adminUrl,
      'family-data-advocate',
      organizationId,
      'ADVOCATE',
    );
    expect((await anonymous.as(ownAdvocate.accessToken).errorOf(ERASE, { input })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('is refused while a case is open or under a legal hold, and without the right name', async () => {
    const input = { familyId, confirmHouseholdName: SCENARIO.family };
    const open = await admin.errorOf(ERASE, { input });
    expect(open.code).toBe('CONFLICT');
    expect(open.message).toMatch(/is still (ACTIVE|INTAKE|ON_HOLD): close it first/);

    const held = await admin.data<{ placeLegalHold: { legalHold: string } }>(HOLD, {
      input: { caseId: caseIds[0], reason: 'Due process hearing requested' },
    });
    expect(held.placeLegalHold.legalHold).toBe('Due process hearing requested');
    for (const caseId of caseIds) {
      await admin.data(CLOSE, { input: { caseId, status: 'CLOSED', outcome: 'FAMILY_WITHDREW' } });
    }
    const onHold = await admin.errorOf(ERASE, { input });
    expect(onHold.code).toBe('CONFLICT');
    expect(onHold.message).toContain('legal hold (Due process hearing requested)');

    await admin.data(RELEASE, { caseId: caseIds[0] });
    const wrongName = await admin.errorOf(ERASE, {
      input: { familyId, confirmHouseholdName: 'Some other household' },
    });
    expect(wrongName.code).toBe('BAD_USER_INPUT');
    expect(wrongName.fields).toEqual([expect.objectContaining({ field: 'confirmHouseholdName' })]);
  });

  it('erases the family everywhere: no table holds its names, addresses or phones, figures unchanged', async () => {
    for (const needle of personal) {
      expect(await whereFound(environment.db.adminUrl, needle)).not.toEqual([]);
    }
    const documents = environment.config.documents.storage;
    if (documents.kind !== 'local') throw new Error('the spec expects the local storage');
    expect(await readdir(join(documents.dir, document.organizationId))).toContain(document.id);
    const range = { from: '2021-01-01', to: '2030-12-31' };
    const before = await admin.data(REPORT, { range });

    const { eraseFamily } = await admin.data<{
      eraseFamily: { familyId: string; recordsErased: number; auditEventsErased: number };
    }>(ERASE, { input: { familyId, confirmHouseholdName: ` ${SCENARIO.family.toUpperCase()} ` } });
    expect(eraseFamily.familyId).toBe(familyId);
    expect(eraseFamily.recordsErased).toBeGreaterThan(20);
    expect(eraseFamily.auditEventsErased).toBeGreaterThan(0);

    for (const needle of personal) {
      expect({ needle, found: await whereFound(environment.db.adminUrl, needle) }).toEqual({
        needle,
        found: [],
      });
    }
    expect(await admin.data(REPORT, { range })).toEqual(before);
    // Bytes are not text the search above reads: the captured reply as received is gone too.
    const replies = await superuserQuery<{ raw: Buffer; files: number }>(
      environment.db.adminUrl,
      `SELECT raw, (SELECT count(*)::int FROM inbound_attachment a WHERE a.message_id = m.id) AS files
         FROM inbound_message m WHERE message_id = '<family-reply@school.example.org>'`,
    );
    expect(replies).toEqual([{ raw: Buffer.alloc(0), files: 0 }]);
    // The family's documents: their records and their files.
    expect(
      await superuserQuery(environment.db.adminUrl, 'SELECT id FROM document WHERE id = $1', [
        document.id,
      ]),
    ).toEqual([]);
    await eventually(
      async () =>
        !(await readdir(join(documents.dir, document.organizationId))).includes(document.id),
    );

    // The erasure itself is on the record, with nothing personal in it.
    const events = await superuserQuery<{ changes: unknown; actor: string }>(
      environment.db.adminUrl,
      `SELECT changes, actor_user_id AS actor FROM audit_event WHERE action = 'eraseFamily' AND entity_id = $1`,
      [familyId],
    );
    expect(events).toEqual([
      {
        changes: {
          change: 'updated',
          after: { erased: true, recordsErased: eraseFamily.recordsErased },
        },
        actor: expect.any(String),
      },
    ]);
    // The audit log stays append-only for everything but erasing an event's changes.
    await expect(
      superuserQuery(
        environment.db.adminUrl,
        `UPDATE audit_event SET action = 'rewritten' WHERE entity_id = $1`,
        [familyId],
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      superuserQuery(environment.db.adminUrl, `DELETE FROM audit_event WHERE entity_id = $1`, [
        familyId,
      ]),
    ).rejects.toThrow(/append-only/);
  });
});
