import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  createTestApp,
  joinAs as joinOrganizationAs,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { FICTIONAL_2025_26, given } from '@onrecord/test-fixtures';
import { REQUESTS_API } from '../testing/requests-api';

/**
 * Written requests through GraphQL over HTTP: drafting, sending and the deadline it gets
 * (TX and CA districts on the fictional 2025-26 calendar of scenarios.md), corrections that
 * recompute it, overrides, the preview, overdue and due-soon lists, status moves, recipients
 * of another district, roles, and two organizations that never see each other's requests.
 * The directory, families and the calendar are seeded with SQL.
 */
const DEADLINE = `dueOn dueAt latestDueAt computedDueOn basis basisLabel ruleId citation
  verificationStatus verified unit period summary triggerDate skippedDays { date kind reason }
  incompleteReason jurisdiction { requested applied fellBackToFederal note }
  override { dueOn reason byUserId }`;
const FIELDS = `id caseId type trigger subject body channel status overdue sentOn receivedOn
  recipientNote archivedAt case { id title } recipients { id name }
  attachments { fileName contentType sizeBytes description } deadline { ${DEADLINE} }`;
const CREATE = `mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateWrittenRequestInput!) { updateWrittenRequest(id: $id, input: $input) { ${FIELDS} } }`;
const SEND = `mutation ($id: ID!, $input: SendWrittenRequestInput!) { sendWrittenRequest(id: $id, input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!, $reason: String) { withdrawWrittenRequest(id: $id, reason: $reason) { id status withdrawnReason } }`;
const CLOSE = `mutation ($id: ID!) { closeWrittenRequest(id: $id) { id status } }`;
const OVERRIDE = `mutation ($id: ID!, $input: OverrideDeadlineInput!) { overrideDeadline(id: $id, input: $input) { ${FIELDS} } }`;
const CLEAR = `mutation ($id: ID!) { clearDeadlineOverride(id: $id) { ${FIELDS} } }`;
const ARCHIVE = 'mutation ($id: ID!) { archiveWrittenRequest(id: $id) { id archivedAt } }';
const RESTORE = 'mutation ($id: ID!) { restoreWrittenRequest(id: $id) { id archivedAt } }';
const DELETE = 'mutation ($id: ID!) { deleteWrittenRequest(id: $id) { id } }';
const GET = `query ($id: ID!) { writtenRequest(id: $id) { ${FIELDS} } }`;
const PREVIEW = `query ($input: DeadlinePreviewInput!) { deadlinePreview(input: $input) { ${DEADLINE} } }`;
const PAGE =
  'edges { cursor node { id status overdue deadline { dueAt } } } pageInfo { hasNextPage endCursor }';
const LIST = `query ($filter: WrittenRequestFilter, $first: Int, $after: String) {
  writtenRequests(filter: $filter, first: $first, after: $after) { ${PAGE} } }`;
