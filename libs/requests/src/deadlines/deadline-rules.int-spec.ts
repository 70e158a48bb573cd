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
 * An organization's deadline rules over HTTP: the list of built-in rules, corrections,
 * disabled rules, soft defaults, its own rules and removing a change, with the organization's
 * sent requests counted again; two organizations that never see each other's rules; roles.
 * The directory, families and the TX calendar (scenarios.md) are seeded with SQL.
 */
const RULE = `id jurisdiction program requestTypes triggers duty period unit direction citation
  status verified statusNote notes source enabled softDefault { period unit label from }
  override { kind reason byUserId changedAt }`;
const CHANGE = `ruleId rule { ${RULE} } recomputed { requestId previousDueOn dueOn ruleId basis
  basisLabel fellBackToFederal note }`;
const LIST = `query ($filter: DeadlineRuleFilter) { deadlineRules(filter: $filter) { ${RULE} } }`;
const GET = `query ($id: String!) { deadlineRule(id: $id) { ${RULE} } }`;
const CORRECT = `mutation ($ruleId: String!, $input: CorrectDeadlineRuleInput!) {
  correctDeadlineRule(ruleId: $ruleId, input: $input) { ${CHANGE} } }`;
const DISABLE = `mutation ($ruleId: String!, $reason: String!) {
  disableDeadlineRule(ruleId: $ruleId, reason: $reason) { ${CHANGE} } }`;
const SOFT = `mutation ($ruleId: String!, $input: SetSoftDeadlineInput!) {
  setSoftDeadline(ruleId: $ruleId, input: $input) { ${CHANGE} } }`;
const ADD = `mutation ($input: AddDeadlineRuleInput!) { addDeadlineRule(input: $input) { ${CHANGE} } }`;
const REMOVE = `mutation ($ruleId: String!) { removeDeadlineRuleOverride(ruleId: $ruleId) { ${CHANGE} } }`;
const PREVIEW = `query ($input: DeadlinePreviewInput!) { deadlinePreview(input: $input) {
  dueOn basis basisLabel ruleId verified period unit jurisdiction { applied fellBackToFederal } } }`;
