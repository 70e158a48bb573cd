// Checks every operation of the whole api against what an analyst may call: the whole api.
import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_RULE, memberAllowed, type AccessRule } from '@onrecord/platform/auth';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  createTestEnvironment,
  joinAs,
  signUpAdmin,
  startTestApi,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppModule } from './app.module';

/**
 * Who may read what (issue 20): an ANALYST reads reports and aggregate figures, and the
 * organization's directory and settings, not family records (families, guardians and their
 * phones, students, cases and their internal notes, attendance, requests and letters,
 * answers, meetings, follow-ups) — unless an admin grants them (`setFamilyRecordsAccess`).
 *
 * Every operation is checked, the way apps/api/access-rules.txt is: the operations an
 * analyst may call, with and without the grant, are listed below by hand, and the rules the
 * code declares must give exactly those. Then, over HTTP, the guard refuses the family
 * records and lets the reports through, and the grant and its withdrawal act at once.
 */

/** What an analyst without the grant may call (besides public and signed-in operations). */
const ANALYST_READS = [
  'Query.caseServiceReport',
  'Query.deadlinePreview',
  'Query.deadlineRule',
  'Query.deadlineRules',
  'Query.district',
  'Query.districts',
  'Query.followUpMergeFields',
  'Query.followUpPolicy',
  'Query.followUpTemplates',
  'Query.letterTemplate',
  'Query.letterTemplates',
  'Query.members',
  'Query.mergeFields',
  'Query.observationTags',
  'Query.organization',
  'Query.organizationSettings',
  'Query.outcomeReport',
  'Query.outcomeReportRequests',
  'Query.outreachActivities',
  'Query.parentCenterReport',
  // The parent survey's counts; never its comments (Query.parentSurveyComments: admins).
  'Query.parentSurveyResults',
  'Query.school',
  'Query.schoolContact',
  'Query.schoolContacts',
  'Query.schoolYear',
  'Query.schools',
];

/** What the grant adds: the family records, read only (no mutation). */
const FAMILY_RECORDS = [
  'Query.attendanceEntries',
  'Query.attendanceEntry',
  'Query.attendanceSummary',
  'Query.case',
  'Query.caseDocuments',
  'Query.caseNotes',
  'Query.caseTimeline',
  'Query.cases',
  'Query.commitment',
  'Query.commitments',
  'Query.contactLog',
  'Query.dueSoonRequests',
  'Query.families',
  'Query.family',
  'Query.followUp',
  'Query.followUps',
  'Query.funderReportRecords',
  'Query.guardian',
  'Query.inboundMessage',
  'Query.inboundMessages',
  'Query.meeting',
  'Query.meetingTask',
  'Query.meetingTasks',
  'Query.meetings',
  'Query.overdueRequests',
  'Query.schoolResponse',
  'Query.schoolResponses',
  'Query.search',
  'Query.student',
  'Query.students',
  'Query.support',
  'Query.supports',
  'Query.writtenRequest',
  'Query.writtenRequests',
];

