import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  createTestApp,
  joinAs as joinOrganizationAs,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { given } from '@onrecord/test-fixtures';
import { REQUESTS_API } from '../testing/requests-api';

/**
 * School responses and commitments through GraphQL over HTTP: the one-step record, its
 * rules, what the request becomes, commitments and overdue, the caseload's facts, the
 * timeline, and what another organization (or an analyst) gets.
 */
const RESPONSE_FIELDS = `id requestId receivedOn channel respondedByContactId outcome reasons
  summary priorWrittenNotice archivedAt
  commitments { id description dueOn status resolvedOn dataWhat dataHow meanwhile overdue }`;
const RECORD = `mutation ($requestId: ID!, $input: SchoolResponseInput!) {
  recordSchoolResponse(requestId: $requestId, input: $input) { ${RESPONSE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateSchoolResponseInput!) {
  updateSchoolResponse(id: $id, input: $input) { ${RESPONSE_FIELDS} } }`;
const RESPONSES = `query ($requestId: ID!, $includeArchived: Boolean) {
  schoolResponses(requestId: $requestId, includeArchived: $includeArchived) { id receivedOn outcome } }`;
const RESPONSE = `query ($id: ID!) { schoolResponse(id: $id) { id } }`;
const ARCHIVE_RESPONSE = `mutation ($id: ID!) { archiveSchoolResponse(id: $id) { id archivedAt } }`;
const RESTORE_RESPONSE = `mutation ($id: ID!) { restoreSchoolResponse(id: $id) { id archivedAt } }`;
const DELETE_RESPONSE = `mutation ($id: ID!) { deleteSchoolResponse(id: $id) { id } }`;
const COMMITMENT_FIELDS = `id responseId description dueOn status resolvedOn overdue archivedAt`;
const ADD_COMMITMENT = `mutation ($responseId: ID!, $input: CommitmentInput!) {
  addCommitment(responseId: $responseId, input: $input) { ${COMMITMENT_FIELDS} } }`;
const UPDATE_COMMITMENT = `mutation ($id: ID!, $input: UpdateCommitmentInput!) {
  updateCommitment(id: $id, input: $input) { ${COMMITMENT_FIELDS} } }`;