const OVERDUE = `query ($first: Int, $after: String) { overdueRequests(first: $first, after: $after) { ${PAGE} } }`;
const DUE_SOON = `query ($withinDays: Int, $first: Int) { dueSoonRequests(withinDays: $withinDays, first: $first) { ${PAGE} } }`;
const OPEN_CASE = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`;

interface Deadline {
  dueOn: string | null;
  dueAt: string | null;
  computedDueOn: string | null;
  ruleId: string | null;
  citation: string | null;
  verified: boolean;
  unit: string | null;
  period: number | null;
  skippedDays: Array<{ date: string; kind: string; reason: string }>;
  jurisdiction: { applied: string; fellBackToFederal: boolean; note: string | null };
  override: { dueOn: string; reason: string; byUserId: string | null } | null;
  [key: string]: unknown;
}
interface RequestShape {
  id: string;
  status: string;
  overdue: boolean;
  sentOn: string | null;
  receivedOn: string | null;
  recipients: Array<{ id: string; name: string }>;
  attachments: Array<{ fileName: string; sizeBytes: number | null }>;
  deadline: Deadline | null;
  [key: string]: unknown;
}
interface Page {
  edges: Array<{ cursor: string; node: { id: string; status: string; overdue: boolean } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A date `days` from today (negative: before) in a time zone, YYYY-MM-DD. */
const dayFromToday = (days: number, timeZone = 'America/Chicago'): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(Date.now() + days * 864e5));

describe('written requests over HTTP', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let adminA: TestAuth;
  let adminB: TestAuth;
  let analystA: TestAuth;
  const ids: Record<string, string> = {};

  const as = (auth: TestAuth) => api.as(auth);
  const sql = <T = Record<string, string>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);
  const one = async (text: string, params: unknown[]): Promise<string> =>
    (await sql<{ id: string }>(`${text} RETURNING id`, params))[0]!.id;

  // Analysts here were granted family records by an admin (analyst-access.int-spec.ts tests
  // an analyst without the grant).
  const joinAs = (label: string, organizationId: string, role: string): Promise<TestAuth> =>
    joinOrganizationAs(api.anonymous, api.adminUrl, label, organizationId, role, {
      readsFamilyRecords: role === 'ANALYST',
    });

  /** A district (with the calendar), a school, a contact, a family, a student and a case. */
  async function seed(auth: TestAuth, label: string, state: string, timeZone: string) {
    const world = await given(api.adminUrl, auth, label)
      .district({ name: `${label} District`, state, timeZone, calendar: FICTIONAL_2025_26 })
      .school()
      .contact('CASE_MANAGER', { email: 'cm@example.org' })
      .family()
      .student();
    const { openCase } = await as(auth).data<{ openCase: { id: string } }>(OPEN_CASE, {
      input: {
        familyId: world.familyId,
        studentId: world.studentId,
        title: `${label} school refusal`,
        concerns: ['SCHOOL_REFUSAL'],
        openedOn: '2025-09-02',
      },
    });
    return { ...world, caseId: openCase.id };
  }

  const create = async (auth: TestAuth, input: Record<string, unknown>) =>
    (await as(auth).data<{ createWrittenRequest: RequestShape }>(CREATE, { input }))
      .createWrittenRequest;
  const send = async (auth: TestAuth, id: string, input: Record<string, unknown>) =>
    (await as(auth).data<{ sendWrittenRequest: RequestShape }>(SEND, { id, input }))
      .sendWrittenRequest;
  const draft = (caseId: string, contact: string, extra: Record<string, unknown> = {}) =>
    create(adminA, {
      caseId,
      type: 'EVALUATION',
      trigger: 'WRITTEN_REQUEST_RECEIVED',
      subject: 'Request for a full individual evaluation',
      recipientIds: [contact],
      ...extra,
    });
  const listIds = async (auth: TestAuth, query: string, variables: Record<string, unknown>) => {
    const data = await as(auth).data<Record<string, Page>>(query, variables);
    return Object.values(data)[0]!.edges.map((edge) => edge.node.id);
  };

  beforeAll(async () => {
    api = await createTestApp(REQUESTS_API, { admins: ['a', 'b'] });
    [adminA, adminB] = api.admins;
    analystA = await joinAs('analyst-a', adminA.activeOrganization!.id, 'ANALYST');
    const tx = await seed(adminA, 'Austin', 'TX', 'America/Chicago');
    const ca = await seed(adminA, 'Maple Valley', 'CA', 'America/Los_Angeles');
    const b = await seed(adminB, 'Other', 'TX', 'America/Chicago');
    Object.assign(ids, {
      txCase: tx.caseId,
      txContact: tx.contactId,
      caCase: ca.caseId,
      caContact: ca.contactId,
      caseB: b.caseId,
      contactB: b.contactId,
      txDistrict: tx.districtId,
    });
    ids['archivedContact'] = await one(
      `INSERT INTO school_contact (organization_id, district_id, name, role, archived_at)
       VALUES ($1, $2, 'Gone', 'TEACHER', now())`,
      [adminA.activeOrganization!.id, tx.districtId],
    );
  });

  afterAll(() => api?.close());

  describe('drafting and sending', () => {
    it('drafts with recipients in order and attachments, and no deadline yet', async () => {
      const created = await draft(ids['txCase']!, ids['txContact']!, {
        body: 'Dear Ms. Case Manager, …',
        attachments: [
          { fileName: 'psychiatrist.pdf', contentType: 'application/pdf', sizeBytes: 1200 },
        ],
      });
      ids['tx'] = created.id;
      expect(created).toMatchObject({
        status: 'DRAFT',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        overdue: false,
        deadline: null,
        recipients: [{ id: ids['txContact'], name: 'Austin Case Manager' }],
        attachments: [{ fileName: 'psychiatrist.pdf', sizeBytes: 1200 }],
        case: { id: ids['txCase'] },
      });
    });

    it('sends in Texas: 15 school days under 19 TAC 89.1011, skipping the closure', async () => {
      const sent = await send(adminA, ids['tx']!, { sentOn: '2025-10-06', channel: 'EMAIL' });
      expect(sent).toMatchObject({
        status: 'SENT',
        sentOn: '2025-10-06',
        receivedOn: '2025-10-06',
      });
      expect(sent.deadline).toMatchObject({
        dueOn: '2025-10-28',
        dueAt: '2025-10-29T04:59:59.999Z',
        ruleId: 'TX-89.1011-FIIE-RESPONSE',
        unit: 'SCHOOL_DAYS',
        period: 15,
        verified: true,
        override: null,
        jurisdiction: { applied: 'TX', fellBackToFederal: false },
      });
      expect(sent.deadline!.citation).toContain('89.1011');
      expect(sent.deadline!.skippedDays).toContainEqual(
        expect.objectContaining({ date: '2025-10-13' }),
      );
      // Due in 2025: overdue now, with no response.
      expect(sent.overdue).toBe(true);
    });

    it('gives scenario 1 in California: received Mon 6 Oct 2025, due Tue 21 Oct 2025', async () => {
      const created = await draft(ids['caCase']!, ids['caContact']!);
      ids['ca'] = created.id;
      const sent = await send(adminA, created.id, { sentOn: '2025-10-06', channel: 'EMAIL' });
      expect(sent.deadline).toMatchObject({ dueOn: '2025-10-21' });
      expect(sent.deadline!.citation).toContain('56321');
    });

    it('equals the preview the drafting screen showed', async () => {
      const { deadlinePreview } = await as(analystA).data<{ deadlinePreview: Deadline }>(PREVIEW, {
        input: {
          caseId: ids['caCase'],
          type: 'EVALUATION',
          trigger: 'WRITTEN_REQUEST_RECEIVED',
          receivedOn: '2025-10-06',
        },
      });
      const { writtenRequest } = await as(adminA).data<{ writtenRequest: RequestShape }>(GET, {
        id: ids['ca'],
      });
      expect(deadlinePreview).toEqual(writtenRequest.deadline);
    });

    it('recomputes when the date the school received it is corrected', async () => {
      const { updateWrittenRequest } = await as(adminA).data<{
        updateWrittenRequest: RequestShape;
      }>(UPDATE, { id: ids['tx'], input: { receivedOn: '2025-10-07' } });
      expect(updateWrittenRequest.receivedOn).toBe('2025-10-07');
      expect(updateWrittenRequest.deadline!.dueOn).toBe('2025-10-29');
    });

    it('recomputes when the district’s calendar changes', async () => {
      const [year] = await sql<{ id: string }>(
        'SELECT id FROM school_year WHERE district_id = $1',
        [ids['txDistrict']],
      );
      const dueOn = async () =>
        (await as(adminA).data<{ writtenRequest: RequestShape }>(GET, { id: ids['tx'] }))
          .writtenRequest.deadline!.dueOn;
      await as(adminA).data(
        'mutation ($id: ID!) { addNonSchoolDays(schoolYearId: $id, days: [{ from: "2025-10-20", label: "Staff day" }]) { id } }',
        { id: year!.id },
      );
      expect(await dueOn()).toBe('2025-10-30');
      await as(adminA).data(
        'mutation ($id: ID!) { removeNonSchoolDays(schoolYearId: $id, dates: ["2025-10-20"]) { id } }',
        { id: year!.id },
      );
      expect(await dueOn()).toBe('2025-10-29');
    });

    it('keeps the letter fixed once sent', async () => {
      expect(
        await as(adminA).errorOf(UPDATE, { id: ids['tx'], input: { subject: 'Changed' } }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'subject',
            message:
              'cannot change once the request is SENT: what was sent is what the record shows',
          },
        ],
      });
    });

    it('refuses dates out of order, in the future, and a letter without receivedOn', async () => {
      const { id } = await draft(ids['txCase']!, ids['txContact']!);
      ids['txDraft'] = id;
      const fieldsOf = async (input: Record<string, unknown>) =>
        (await as(adminA).errorOf(SEND, { id, input })).fields as Array<{ field: string }>;
      expect(
        await as(adminA).errorOf(SEND, {
          id,
          input: { sentOn: '2025-10-06', receivedOn: '2025-10-03', channel: 'EMAIL' },
        }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'receivedOn', message: 'cannot be before the request was sent (2025-10-06)' },
        ],
      });
      expect((await fieldsOf({ sentOn: dayFromToday(3), channel: 'EMAIL' }))[0]).toMatchObject({
        field: 'sentOn',
      });
      const letter = await as(adminA).errorOf(SEND, {
        id,
        input: { sentOn: '2025-10-06', channel: 'LETTER' },
      });
      expect(letter.code).toBe('BAD_USER_INPUT');
      expect(letter.fields).toEqual([
        expect.objectContaining({
          field: 'receivedOn',
          message: expect.stringContaining('required for a LETTER') as unknown,
        }),
      ]);
    });
  });

  describe('overrides', () => {
    it('needs a reason', async () => {
      for (const reason of [undefined, '   ']) {
        expect(
          await as(adminA).errorOf(OVERRIDE, {
            id: ids['tx'],
            input: { dueOn: '2025-11-07', ...(reason === undefined ? {} : { reason }) },
          }),
        ).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [
            {
              field: 'reason',
              message: 'must say why the deadline is set by hand (at most 2000 characters)',
            },
          ],
        });
      }
    });

    it('wins over the computation, survives a recompute, and clears back', async () => {
      const { overrideDeadline } = await as(adminA).data<{ overrideDeadline: RequestShape }>(
        OVERRIDE,
        { id: ids['tx'], input: { dueOn: '2025-11-07', reason: 'District agreed in writing' } },
      );
      expect(overrideDeadline.deadline).toMatchObject({
        dueOn: '2025-11-07',
        computedDueOn: '2025-10-29',
        override: {
          dueOn: '2025-11-07',
          reason: 'District agreed in writing',
          byUserId: adminA.user.id,
        },
      });
      const { updateWrittenRequest } = await as(adminA).data<{
        updateWrittenRequest: RequestShape;
      }>(UPDATE, { id: ids['tx'], input: { receivedOn: '2025-10-06' } });
      expect(updateWrittenRequest.deadline).toMatchObject({
        dueOn: '2025-11-07',
        computedDueOn: '2025-10-28',
      });
      const { clearDeadlineOverride } = await as(adminA).data<{
        clearDeadlineOverride: RequestShape;
      }>(CLEAR, { id: ids['tx'] });
      expect(clearDeadlineOverride.deadline).toMatchObject({ dueOn: '2025-10-28', override: null });
      const audited = await sql<{ count: string }>(
        `SELECT count(*) FROM audit_event WHERE action = 'overrideDeadline'`,
      );
      expect(Number(audited[0]!.count)).toBeGreaterThan(0);
    });
  });

  describe('overdue and due soon', () => {
    it('lists SENT requests past their deadline and due within N days, earliest first', async () => {
      const soon = await draft(ids['txCase']!, ids['txContact']!);
      await send(adminA, soon.id, { sentOn: '2025-10-06', channel: 'EMAIL' });
      await as(adminA).data(OVERRIDE, {
        id: soon.id,
        input: { dueOn: dayFromToday(2), reason: 'Agreed extension' },
      });
      const later = await draft(ids['txCase']!, ids['txContact']!);
      await send(adminA, later.id, { sentOn: '2025-10-06', channel: 'EMAIL' });
      await as(adminA).data(OVERRIDE, {
        id: later.id,
        input: { dueOn: dayFromToday(20), reason: 'Agreed extension' },
      });
      const overdue = await listIds(adminA, OVERDUE, { first: 50 });
      expect(overdue).toEqual([ids['ca'], ids['tx']]); // 21 Oct, then 28 Oct 2025
      expect(await listIds(analystA, DUE_SOON, { first: 50 })).toEqual([soon.id]);
      expect(await listIds(adminA, DUE_SOON, { withinDays: 30, first: 50 })).toEqual([
        soon.id,
        later.id,
      ]);
      const filtered = await listIds(adminA, LIST, { filter: { overdue: true }, first: 50 });
      expect(filtered).toEqual(overdue);
      ids['soon'] = soon.id;
    });

    it('pages with a stable order: due first, no deadline last', async () => {
      const all = await listIds(adminA, LIST, { first: 100 });
      expect(all.slice(0, 2)).toEqual([ids['ca'], ids['tx']]);
      expect(all.at(-1)).toBe(ids['txDraft']);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const data: { writtenRequests: Page } = await as(adminA).data(LIST, { first: 2, after });
        seen.push(...data.writtenRequests.edges.map((edge) => edge.node.id));
        after = data.writtenRequests.pageInfo.hasNextPage
          ? data.writtenRequests.pageInfo.endCursor
          : null;
      } while (after);
      expect(seen).toEqual(all);
      expect(await listIds(adminA, LIST, { filter: { status: ['DRAFT'] }, first: 50 })).toEqual([
        ids['txDraft'],
      ]);
      expect(
        await listIds(adminA, LIST, { filter: { dueBefore: '2025-10-25' }, first: 50 }),
      ).toEqual([ids['ca']]);
    });
  });

  describe('status moves, archive and delete', () => {
    it('withdraws, closes and refuses a move that is not allowed', async () => {
      expect(await as(adminA).errorOf(CLOSE, { id: ids['txDraft'] })).toMatchObject({
        code: 'CONFLICT',
        message:
          'This request cannot be closed: a DRAFT request can only be sent (SENT) or withdrawn (WITHDRAWN).',
      });
      const { withdrawWrittenRequest } = await as(adminA).data<{
        withdrawWrittenRequest: { status: string; withdrawnReason: string | null };
      }>(WITHDRAW, { id: ids['soon'], reason: 'The family moved' });
      expect(withdrawWrittenRequest).toMatchObject({
        status: 'WITHDRAWN',
        withdrawnReason: 'The family moved',
      });
      expect(await listIds(adminA, DUE_SOON, { first: 50 })).toEqual([]);
      expect((await as(adminA).errorOf(CLOSE, { id: ids['soon'] })).code).toBe('CONFLICT');
      const { closeWrittenRequest } = await as(adminA).data<{
        closeWrittenRequest: { status: string };
      }>(CLOSE, { id: ids['ca'] });
      expect(closeWrittenRequest.status).toBe('CLOSED');
      expect(await listIds(adminA, OVERDUE, { first: 50 })).toEqual([ids['tx']]);
    });

    it('archives out of lists, restores, and deletes', async () => {
      await as(adminA).data(ARCHIVE, { id: ids['txDraft'] });
      expect(await listIds(adminA, LIST, { first: 100 })).not.toContain(ids['txDraft']);
      expect(
        await listIds(adminA, LIST, { filter: { includeArchived: true }, first: 100 }),
      ).toContain(ids['txDraft']);
      await as(adminA).data(RESTORE, { id: ids['txDraft'] });
      expect(await listIds(adminA, LIST, { first: 100 })).toContain(ids['txDraft']);
      await as(adminA).data(DELETE, { id: ids['txDraft'] });
      expect((await as(adminA).errorOf(GET, { id: ids['txDraft'] })).code).toBe('NOT_FOUND');
    });

    it('refuses to delete a request with a school response (CONFLICT)', async () => {
      await sql(
        `INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome)
         VALUES ($1, $2, '2025-10-20', 'EMAIL', 'DEFERRED_NEEDS_DATA')`,
        [adminA.activeOrganization!.id, ids['ca']],
      );
      expect((await as(adminA).errorOf(DELETE, { id: ids['ca'] })).code).toBe('CONFLICT');
    });
  });

  describe('recipients', () => {
    it('must be active contacts of the organization', async () => {
      for (const [contact, message] of [
        [ids['archivedContact'], 'names an archived school contact: restore it first'],
        [ids['contactB'], 'names no school contact of your organization'],
      ]) {
        expect(
          await as(adminA).errorOf(CREATE, {
            input: {
              caseId: ids['txCase'],
              type: 'RECORDS',
              subject: 'Records',
              recipientIds: [ids['txContact'], contact],
            },
          }),
        ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'recipientIds.1', message }] });
      }
    });

    it('of another district need a note saying why', async () => {
      const input = {
        caseId: ids['txCase'],
        type: 'RECORDS',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        subject: 'Records',
        recipientIds: [ids['txContact'], ids['caContact']],
      };
      expect(await as(adminA).errorOf(CREATE, { input })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'recipientIds.1',
            message:
              "is a contact of another district than the student's school's (Austin District): say why in recipientNote",
          },
        ],
      });
      const created = await create(adminA, {
        ...input,
        recipientNote: 'The county office keeps the records',
      });
      expect(created.recipients.map((r) => r.id)).toEqual([ids['txContact'], ids['caContact']]);
    });
  });

  describe('access', () => {
    it('hides one organization’s requests from another (NOT_FOUND)', async () => {
      const asB = as(adminB);
      const id = ids['tx'];
      for (const [query, variables] of [
        [GET, { id }],
        [UPDATE, { id, input: { receivedOn: '2025-10-08' } }],
        [SEND, { id, input: { sentOn: '2025-10-06', channel: 'EMAIL' } }],
        [WITHDRAW, { id }],
        [CLOSE, { id }],
        [OVERRIDE, { id, input: { dueOn: '2025-11-01', reason: 'x' } }],
        [CLEAR, { id }],
        [ARCHIVE, { id }],
        [RESTORE, { id }],
        [DELETE, { id }],
      ] as const) {
        expect((await asB.errorOf(query, variables)).code).toBe('NOT_FOUND');
      }
      expect(await listIds(adminB, LIST, { first: 100 })).toEqual([]);
      expect(await listIds(adminB, OVERDUE, { first: 100 })).toEqual([]);
    });

    it('refuses another organization’s case and contacts in inputs (BAD_USER_INPUT)', async () => {
      expect(
        await as(adminB).errorOf(CREATE, {
          input: { caseId: ids['txCase'], type: 'RECORDS', subject: 'x', recipientIds: [] },
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'caseId' }] });
      expect(
        await as(adminB).errorOf(CREATE, {
          input: {
            caseId: ids['caseB'],
            type: 'RECORDS',
            subject: 'x',
            recipientIds: [ids['txContact']],
          },
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'recipientIds.0' }] });
      expect(
        await as(adminB).errorOf(PREVIEW, {
          input: { caseId: ids['txCase'], type: 'EVALUATION', receivedOn: '2025-10-06' },
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'caseId' }] });
    });

    it('lets an analyst read but not write', async () => {
      expect(await listIds(analystA, LIST, { first: 100 })).toContain(ids['tx']);
      for (const [query, variables] of [
        [
          CREATE,
          { input: { caseId: ids['txCase'], type: 'RECORDS', subject: 'x', recipientIds: [] } },
        ],
        [CLOSE, { id: ids['tx'] }],
        [OVERRIDE, { id: ids['tx'], input: { dueOn: '2025-11-01', reason: 'x' } }],
        [ARCHIVE, { id: ids['tx'] }],
        [DELETE, { id: ids['tx'] }],
      ] as const) {
        expect((await as(analystA).errorOf(query, variables)).code).toBe('FORBIDDEN');
      }
    });
  });
});