describe('what an analyst may read', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let anonymous: ApiClient;
  let admin: TestAuth;
  let analyst: TestAuth;
  let advocate: TestAuth;
  let other: TestAuth;
  const ids: Record<string, string> = {};

  const sql = <T = Record<string, string>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(environment.db.adminUrl, text, params);
  const one = async (text: string, params: unknown[]): Promise<string> =>
    (await sql<{ id: string }>(`${text} RETURNING id`, params))[0]!.id;
  const memberId = async (auth: TestAuth) =>
    (
      await sql<{ id: string }>(
        'SELECT id FROM membership WHERE organization_id = $1 AND user_id = $2',
        [admin.activeOrganization!.id, auth.user.id],
      )
    )[0]!.id;
  const GRANT = `mutation ($id: ID!, $granted: Boolean!) {
    setFamilyRecordsAccess(memberId: $id, granted: $granted) { id role readsFamilyRecords } }`;

  beforeAll(async () => {
    environment = await createTestEnvironment('postgres');
    let url: string;
    ({ app, url } = await startTestApi(AppModule.forRoot(environment.config)));
    anonymous = new ApiClient(url);
    admin = await signUpAdmin(anonymous, 'analyst-access', environment.db.adminUrl);
    const org = admin.activeOrganization!.id;
    analyst = await joinAs(anonymous, environment.db.adminUrl, 'aa-analyst', org, 'ANALYST');
    advocate = await joinAs(anonymous, environment.db.adminUrl, 'aa-advocate', org, 'ADVOCATE');
    other = await signUpAdmin(anonymous, 'analyst-access-other', environment.db.adminUrl);
    // A family with a guardian's phone, a student, a case with an internal note.
    ids['family'] = await one(
      `INSERT INTO family (organization_id, household_name) VALUES ($1, 'Brennan household')`,
      [org],
    );
    ids['guardian'] = await one(
      `INSERT INTO guardian (organization_id, family_id, name, email, phone, relationship)
       VALUES ($1, $2, 'Kate Brennan', 'kate@example.org', '+15125550100', 'MOTHER')`,
      [org, ids['family']],
    );
    ids['student'] = await one(
      `INSERT INTO student (organization_id, family_id, name) VALUES ($1, $2, 'Liam Brennan')`,
      [org, ids['family']],
    );
    ids['case'] = await one(
      `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
       VALUES ($1, $2, $3, 'Liam: school refusal', '{SCHOOL_REFUSAL}', 'ACTIVE', '2026-11-02')`,
      [org, ids['family'], ids['student']],
    );
    await sql(
      `INSERT INTO case_note (organization_id, case_id, body, visibility)
       VALUES ($1, $2, 'Internal: father disputes custody', 'INTERNAL')`,
      [org, ids['case']],
    );
  });

  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
  });

  /** Every query and mutation with the rule it declares. */
  function declaredRules(): Map<string, AccessRule | undefined> {
    const reflector = app.get(Reflector);
    const scanner = app.get(MetadataScanner);
    const rules = new Map<string, AccessRule | undefined>();
    for (const wrapper of app.get(DiscoveryService).getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !Object.getPrototypeOf(instance)) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as (...args: unknown[]) => unknown;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name =
          (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        rules.set(
          `${type}.${name}`,
          reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
            handler,
            instance.constructor,
          ]),
        );
      }
    }
    return rules;
  }

  /** The member operations a member of `role` (with or without the grant) may call. */
  const allowedTo = (membership: { role: string; readsFamilyRecords: boolean }) =>
    [...declaredRules().entries()]
      .filter(([, rule]) => rule?.kind === 'member' && memberAllowed(rule, membership))
      .map(([name]) => name)
      .sort();

  it('gives an analyst the reports, the directory and the settings, and no family record', () => {
    expect(allowedTo({ role: 'ANALYST', readsFamilyRecords: false })).toEqual(ANALYST_READS);
  });

  it('adds the family records, to read only, for an analyst an admin granted them', () => {
    expect(allowedTo({ role: 'ANALYST', readsFamilyRecords: true })).toEqual(
      [...ANALYST_READS, ...FAMILY_RECORDS].sort(),
    );
  });

  it('leaves admins and advocates every family record', () => {
    for (const role of ['ADMIN', 'ADVOCATE']) {
      const allowed = allowedTo({ role, readsFamilyRecords: false });
      expect(FAMILY_RECORDS.filter((name) => !allowed.includes(name))).toEqual([]);
    }
  });

  /** Family-record reads over HTTP, one per kind of record. */
  const familyReads = () => [
    { query: `query { families(first: 5) { edges { node { id } } } }` },
    {
      query: `query ($id: ID!) { guardian(id: $id) { name phone } }`,
      variables: { id: ids['guardian'] },
    },
    { query: `query ($id: ID!) { student(id: $id) { name } }`, variables: { id: ids['student'] } },
    { query: `query ($id: ID!) { case(id: $id) { title } }`, variables: { id: ids['case'] } },
    {
      query: `query ($id: ID!) { caseNotes(caseId: $id, first: 5) { edges { node { body } } } }`,
      variables: { id: ids['case'] },
    },
    { query: `query { writtenRequests(first: 5) { edges { node { id } } } }` },
    { query: `query { overdueRequests(first: 5) { edges { node { id } } } }` },
  ];

  it('refuses an analyst every family record over HTTP, and serves the report', async () => {
    const as = anonymous.as(analyst.accessToken);
    for (const { query, variables } of familyReads()) {
      const refusal = await as.errorOf(query, variables);
      expect({ query, ...refusal }).toEqual({
        query,
        code: 'FORBIDDEN',
        message:
          'This needs the role ADMIN or ADVOCATE, or ANALYST with access to family records (an admin grants it); you are ANALYST.',
        fields: undefined,
      });
    }
    const report = await as.data<{ outcomeReport: { requests: number } }>(
      `query { outcomeReport(range: { from: "2026-09-01", to: "2026-12-31" }) { requests } }`,
    );
    expect(report.outcomeReport.requests).toBe(0);
    const members = await as.data<{
      members: { edges: Array<{ node: { role: string; readsFamilyRecords: boolean } }> };
    }>(`query { members(first: 10) { edges { node { role readsFamilyRecords } } } }`);
    // Admins and advocates read family records by their role; this analyst was not granted them.
    const nodes = members.members.edges.map((e) => e.node);
    expect(nodes.filter((m) => m.role === 'ANALYST')).toEqual([
      { role: 'ANALYST', readsFamilyRecords: false },
    ]);
    expect(nodes.filter((m) => m.role !== 'ANALYST').every((m) => m.readsFamilyRecords)).toBe(true);
  });

  it('lets an admin grant an analyst family records and take them back, at once', async () => {
    const analystId = await memberId(analyst);
    const asAdmin = anonymous.as(admin.accessToken);
    // Only admins grant it: the analyst cannot grant it to themself.
    expect(
      (await anonymous.as(analyst.accessToken).errorOf(GRANT, { id: analystId, granted: true }))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await asAdmin.data<{ setFamilyRecordsAccess: unknown }>(GRANT, {
          id: analystId,
          granted: true,
        })
      ).setFamilyRecordsAccess,
    ).toEqual({ id: analystId, role: 'ANALYST', readsFamilyRecords: true });
    // The same token: the guard re-reads the membership on every request.
    const as = anonymous.as(analyst.accessToken);
    const guardian = await as.data<{ guardian: { name: string; phone: string } }>(
      `query ($id: ID!) { guardian(id: $id) { name phone } }`,
      { id: ids['guardian'] },
    );
    expect(guardian.guardian).toEqual({ name: 'Kate Brennan', phone: '+15125550100' });
    for (const { query, variables } of familyReads())
      expect((await as.request(query, variables)).errors).toBeUndefined();
    // Still read only.
    expect(
      (
        await as.errorOf(`mutation ($id: ID!) { archiveFamily(id: $id) { id } }`, {
          id: ids['family'],
        })
      ).code,
    ).toBe('FORBIDDEN');

    await asAdmin.data(GRANT, { id: analystId, granted: false });
    expect(
      (await as.errorOf(`query ($id: ID!) { guardian(id: $id) { name } }`, { id: ids['guardian'] }))
        .code,
    ).toBe('FORBIDDEN');
  });

  it('grants only analysts, and only in its own organization', async () => {
    const refusal = await anonymous
      .as(admin.accessToken)
      .errorOf(GRANT, { id: await memberId(advocate), granted: true });
    expect(refusal).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'memberId', message: expect.stringContaining('names an ADVOCATE') }],
    });
    // Another organization's admin, with this organization's member id: not theirs.
    expect(
      (
        await anonymous
          .as(other.accessToken)
          .errorOf(GRANT, { id: await memberId(analyst), granted: true })
      ).code,
    ).toBe('NOT_FOUND');
    const [row] = await sql<{ reads_family_records: boolean }>(
      'SELECT reads_family_records FROM membership WHERE id = $1',
      [await memberId(analyst)],
    );
    expect(row!.reads_family_records).toBe(false);
  });
});