const MET = `mutation ($id: ID!, $on: String!) { markCommitmentMet(id: $id, on: $on) { ${COMMITMENT_FIELDS} } }`;
const MISSED = `mutation ($id: ID!, $on: String!) { markCommitmentMissed(id: $id, on: $on) { ${COMMITMENT_FIELDS} } }`;
const REOPEN = `mutation ($id: ID!) { reopenCommitment(id: $id) { ${COMMITMENT_FIELDS} } }`;
const ARCHIVE_COMMITMENT = `mutation ($id: ID!) { archiveCommitment(id: $id) { id archivedAt } }`;
const RESTORE_COMMITMENT = `mutation ($id: ID!) { restoreCommitment(id: $id) { id archivedAt } }`;
const DELETE_COMMITMENT = `mutation ($id: ID!) { deleteCommitment(id: $id) { id } }`;
const COMMITMENT = `query ($id: ID!) { commitment(id: $id) { id } }`;
const COMMITMENTS = `query ($filter: CommitmentFilter, $first: Int, $after: String) {
  commitments(filter: $filter, first: $first, after: $after) {
    edges { node { ${COMMITMENT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const CASELOAD = `query { caseload(first: 50) {
  edges { node { case { id } nextDeadline openRequestCount overdueCount } } } }`;
const TIMELINE = `query ($caseId: ID!) { caseTimeline(caseId: $caseId, first: 50, order: OLDEST_FIRST) {
  edges { node { id kind occurredAt title detail entityType entityId sharedWithFamily } } } }`;

interface Commitment {
  id: string;
  responseId: string;
  dueOn: string;
  status: string;
  resolvedOn: string | null;
  overdue: boolean;
  archivedAt: string | null;
}
interface Response {
  id: string;
  outcome: string;
  reasons: string[];
  commitments: Commitment[];
}

const DATA_PLAN = {
  description: 'Collect attendance and behavior data for four weeks',
  dueOn: '2025-10-29',
  dataWhat: 'Daily attendance and morning-transition observations',
  dataHow: 'Counselor log, checked weekly',
  meanwhile: 'Late start and a safe person each morning',
};

describe('school responses over HTTP', () => {
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
  const statusOf = async (requestId: string) =>
    (
      await sql<{ status: string }>('SELECT status FROM written_request WHERE id = $1', [requestId])
    )[0]!.status;

  // Analysts here were granted family records by an admin (analyst-access.int-spec.ts tests
  // an analyst without the grant).
  const joinAs = (label: string, organizationId: string, role: string): Promise<TestAuth> =>
    joinOrganizationAs(api.anonymous, api.adminUrl, label, organizationId, role, {
      readsFamilyRecords: role === 'ANALYST',
    });

  /** A district, school, contacts, family, student and a case assigned to `auth`. */
  const seedCase = (auth: TestAuth, label: string) =>
    given(api.adminUrl, auth, label)
      .district()
      .school()
      .contact('CASE_MANAGER')
      .contact('PRINCIPAL', {
        as: 'archivedContactId',
        name: 'Gone Principal',
        districtWide: true,
        archived: true,
      })
      .family()
      .student()
      .openCase();

  /** A written request as the written-requests feature leaves it once sent. */
  const request = (
    org: string,
    caseId: string,
    options: { status?: string; sentOn?: string | null; dueAt?: string; type?: string } = {},
  ) =>
    one(
      `INSERT INTO written_request
         (organization_id, case_id, type, subject, status, sent_on, received_on, due_on, due_at, deadline)
       VALUES ($1, $2, $3, $4, $5, $6::date, $6::date, ($7::timestamptz AT TIME ZONE 'America/Chicago')::date, $7::timestamptz,
               '{"citation": "19 TAC §89.1011"}'::jsonb)`,
      [
        org,
        caseId,
        options.type ?? 'EVALUATION',
        `Please evaluate (${options.type ?? 'EVALUATION'})`,
        options.status ?? 'SENT',
        options.sentOn === undefined ? '2025-09-01' : options.sentOn,
        options.dueAt ?? '2025-10-15T04:59:59.999Z',
      ],
    );

  const record = async (requestId: string, input: Record<string, unknown>) =>
    (await as(adminA).data<{ recordSchoolResponse: Response }>(RECORD, { requestId, input }))
      .recordSchoolResponse;
  const base = { receivedOn: '2025-09-10', channel: 'EMAIL' };

  beforeAll(async () => {
    api = await createTestApp(REQUESTS_API, { admins: ['resp-a', 'resp-b'] });
    [adminA, adminB] = api.admins;
    analystA = await joinAs('resp-analyst-a', adminA.activeOrganization!.id, 'ANALYST');
    const a = await seedCase(adminA, 'Garcia');
    const b = await seedCase(adminB, 'Other');
    Object.assign(ids, {
      orgA: adminA.activeOrganization!.id,
      orgB: adminB.activeOrganization!.id,
      caseA: a.caseId,
      contactA: a.contactId,
      archivedContactA: a.archivedContactId,
      caseB: b.caseId,
      contactB: b.contactId,
    });
  });
  afterAll(() => api?.close());

  it('records every outcome kind and moves the request to RESPONDED', async () => {
    const outcomes: Array<[string, string[]]> = [
      ['GRANTED', []],
      ['DENIED', ['LACK_OF_DATA', 'PRECEDENT_OR_POLICY']],
      ['NOT_AVAILABLE', ['RESOURCES_STAFFING']],
      ['MEETING_SCHEDULED', []],
      ['REFERRED_ELSEWHERE', []],
      ['OTHER', ['OTHER']],
    ];
    for (const [outcome, reasons] of outcomes) {
      const requestId = await request(ids['orgA']!, ids['caseA']!);
      const response = await record(requestId, {
        ...base,
        outcome,
        reasons,
        respondedByContactId: ids['contactA'],
        summary: `The school said ${outcome}`,
        // A no (in whole or part) answers an evaluation request only with its Prior Written
        // Notice; without it, it is a stall ('a stall is not an answer' below).
        priorWrittenNotice: ['DENIED', 'NOT_AVAILABLE', 'REFERRED_ELSEWHERE'].includes(outcome),
      });
      expect(response).toMatchObject({ outcome, reasons, requestId, commitments: [] });
      expect(await statusOf(requestId)).toBe('RESPONDED');
    }
  });

  it('asks the three questions of a DEFERRED_NEEDS_DATA response', async () => {
    const requestId = await request(ids['orgA']!, ids['caseA']!);
    const refused = await as(adminA).errorOf(RECORD, {
      requestId,
      input: { ...base, outcome: 'DEFERRED_NEEDS_DATA', reasons: ['LACK_OF_DATA'] },
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.fields).toEqual([
      { field: 'commitments', message: expect.stringMatching(/what data.*how.*meanwhile/) },
    ]);
    const halfAnswered = await as(adminA).errorOf(RECORD, {
      requestId,
      input: {
        ...base,
        outcome: 'DEFERRED_NEEDS_DATA',
        commitments: [{ description: 'Collect data', dueOn: '2025-10-01', dataWhat: 'Attendance' }],
      },
    });
    expect(halfAnswered.fields).toEqual([{ field: 'commitments', message: expect.any(String) }]);
    expect(await statusOf(requestId)).toBe('SENT');

    const response = await record(requestId, {
      ...base,
      outcome: 'DEFERRED_NEEDS_DATA',
      reasons: ['LACK_OF_DATA'],
      commitments: [DATA_PLAN],
    });
    expect(response.commitments).toEqual([
      expect.objectContaining({ ...DATA_PLAN, status: 'OPEN', resolvedOn: null, overdue: true }),
    ]);
    // "We need more data first" is not an answer: the request is still owed.
    expect(await statusOf(requestId)).toBe('SENT');
    // The data plan stays on file: its last commitment cannot be archived away.
    const archived = await as(adminA).errorOf(ARCHIVE_COMMITMENT, {
      id: response.commitments[0]!.id,
    });
    expect(archived.code).toBe('BAD_USER_INPUT');
    // Nor can the outcome become DEFERRED_NEEDS_DATA without one.
    const granted = await record(await request(ids['orgA']!, ids['caseA']!), {
      ...base,
      outcome: 'GRANTED',
    });
    expect(
      (
        await as(adminA).errorOf(UPDATE, {
          id: granted.id,
          input: { outcome: 'DEFERRED_NEEDS_DATA' },
        })
      ).fields,
    ).toEqual([{ field: 'outcome', message: expect.stringMatching(/what data/) }]);
  });

  it('refuses dates out of order, reasons for a yes, unsent requests and bad contacts', async () => {
    const requestId = await request(ids['orgA']!, ids['caseA']!, { sentOn: '2025-09-05' });
    const fieldsOf = async (input: Record<string, unknown>, id = requestId) =>
      (
        await as(adminA).errorOf(RECORD, {
          requestId: id,
          input: { ...base, outcome: 'GRANTED', ...input },
        })
      ).fields;

    expect(await fieldsOf({ receivedOn: '2025-09-04' })).toEqual([
      {
        field: 'receivedOn',
        message: 'a response cannot come before the request (sent 2025-09-05)',
      },
    ]);
    expect(await fieldsOf({ receivedOn: '2199-01-01' })).toEqual([
      { field: 'receivedOn', message: expect.stringContaining('future') },
    ]);
    expect(await fieldsOf({ reasons: ['NOT_ELIGIBLE'] })).toEqual([
      { field: 'reasons', message: expect.stringContaining('GRANTED') },
    ]);
    expect(await fieldsOf({ outcome: 'MEETING_SCHEDULED', reasons: ['OTHER'] })).toEqual([
      { field: 'reasons', message: expect.any(String) },
    ]);
    expect(await fieldsOf({ commitments: [{ description: 'Meet', dueOn: '2025-09-01' }] })).toEqual(
      [{ field: 'commitments.0.dueOn', message: expect.stringContaining('2025-09-10') }],
    );
    expect(await fieldsOf({ respondedByContactId: ids['archivedContactA'] })).toEqual([
      { field: 'respondedByContactId', message: expect.stringContaining('archived') },
    ]);
    expect(await fieldsOf({ respondedByContactId: ids['contactB'] })).toEqual([
      { field: 'respondedByContactId', message: expect.stringContaining('names no') },
    ]);

    const draft = await request(ids['orgA']!, ids['caseA']!, { status: 'DRAFT', sentOn: null });
    expect(await fieldsOf({}, draft)).toEqual([
      { field: 'requestId', message: expect.stringContaining('never sent') },
    ]);
    const withdrawn = await request(ids['orgA']!, ids['caseA']!, { status: 'WITHDRAWN' });
    expect(await fieldsOf({}, withdrawn)).toEqual([
      { field: 'requestId', message: expect.stringContaining('withdrawn') },
    ]);
    const closed = await request(ids['orgA']!, ids['caseA']!, { status: 'CLOSED' });
    expect(await fieldsOf({}, closed)).toEqual([
      { field: 'requestId', message: expect.stringContaining('closed') },
    ]);
  });

  it('a stall is not an answer: a deferral or a no without Prior Written Notice leaves the request SENT and overdue', async () => {
    // Due 2025-10-15 (request()'s default), long past: SENT with no answer that discharges it
    // reads as overdue, and its follow-ups are planned as for an unanswered request.
    const requestId = await request(ids['orgA']!, ids['caseA']!);
    // (The seeded explanation is not a whole engine result: the request's own fields need one.)
    await sql('UPDATE written_request SET deadline = NULL WHERE id = $1', [requestId]);
    const overdueOf = async () =>
      (
        await as(adminA).data<{ writtenRequest: { status: string; overdue: boolean } }>(
          `query ($id: ID!) { writtenRequest(id: $id) { status overdue } }`,
          { id: requestId },
        )
      ).writtenRequest;
    await record(requestId, {
      ...base,
      outcome: 'DEFERRED_NEEDS_DATA',
      reasons: ['LACK_OF_DATA'],
      commitments: [DATA_PLAN],
    });
    expect(await overdueOf()).toEqual({ status: 'SENT', overdue: true });
    const refusal = await record(requestId, {
      ...base,
      receivedOn: '2025-09-12',
      outcome: 'DENIED',
      reasons: ['NOT_ELIGIBLE'],
    });
    expect(await overdueOf()).toEqual({ status: 'SENT', overdue: true });
    // The notice arrives (recorded on the same answer): the no now answers the request.
    await as(adminA).data(UPDATE, { id: refusal.id, input: { priorWrittenNotice: true } });
    expect(await overdueOf()).toEqual({ status: 'RESPONDED', overdue: false });
    // Recorded by mistake: without it the request is owed again.
    await as(adminA).data(UPDATE, { id: refusal.id, input: { priorWrittenNotice: false } });
    expect(await overdueOf()).toEqual({ status: 'SENT', overdue: true });
    // A no to a records request needs no Prior Written Notice: it answers it.
    const records = await request(ids['orgA']!, ids['caseA']!, { type: 'RECORDS' });
    await record(records, { ...base, outcome: 'DENIED', reasons: ['OTHER'] });
    expect(await statusOf(records)).toBe('RESPONDED');
  });

  it('takes a partial answer, then a full one', async () => {
    const requestId = await request(ids['orgA']!, ids['caseA']!);
    await record(requestId, {
      ...base,
      outcome: 'PARTIALLY_GRANTED',
      reasons: ['RESOURCES_STAFFING'],
      priorWrittenNotice: true,
    });
    expect(await statusOf(requestId)).toBe('PARTIALLY_RESPONDED');
    await record(requestId, {
      ...base,
      receivedOn: '2025-09-12',
      outcome: 'GRANTED',
      partial: true,
    });
    expect(await statusOf(requestId)).toBe('PARTIALLY_RESPONDED');
    const full = await record(requestId, { ...base, receivedOn: '2025-09-11', outcome: 'GRANTED' });
    expect(await statusOf(requestId)).toBe('RESPONDED');

    const list = await as(analystA).data<{
      schoolResponses: Array<{ id: string; receivedOn: string }>;
    }>(RESPONSES, { requestId });
    expect(list.schoolResponses.map((r) => r.receivedOn)).toEqual([
      '2025-09-10',
      '2025-09-11',
      '2025-09-12',
    ]);

    // (The seeded explanation is not a whole engine result: the request's own fields need one.)
    await sql('UPDATE written_request SET deadline = NULL WHERE id = $1', [requestId]);
    const { writtenRequest } = await as(analystA).data<{
      writtenRequest: { status: string; responses: Array<{ receivedOn: string; outcome: string }> };
    }>(`query ($id: ID!) { writtenRequest(id: $id) { status responses { receivedOn outcome } } }`, {
      id: requestId,
    });
    expect(writtenRequest).toEqual({
      status: 'RESPONDED',
      responses: [
        { receivedOn: '2025-09-10', outcome: 'PARTIALLY_GRANTED' },
        { receivedOn: '2025-09-11', outcome: 'GRANTED' },
        { receivedOn: '2025-09-12', outcome: 'GRANTED' },
      ],
    });

    // Archive hides it from the list; includeArchived shows it; restore brings it back.
    await as(adminA).data(ARCHIVE_RESPONSE, { id: full.id });
    const hidden = await as(adminA).data<{ schoolResponses: unknown[] }>(RESPONSES, { requestId });
    expect(hidden.schoolResponses).toHaveLength(2);
    const all = await as(adminA).data<{ schoolResponses: unknown[] }>(RESPONSES, {
      requestId,
      includeArchived: true,
    });
    expect(all.schoolResponses).toHaveLength(3);
    await as(adminA).data(RESTORE_RESPONSE, { id: full.id });

    // Deleting every response leaves the request awaiting an answer again.
    for (const response of list.schoolResponses)
      await as(adminA).data(DELETE_RESPONSE, { id: response.id });
    expect(await statusOf(requestId)).toBe('SENT');
  });

  it('follows commitments through their lifecycle, and lists them with overdue', async () => {
    const requestId = await request(ids['orgA']!, ids['caseA']!);
    const response = await record(requestId, { ...base, outcome: 'MEETING_SCHEDULED' });
    const add = async (input: Record<string, unknown>) =>
      (
        await as(adminA).data<{ addCommitment: Commitment }>(ADD_COMMITMENT, {
          responseId: response.id,
          input,
        })
      ).addCommitment;

    expect(
      (
        await as(adminA).errorOf(ADD_COMMITMENT, {
          responseId: response.id,
          input: { description: 'Meet', dueOn: '2025-09-09' },
        })
      ).fields,
    ).toEqual([{ field: 'dueOn', message: expect.stringContaining('received 2025-09-10') }]);

    const past = await add({ description: 'Hold the IEP meeting', dueOn: '2025-09-20' });
    const future = await add({ description: 'Send the draft IEP', dueOn: '2199-01-01' });
    expect(past).toMatchObject({ status: 'OPEN', overdue: true });
    expect(future).toMatchObject({ status: 'OPEN', overdue: false });

    const updated = await as(adminA).data<{ updateCommitment: Commitment }>(UPDATE_COMMITMENT, {
      id: future.id,
      input: { dueOn: '2199-02-01' },
    });
    expect(updated.updateCommitment.dueOn).toBe('2199-02-01');

    // The delete of a response with commitments is refused.
    expect((await as(adminA).errorOf(DELETE_RESPONSE, { id: response.id })).code).toBe('CONFLICT');

    const listed = async (filter: Record<string, unknown>) =>
      (
        await as(analystA).data<{ commitments: { edges: Array<{ node: Commitment }> } }>(
          COMMITMENTS,
          { filter: { caseId: ids['caseA'], ...filter }, first: 100 },
        )
      ).commitments.edges.map((e) => e.node.id);
    expect(await listed({ overdue: true })).toContain(past.id);
    expect(await listed({ overdue: true })).not.toContain(future.id);
    expect(await listed({ overdue: false })).toContain(future.id);

    const met = await as(adminA).data<{ markCommitmentMet: Commitment }>(MET, {
      id: past.id,
      on: '2025-09-19',
    });
    expect(met.markCommitmentMet).toMatchObject({
      status: 'MET',
      resolvedOn: '2025-09-19',
      overdue: false,
    });
    expect(await listed({ overdue: true })).not.toContain(past.id);
    expect(await listed({ status: 'MET' })).toEqual([past.id]);
    expect((await as(adminA).errorOf(MISSED, { id: past.id, on: '2025-09-01' })).fields).toEqual([
      { field: 'on', message: expect.stringContaining('2025-09-10') },
    ]);
    const missed = await as(adminA).data<{ markCommitmentMissed: Commitment }>(MISSED, {
      id: past.id,
      on: '2025-09-21',
    });
    expect(missed.markCommitmentMissed).toMatchObject({
      status: 'MISSED',
      resolvedOn: '2025-09-21',
    });
    const reopened = await as(adminA).data<{ reopenCommitment: Commitment }>(REOPEN, {
      id: past.id,
    });
    expect(reopened.reopenCommitment).toMatchObject({
      status: 'OPEN',
      resolvedOn: null,
      overdue: true,
    });

    // Paging: one at a time, in due order, without repeats.
    const page1 = await as(adminA).data<{
      commitments: { edges: Array<{ node: Commitment }>; pageInfo: { endCursor: string } };
    }>(COMMITMENTS, { filter: { caseId: ids['caseA'] }, first: 1 });
    const page2 = await as(adminA).data<{
      commitments: { edges: Array<{ node: Commitment }> };
    }>(COMMITMENTS, {
      filter: { caseId: ids['caseA'] },
      first: 1,
      after: page1.commitments.pageInfo.endCursor,
    });
    expect(page2.commitments.edges[0]!.node.dueOn >= page1.commitments.edges[0]!.node.dueOn).toBe(
      true,
    );
    expect(page2.commitments.edges[0]!.node.id).not.toBe(page1.commitments.edges[0]!.node.id);

    await as(adminA).data(ARCHIVE_COMMITMENT, { id: future.id });
    expect(await listed({})).not.toContain(future.id);
    expect(await listed({ includeArchived: true })).toContain(future.id);
    await as(adminA).data(RESTORE_COMMITMENT, { id: future.id });
    expect(await listed({})).toContain(future.id);

    await as(adminA).data(DELETE_COMMITMENT, { id: future.id });
    await as(adminA).data(DELETE_COMMITMENT, { id: past.id });
    await as(adminA).data(DELETE_RESPONSE, { id: response.id });
    expect(await statusOf(requestId)).toBe('SENT');
  });

  it('keeps the caseload facts up to date as responses are recorded', async () => {
    const fresh = await seedCase(adminA, 'Facts');
    const factsOf = async () =>
      (
        await as(adminA).data<{
          caseload: {
            edges: Array<{
              node: {
                case: { id: string };
                nextDeadline: string | null;
                openRequestCount: number;
                overdueCount: number;
              };
            }>;
          };
        }>(CASELOAD)
      ).caseload.edges.find((e) => e.node.case.id === fresh.caseId)!.node;

    const overdue = await request(ids['orgA']!, fresh.caseId, {
      dueAt: '2025-10-15T04:59:59.999Z',
    });
    const upcoming = await request(ids['orgA']!, fresh.caseId, {
      dueAt: '2199-03-01T05:59:59.999Z',
    });
    await request(ids['orgA']!, fresh.caseId, { status: 'DRAFT', sentOn: null });
    expect(await factsOf()).toMatchObject({
      openRequestCount: 2,
      overdueCount: 1,
      nextDeadline: '2025-10-15T04:59:59.999Z',
    });

    await record(overdue, { ...base, outcome: 'DENIED', reasons: ['PREDETERMINED'] });
    expect(await factsOf()).toMatchObject({
      openRequestCount: 1,
      overdueCount: 0,
      nextDeadline: '2199-03-01T05:59:59.999Z',
    });

    // A commitment past its day counts as overdue, due at the end of its day in Chicago.
    const deferred = await record(upcoming, {
      ...base,
      outcome: 'DEFERRED_NEEDS_DATA',
      commitments: [DATA_PLAN],
    });
    expect(await factsOf()).toMatchObject({
      openRequestCount: 0,
      overdueCount: 1,
      nextDeadline: '2025-10-30T05:00:00.000Z',
    });

    await as(adminA).data(MET, { id: deferred.commitments[0]!.id, on: '2025-10-28' });
    expect(await factsOf()).toMatchObject({
      openRequestCount: 0,
      overdueCount: 0,
      nextDeadline: null,
    });
  });

  it('shows requests, responses and commitments on the timeline, in order', async () => {
    const fresh = await seedCase(adminA, 'Timeline');
    const requestId = await request(ids['orgA']!, fresh.caseId, {
      sentOn: '2025-09-02',
      type: 'FBA',
      dueAt: '2025-09-17T04:59:59.999Z',
    });
    const response = await record(requestId, {
      ...base,
      receivedOn: '2025-09-15',
      outcome: 'DEFERRED_NEEDS_DATA',
      reasons: ['LACK_OF_DATA'],
      summary: 'We need four weeks of data first.',
      commitments: [DATA_PLAN],
    });
    const { caseTimeline } = await as(analystA).data<{
      caseTimeline: {
        edges: Array<{
          node: {
            kind: string;
            title: string;
            detail: string | null;
            entityId: string;
            sharedWithFamily: boolean;
          };
        }>;
      };
    }>(TIMELINE, { caseId: fresh.caseId });
    const mine = caseTimeline.edges
      .map((e) => e.node)
      .filter((e) => ['REQUEST_SENT', 'RESPONSE_RECEIVED', 'COMMITMENT_DUE'].includes(e.kind));
    expect(mine).toMatchObject([
      {
        kind: 'REQUEST_SENT',
        title: 'Written request sent: fba, due 2025-09-16 (19 TAC §89.1011)',
        detail: 'Please evaluate (FBA)',
        entityId: requestId,
        sharedWithFamily: true,
      },
      {
        kind: 'RESPONSE_RECEIVED',
        title: 'School response (fba): deferred needs data — reasons: lack of data',
        detail: 'We need four weeks of data first.',
        entityId: response.id,
        sharedWithFamily: true,
      },
      {
        kind: 'COMMITMENT_DUE',
        title: `Commitment due 2025-10-29 (made 2025-09-15): ${DATA_PLAN.description}`,
        detail: `Meanwhile: ${DATA_PLAN.meanwhile}`,
        entityId: response.commitments[0]!.id,
        sharedWithFamily: true,
      },
    ]);
  });

  it("refuses another organization's ids, and lets an analyst read but not write", async () => {
    const requestId = await request(ids['orgA']!, ids['caseA']!);
    const response = await record(requestId, {
      ...base,
      outcome: 'MEETING_SCHEDULED',
      commitments: [{ description: 'Meet', dueOn: '2025-09-30' }],
    });
    const commitmentId = response.commitments[0]!.id;

    const refusals: Array<[string, Record<string, unknown>, string, string?]> = [
      [
        RECORD,
        { requestId, input: { ...base, outcome: 'GRANTED' } },
        'BAD_USER_INPUT',
        'requestId',
      ],
      [RESPONSES, { requestId }, 'NOT_FOUND'],
      [RESPONSE, { id: response.id }, 'NOT_FOUND'],
      [UPDATE, { id: response.id, input: { summary: 'x' } }, 'NOT_FOUND'],
      [ARCHIVE_RESPONSE, { id: response.id }, 'NOT_FOUND'],
      [RESTORE_RESPONSE, { id: response.id }, 'NOT_FOUND'],
      [DELETE_RESPONSE, { id: response.id }, 'NOT_FOUND'],
      [
        ADD_COMMITMENT,
        { responseId: response.id, input: { description: 'x', dueOn: '2025-12-01' } },
        'NOT_FOUND',
      ],
      [COMMITMENT, { id: commitmentId }, 'NOT_FOUND'],
      [UPDATE_COMMITMENT, { id: commitmentId, input: { description: 'x' } }, 'NOT_FOUND'],
      [MET, { id: commitmentId, on: '2025-09-20' }, 'NOT_FOUND'],
      [MISSED, { id: commitmentId, on: '2025-09-20' }, 'NOT_FOUND'],
      [REOPEN, { id: commitmentId }, 'NOT_FOUND'],
      [ARCHIVE_COMMITMENT, { id: commitmentId }, 'NOT_FOUND'],
      [RESTORE_COMMITMENT, { id: commitmentId }, 'NOT_FOUND'],
      [DELETE_COMMITMENT, { id: commitmentId }, 'NOT_FOUND'],
    ];
    for (const [query, variables, code, field] of refusals) {
      const error = await as(adminB).errorOf(query, variables);
      expect({ query, code: error.code }).toEqual({ query, code });
      if (field) expect(error.fields).toEqual([{ field, message: expect.any(String) }]);
    }
    const listedByB = await as(adminB).data<{ commitments: { edges: unknown[] } }>(COMMITMENTS, {
      filter: { caseId: ids['caseA'] },
    });
    expect(listedByB.commitments.edges).toEqual([]);
    expect(await statusOf(requestId)).toBe('RESPONDED');

    // The analyst reads…
    await as(analystA).data(RESPONSE, { id: response.id });
    await as(analystA).data(COMMITMENT, { id: commitmentId });
    // …but writes nothing.
    const writes: Array<[string, Record<string, unknown>]> = [
      [RECORD, { requestId, input: { ...base, outcome: 'GRANTED' } }],
      [UPDATE, { id: response.id, input: { summary: 'x' } }],
      [ARCHIVE_RESPONSE, { id: response.id }],
      [DELETE_RESPONSE, { id: response.id }],
      [
        ADD_COMMITMENT,
        { responseId: response.id, input: { description: 'x', dueOn: '2025-12-01' } },
      ],
      [MET, { id: commitmentId, on: '2025-09-20' }],
      [DELETE_COMMITMENT, { id: commitmentId }],
    ];
    for (const [query, variables] of writes)
      expect((await as(analystA).errorOf(query, variables)).code).toBe('FORBIDDEN');
  });
});
