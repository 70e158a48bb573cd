import {
  ApiClient,
  createTestApp,
  signUpAdmin,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { CASES_API } from '../testing/cases-api';

const FIELDS = `id caseId party guardianId schoolContactId withWhom channel direction
  occurredAt durationMinutes language topics note visibility loggedByUserId archivedAt`;
const LOG = `mutation ($input: LogContactInput!) { logContact(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateContactLogEntryInput!) {
  updateContactLogEntry(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query ($caseId: ID, $from: DateTime, $to: DateTime, $first: Int!, $after: String) {
  contactLog(caseId: $caseId, from: $from, to: $to, first: $first, after: $after) {
    edges { node { id withWhom occurredAt } } pageInfo { hasNextPage endCursor } } }`;
const TIMELINE = `query ($caseId: ID!) { caseTimeline(caseId: $caseId, first: 50) {
  edges { node { kind title detail sharedWithFamily } } } }`;

interface Entry {
  id: string;
  caseId: string | null;
  party: string;
  guardianId: string | null;
  withWhom: string;
  channel: string;
  direction: string;
  occurredAt: string;
  durationMinutes: number | null;
  language: string;
  topics: string[];
  note: string;
  visibility: string;
  loggedByUserId: string | null;
}

/**
 * The contact log: a call logged in one step (who and how are all it needs), on a case or on
 * none; checked (a guardian of the case's family, nothing in the future, only a case's
 * contact shared with a family); listed newest first by case and time range; on the case's
 * timeline; and nothing of it reachable from another organization.
 */
describe('the contact log', () => {
  let api: TestApp<[TestAuth]>;
  let anonymous: ApiClient;
  let admin: TestAuth;
  let caseId: string;
  let guardianId: string;
  let otherFamilyGuardianId: string;

  const as = (auth: TestAuth) => anonymous.as(auth.accessToken);
  const log = async (input: Record<string, unknown>) =>
    (await as(admin).data<{ logContact: Entry }>(LOG, { input })).logContact;

  beforeAll(async () => {
    api = await createTestApp(CASES_API, { admins: ['contacts'] });
    ({ anonymous } = api);
    [admin] = api.admins;
    const family = async (name: string) =>
      (
        await as(admin).data<{
          createFamily: {
            id: string;
            guardians: Array<{ id: string }>;
            students: Array<{ id: string }>;
          };
        }>(
          `mutation ($name: String!) { createFamily(input: { householdName: $name,
             guardians: [{ name: "Lucia Navarro", relationship: "mother", preferredLanguage: "es" }],
             students: [{ name: "Mateo Navarro", plan: BEING_EVALUATED }] }) {
             id guardians { id } students { id } } }`,
          { name },
        )
      ).createFamily;
    const navarro = await family('Navarro household');
    guardianId = navarro.guardians[0]!.id;
    otherFamilyGuardianId = (await family('Other household')).guardians[0]!.id;
    const { openCase } = await as(admin).data<{ openCase: { id: string } }>(
      `mutation ($familyId: ID!, $studentId: ID!) { openCase(input: {
         familyId: $familyId, studentId: $studentId, title: "Evaluation deferred",
         concerns: [SCHOOL_REFUSAL] }) { id } }`,
      { familyId: navarro.id, studentId: navarro.students[0]!.id },
    );
    caseId = openCase.id;
  });
  afterAll(() => api?.close());

  it('logs a call with who and how only, the rest defaulted', async () => {
    const before = Date.now();
    const entry = await log({ caseId, party: 'GUARDIAN', guardianId, channel: 'PHONE' });
    expect(entry).toMatchObject({
      caseId,
      party: 'GUARDIAN',
      guardianId,
      channel: 'PHONE',
      direction: 'OUTGOING',
      durationMinutes: null,
      language: 'en',
      topics: [],
      note: '',
      visibility: 'INTERNAL',
      loggedByUserId: admin.user.id,
    });
    expect(Date.parse(entry.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('logs an information-only contact on no case, and corrects it', async () => {
    const entry = await log({
      party: 'GUARDIAN',
      withWhom: 'A parent from the library flyer',
      channel: 'PHONE',
      direction: 'INCOMING',
      occurredAt: '2026-11-02T15:00:00.000Z',
      durationMinutes: 25,
      language: 'ko',
      topics: ['INFORMATION_REFERRAL', 'EVALUATION'],
      note: 'Asked how to request an evaluation; sent our guide.',
    });
    expect(entry).toMatchObject({ caseId: null, language: 'ko', durationMinutes: 25 });
    const { updateContactLogEntry: corrected } = await as(admin).data<{
      updateContactLogEntry: Entry;
    }>(UPDATE, { id: entry.id, input: { durationMinutes: 30, channel: 'VIDEO' } });
    expect(corrected).toMatchObject({
      durationMinutes: 30,
      channel: 'VIDEO',
      topics: ['INFORMATION_REFERRAL', 'EVALUATION'],
      note: 'Asked how to request an evaluation; sent our guide.',
    });
  });

  it('refuses what cannot be, naming the field, and saves nothing', async () => {
    const [{ n: before }] = await superuserQuery<{ n: number }>(
      api.adminUrl,
      'SELECT count(*)::int AS n FROM contact_log_entry',
    );
    const refusal = async (input: Record<string, unknown>) => {
      const error = await as(admin).errorOf(LOG, { input });
      expect(error.code).toBe('BAD_USER_INPUT');
      return (error.fields as Array<{ field: string; message: string }>).map(
        (f) => `${f.field}: ${f.message}`,
      );
    };
    expect(
      await refusal({
        caseId,
        party: 'GUARDIAN',
        guardianId: otherFamilyGuardianId,
        channel: 'PHONE',
      }),
    ).toEqual(["guardianId: is not a guardian of the case's family"]);
    expect(await refusal({ party: 'STUDENT', guardianId, channel: 'PHONE' })).toEqual([
      'guardianId: is for a contact with a GUARDIAN',
    ]);
    expect(
      await refusal({ party: 'GUARDIAN', channel: 'PHONE', occurredAt: '2100-01-01T00:00:00Z' }),
    ).toEqual(['occurredAt: cannot be in the future']);
    expect(
      await refusal({ party: 'GUARDIAN', channel: 'EMAIL', visibility: 'SHARED_WITH_FAMILY' }),
    ).toEqual(['visibility: only a contact on a case can be shared with its family']);
    expect(await refusal({ party: 'GUARDIAN', channel: 'PHONE', durationMinutes: 2000 })).toEqual([
      'durationMinutes: is at most 1440 (a day)',
    ]);
    expect(await refusal({ party: 'GUARDIAN', channel: 'PHONE', language: 'Spanish' })).toEqual([
      'language: must be a two-letter language code (ISO 639-1) such as en, es or ko',
    ]);
    const [{ n: after }] = await superuserQuery<{ n: number }>(
      api.adminUrl,
      'SELECT count(*)::int AS n FROM contact_log_entry',
    );
    expect(after).toBe(before);
  });

  it("lists a case's contacts newest first, by time range, a page at a time", async () => {
    for (const [day, who] of [
      ['2026-10-01', 'October call'],
      ['2026-10-15', 'Mid-October call'],
      ['2026-11-01', 'November call'],
    ] as const)
      await log({
        caseId,
        party: 'PROFESSIONAL',
        withWhom: who,
        channel: 'PHONE',
        occurredAt: `${day}T16:00:00.000Z`,
      });
    type Page = {
      contactLog: {
        edges: Array<{ node: { withWhom: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await as(admin).data<Page>(LIST, {
        caseId,
        from: '2026-10-01T00:00:00Z',
        to: '2026-11-30T00:00:00Z',
        first: 2,
        after,
      });
      names.push(...page.contactLog.edges.map((e) => e.node.withWhom));
      after = page.contactLog.pageInfo.hasNextPage ? page.contactLog.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(['November call', 'Mid-October call', 'October call']);
  });

  it("lists the organization's contacts on a case or on none, naming the case and guardian", async () => {
    const onCase = await log({ caseId, party: 'GUARDIAN', guardianId, channel: 'TEXT' });
    const onNone = await log({ party: 'GUARDIAN', withWhom: 'A caller', channel: 'PHONE' });
    type Row = {
      id: string;
      caseId: string | null;
      case: { id: string; title: string } | null;
      guardian: { name: string } | null;
    };
    const list = async (onCase?: boolean) =>
      (
        await as(admin).data<{ contactLog: { edges: Array<{ node: Row }> } }>(
          `query ($onCase: Boolean) { contactLog(onCase: $onCase, first: 100) {
             edges { node { id caseId case { id title } guardian { name } } } } }`,
          { onCase },
        )
      ).contactLog.edges.map((edge) => edge.node);
    const all = await list();
    expect(all.map((row) => row.id)).toEqual(expect.arrayContaining([onCase.id, onNone.id]));
    expect(all.find((row) => row.id === onCase.id)).toMatchObject({
      case: { id: caseId, title: 'Evaluation deferred' },
      guardian: { name: 'Lucia Navarro' },
    });
    expect(all.find((row) => row.id === onNone.id)).toMatchObject({ case: null, guardian: null });
    const withCase = await list(true);
    expect(withCase.length).toBeGreaterThan(0);
    expect(withCase.every((row) => row.caseId === caseId)).toBe(true);
    const without = await list(false);
    expect(without.map((row) => row.id)).toContain(onNone.id);
    expect(without.every((row) => row.caseId === null)).toBe(true);
    expect(withCase.length + without.length).toBe(all.length);
  });

  it("shows on the case's timeline: how, with whom, how long, and the note", async () => {
    await log({
      caseId,
      party: 'GUARDIAN',
      guardianId,
      channel: 'IN_PERSON',
      direction: 'INCOMING',
      durationMinutes: 45,
      note: 'Went through the evaluation consent together.',
      visibility: 'SHARED_WITH_FAMILY',
    });
    const { caseTimeline } = await as(admin).data<{
      caseTimeline: {
        edges: Array<{
          node: { kind: string; title: string; detail: string; sharedWithFamily: boolean };
        }>;
      };
    }>(TIMELINE, { caseId });
    expect(caseTimeline.edges.map((e) => e.node)).toContainEqual({
      kind: 'CONTACT',
      title: 'Met Lucia Navarro in person (45 min)',
      detail: 'Went through the evaluation consent together.',
      sharedWithFamily: true,
    });
  });

  it('is not reachable from another organization', async () => {
    const entry = await log({ caseId, party: 'STUDENT', channel: 'TEXT', note: 'Private' });
    const other = await signUpAdmin(anonymous, 'contacts-other', api.adminUrl);
    const them = as(other);
    expect((await them.errorOf(UPDATE, { id: entry.id, input: { note: 'x' } })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await them.errorOf(LOG, { input: { caseId, party: 'STUDENT', channel: 'PHONE' } })).fields,
    ).toEqual([{ field: 'caseId', message: 'names no case of your organization' }]);
    const { contactLog } = await them.data<{ contactLog: { edges: unknown[] } }>(LIST, {
      first: 100,
    });
    expect(contactLog.edges).toEqual([]);
    expect((await them.errorOf(LIST, { caseId, first: 10 })).code).toBe('NOT_FOUND');
  });
});