const REQUEST = `query ($id: ID!) { writtenRequest(id: $id) { id deadline { dueOn ruleId basis verified } } }`;
const OPEN_CASE = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }`;
const SEND = `mutation ($id: ID!, $input: SendWrittenRequestInput!) { sendWrittenRequest(id: $id, input: $input) { id deadline { dueOn } } }`;

const TX = 'TX-89.1011-FIIE-RESPONSE';

interface Rule {
  id: string;
  status: string;
  verified: boolean;
  source: string;
  enabled: boolean;
  period: number | null;
  softDefault: { period: number; unit: string; label: string; from: string } | null;
  override: { kind: string; reason: string; byUserId: string | null } | null;
  [key: string]: unknown;
}
interface Change {
  ruleId: string;
  rule: Rule | null;
  recomputed: Array<{
    requestId: string;
    previousDueOn: string | null;
    dueOn: string | null;
    ruleId: string | null;
    basis: string;
    basisLabel: string;
    fellBackToFederal: boolean;
    note: string | null;
  }>;
}
interface Preview {
  dueOn: string | null;
  basis: string;
  basisLabel: string;
  ruleId: string | null;
  verified: boolean;
  [key: string]: unknown;
}

describe('deadline rules over HTTP', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let adminA: TestAuth;
  let adminB: TestAuth;
  let advocateA: TestAuth;
  let analystA: TestAuth;
  const ids: Record<string, string> = {};

  const as = (auth: TestAuth) => api.as(auth);
  const sql = <T = Record<string, string>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);
  const joinAs = (label: string, organizationId: string, role: string): Promise<TestAuth> =>
    joinOrganizationAs(api.anonymous, api.adminUrl, label, organizationId, role);

  /** A TX district on the 2025-26 calendar, a school, a contact, a student and a case. */
  async function seed(auth: TestAuth, label: string) {
    const world = await given(api.adminUrl, auth, label)
      .district({
        name: `${label} District`,
        calendar: {
          ...FICTIONAL_2025_26,
          closures: [
            ['2025-10-13', '2025-10-13', "Indigenous Peoples' Day"],
            ['2025-11-11', '2025-11-11', 'Veterans Day'],
          ],
        },
      })
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
    const { createWrittenRequest } = await as(auth).data<{ createWrittenRequest: { id: string } }>(
      CREATE,
      {
        input: {
          caseId: openCase.id,
          type: 'EVALUATION',
          trigger: 'WRITTEN_REQUEST_RECEIVED',
          subject: 'Request for a full individual evaluation',
          recipientIds: [world.contactId],
        },
      },
    );
    const { sendWrittenRequest } = await as(auth).data<{
      sendWrittenRequest: { id: string; deadline: { dueOn: string } };
    }>(SEND, { id: createWrittenRequest.id, input: { sentOn: '2025-10-06', channel: 'EMAIL' } });
    expect(sendWrittenRequest.deadline.dueOn).toBe('2025-10-28');
    return { caseId: openCase.id, requestId: createWrittenRequest.id };
  }

  const dueOf = async (auth: TestAuth, id: string) =>
    (
      await as(auth).data<{ writtenRequest: { deadline: { dueOn: string; ruleId: string } } }>(
        REQUEST,
        { id },
      )
    ).writtenRequest.deadline;
  const preview = async (auth: TestAuth, caseId: string, type = 'EVALUATION') =>
    (
      await as(auth).data<{ deadlinePreview: Preview }>(PREVIEW, {
        input: { caseId, type, trigger: 'WRITTEN_REQUEST_RECEIVED', receivedOn: '2025-10-06' },
      })
    ).deadlinePreview;
  const change = async (auth: TestAuth, query: string, variables: Record<string, unknown>) =>
    Object.values(await as(auth).data<Record<string, Change>>(query, variables))[0]!;

  beforeAll(async () => {
    api = await createTestApp(REQUESTS_API, { admins: ['a', 'b'] });
    [adminA, adminB] = api.admins;
    advocateA = await joinAs('advocate-a', adminA.activeOrganization!.id, 'ADVOCATE');
    analystA = await joinAs('analyst-a', adminA.activeOrganization!.id, 'ANALYST');
    const a = await seed(adminA, 'Austin');
    const b = await seed(adminB, 'Other');
    Object.assign(ids, {
      caseA: a.caseId,
      requestA: a.requestId,
      caseB: b.caseId,
      requestB: b.requestId,
    });
  });

  afterAll(() => api?.close());

  it('lists the 87 built-in rules with their statuses, and filters them', async () => {
    const { deadlineRules } = await as(analystA).data<{ deadlineRules: Rule[] }>(LIST, {});
    expect(deadlineRules).toHaveLength(87);
    expect(deadlineRules.every((r) => r.source === 'BUILT_IN' && r.enabled)).toBe(true);
    expect(new Set(deadlineRules.map((r) => r.status))).toEqual(new Set(['V', 'S', 'M']));
    for (const rule of deadlineRules) expect(rule.verified).toBe(rule.status === 'V');
    const tx = deadlineRules.find((r) => r.id === TX)!;
    expect(tx).toMatchObject({
      period: 15,
      unit: 'SCHOOL_DAYS',
      override: null,
      softDefault: null,
    });
    // A rule with no fixed period shows the organization's soft deadline setting (default).
    expect(deadlineRules.find((r) => r.id === 'F16')!.softDefault).toEqual({
      period: 10,
      unit: 'SCHOOL_DAYS',
      label: 'Organization default (not law): 10 school days',
      from: 'SETTINGS',
    });
    const { deadlineRules: filtered } = await as(advocateA).data<{ deadlineRules: Rule[] }>(LIST, {
      filter: {
        jurisdiction: 'tx',
        requestType: 'EVALUATION',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
      },
    });
    expect(filtered.map((r) => r.id)).toEqual([TX]);
    const { deadlineRule } = await as(analystA).data<{ deadlineRule: Rule }>(GET, { id: 'F16' });
    expect(deadlineRule).toMatchObject({ id: 'F16', period: null, status: 'M', verified: false });
  });

  it("A corrects the TX rule: A's preview and sent request change, B's do not", async () => {
    const result = await change(adminA, CORRECT, {
      ruleId: TX,
      input: { period: 10, reason: 'Our attorney reads the 2025 amendment as 10 school days' },
    });
    expect(result.rule).toMatchObject({
      id: TX,
      period: 10,
      source: 'ORGANIZATION_CORRECTED',
      verified: true,
      override: {
        kind: 'CORRECT',
        reason: 'Our attorney reads the 2025 amendment as 10 school days',
        byUserId: adminA.user.id,
      },
    });
    expect(result.recomputed).toEqual([
      expect.objectContaining({
        requestId: ids['requestA'],
        previousDueOn: '2025-10-28',
        dueOn: '2025-10-21',
        ruleId: TX,
      }),
    ]);
    expect(await dueOf(adminA, ids['requestA']!)).toMatchObject({ dueOn: '2025-10-21' });
    expect((await preview(adminA, ids['caseA']!)).dueOn).toBe('2025-10-21');
    expect((await preview(adminA, ids['caseA']!)).basisLabel).toContain('corrected');
    expect(await dueOf(adminB, ids['requestB']!)).toMatchObject({ dueOn: '2025-10-28' });
    expect((await preview(adminB, ids['caseB']!)).dueOn).toBe('2025-10-28');
    const { deadlineRule } = await as(adminB).data<{ deadlineRule: Rule }>(GET, { id: TX });
    expect(deadlineRule).toMatchObject({ period: 15, source: 'BUILT_IN', override: null });
  });

  it('removes the correction: back to the built-in rule', async () => {
    const result = await change(adminA, REMOVE, { ruleId: TX });
    expect(result.rule).toMatchObject({ period: 15, source: 'BUILT_IN', override: null });
    expect(result.recomputed).toEqual([
      expect.objectContaining({ requestId: ids['requestA'], dueOn: '2025-10-28' }),
    ]);
    expect(await dueOf(adminA, ids['requestA']!)).toMatchObject({
      dueOn: '2025-10-28',
      ruleId: TX,
    });
  });

  it('disables the TX rule: the request falls back to the federal rule, and says so', async () => {
    const result = await change(adminA, DISABLE, {
      ruleId: TX,
      reason: 'Suspended while the state rule is litigated',
    });
    expect(result.rule).toMatchObject({ enabled: false, override: { kind: 'DISABLE' } });
    const [recomputed] = result.recomputed;
    expect(recomputed).toMatchObject({
      requestId: ids['requestA'],
      fellBackToFederal: true,
      ruleId: 'F1',
      // F1 has no fixed period: the organization's soft deadline setting applies, labelled.
      basis: 'ORGANIZATION_DEFAULT',
      basisLabel: 'Organization default (not law): 10 school days',
    });
    expect(recomputed!.note).toContain('federal baseline applies');
    const { deadlineRules } = await as(adminA).data<{ deadlineRules: Rule[] }>(LIST, {});
    expect(deadlineRules.find((r) => r.id === TX)).toBeUndefined();
    const { deadlineRules: all } = await as(adminA).data<{ deadlineRules: Rule[] }>(LIST, {
      filter: { includeDisabled: true },
    });
    expect(all.find((r) => r.id === TX)).toMatchObject({ enabled: false });
    expect(await dueOf(adminB, ids['requestB']!)).toMatchObject({ ruleId: TX });
    await change(adminA, REMOVE, { ruleId: TX });
    expect(await dueOf(adminA, ids['requestA']!)).toMatchObject({ ruleId: TX });
  });

  it('sets a soft deadline for the 504 accommodations rule (F16), labelled, unverified', async () => {
    const before = await preview(adminA, ids['caseA']!, 'ACCOMMODATIONS');
    expect(before).toMatchObject({ ruleId: 'F16', basis: 'ORGANIZATION_DEFAULT', verified: false });
    const result = await change(adminA, SOFT, {
      ruleId: 'F16',
      input: { period: 5, unit: 'BUSINESS_DAYS', reason: 'Our practice' },
    });
    expect(result.rule).toMatchObject({
      period: null,
      softDefault: { period: 5, unit: 'BUSINESS_DAYS', from: 'RULE' },
      override: { kind: 'SOFT_DEFAULT', reason: 'Our practice' },
    });
    const after = await preview(adminA, ids['caseA']!, 'ACCOMMODATIONS');
    expect(after).toMatchObject({
      ruleId: 'F16',
      basis: 'ORGANIZATION_DEFAULT',
      verified: false,
      period: 5,
      unit: 'BUSINESS_DAYS',
      // Mon 6 Oct + 5 business days (Columbus Day is not a TX public holiday in date-holidays).
      dueOn: expect.stringMatching(/^2025-10-1[34]$/),
    });
    expect(after.basisLabel).toContain('Organization default (not law): 5 business days');
    expect(await preview(adminB, ids['caseB']!, 'ACCOMMODATIONS')).toMatchObject({
      basisLabel: 'Organization default (not law): 10 school days',
    });
  });

  it("adds an organization rule: labelled as the organization's, never verified", async () => {
    const result = await change(adminA, ADD, {
      input: {
        id: 'ORG-HOME',
        jurisdiction: 'TX',
        requestTypes: ['HOME_INSTRUCTION'],
        triggers: ['WRITTEN_REQUEST_RECEIVED'],
        duty: 'A written answer on home instruction',
        period: 10,
        unit: 'CALENDAR_DAYS',
        reason: 'Families wait too long without any date',
      },
    });
    expect(result.rule).toMatchObject({
      id: 'ORG-HOME',
      source: 'ORGANIZATION',
      verified: false,
      override: { kind: 'ADD' },
    });
    expect(await preview(adminA, ids['caseA']!, 'HOME_INSTRUCTION')).toMatchObject({
      ruleId: 'ORG-HOME',
      basis: 'ORGANIZATION_RULE',
      verified: false,
      dueOn: '2025-10-16',
    });
    expect((await preview(adminB, ids['caseB']!, 'HOME_INSTRUCTION')).ruleId).not.toBe('ORG-HOME');
    expect((await as(adminB).errorOf(GET, { id: 'ORG-HOME' })).code).toBe('NOT_FOUND');
    expect((await as(adminB).errorOf(REMOVE, { ruleId: 'ORG-HOME' })).code).toBe('NOT_FOUND');
    expect((await as(adminB).errorOf(DISABLE, { ruleId: 'ORG-HOME', reason: 'x' })).code).toBe(
      'NOT_FOUND',
    );
    // Corrected in place: still the organization's own.
    const corrected = await change(adminA, CORRECT, {
      ruleId: 'ORG-HOME',
      input: { period: 5, reason: 'Shorter' },
    });
    expect(corrected.rule).toMatchObject({ period: 5, source: 'ORGANIZATION', verified: false });
    const removed = await change(adminA, REMOVE, { ruleId: 'ORG-HOME' });
    expect(removed.rule).toBeNull();
    expect((await as(adminA).errorOf(GET, { id: 'ORG-HOME' })).code).toBe('NOT_FOUND');
  });

  it('refuses changes without a reason, to unknown rules, and bad soft defaults or ids', async () => {
    expect(
      await as(adminA).errorOf(CORRECT, { ruleId: TX, input: { period: 12, reason: '  ' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason', message: 'give a reason for the change' }],
    });
    expect(await as(adminA).errorOf(DISABLE, { ruleId: TX, reason: '' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason', message: 'give a reason for the change' }],
    });
    expect(
      await as(adminA).errorOf(CORRECT, { ruleId: TX, input: { period: 400, reason: 'x' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'period' })],
    });
    expect(
      (await as(adminA).errorOf(CORRECT, { ruleId: 'NOPE', input: { period: 5, reason: 'x' } }))
        .code,
    ).toBe('NOT_FOUND');
    expect((await as(adminA).errorOf(DISABLE, { ruleId: 'NOPE', reason: 'x' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await as(adminA).errorOf(REMOVE, { ruleId: TX })).code).toBe('NOT_FOUND');
    expect((await as(adminA).errorOf(GET, { id: 'NOPE' })).code).toBe('NOT_FOUND');
    expect(
      await as(adminA).errorOf(SOFT, {
        ruleId: TX,
        input: { period: 5, unit: 'SCHOOL_DAYS', reason: 'x' },
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'ruleId' })],
    });
    expect(
      await as(adminA).errorOf(SOFT, { ruleId: 'F16', input: { period: 5, unit: 'HOURS' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'unit' })],
    });
    const add = {
      id: 'F16',
      jurisdiction: 'US',
      requestTypes: ['OTHER'],
      triggers: ['WRITTEN_REQUEST_RECEIVED'],
      duty: 'An answer',
      period: 10,
      unit: 'CALENDAR_DAYS',
      reason: 'x',
    };
    expect((await as(adminA).errorOf(ADD, { input: add })).code).toBe('CONFLICT');
    expect(
      await as(adminA).errorOf(ADD, { input: { ...add, id: 'NEW', reason: '' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'reason' })],
    });
  });

  it('lets only admins change rules (ADVOCATE and ANALYST: FORBIDDEN)', async () => {
    for (const auth of [advocateA, analystA]) {
      expect(
        (await as(auth).errorOf(CORRECT, { ruleId: TX, input: { period: 5, reason: 'x' } })).code,
      ).toBe('FORBIDDEN');
      expect((await as(auth).errorOf(DISABLE, { ruleId: TX, reason: 'x' })).code).toBe('FORBIDDEN');
      expect(
        (
          await as(auth).errorOf(SOFT, {
            ruleId: 'F16',
            input: { period: 5, unit: 'SCHOOL_DAYS' },
          })
        ).code,
      ).toBe('FORBIDDEN');
      expect((await as(auth).errorOf(REMOVE, { ruleId: 'F16' })).code).toBe('FORBIDDEN');
    }
    // The changes are audited (entity writes).
    const [row] = await sql<{ count: string }>(
      `SELECT count(*)::text AS count FROM audit_event WHERE organization_id = $1 AND entity_type ILIKE '%deadline%'`,
      [adminA.activeOrganization!.id],
    );
    expect(Number(row!.count)).toBeGreaterThan(0);
  });
});
