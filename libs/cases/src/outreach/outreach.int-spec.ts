import { createTestApp, joinAs, type TestApp, type TestAuth } from '@onrecord/platform/testing';
import { CASES_API } from '../testing/cases-api';

const FIELDS = `id kind title heldOn format language topics parents professionals students notes
  recordedByUserId archivedAt`;
const RECORD = `mutation ($input: RecordOutreachActivityInput!) {
  recordOutreachActivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOutreachActivityInput!) {
  updateOutreachActivity(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query ($from: String, $to: String, $first: Int!, $after: String, $includeArchived: Boolean) {
  outreachActivities(from: $from, to: $to, first: $first, after: $after, includeArchived: $includeArchived) {
    edges { node { id title heldOn } } pageInfo { hasNextPage endCursor } } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveOutreachActivity(id: $id) { id archivedAt } }`;

interface Activity {
  id: string;
  title: string;
  heldOn: string;
  [field: string]: unknown;
}
interface Page {
  outreachActivities: {
    edges: Array<{ node: Activity }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * Trainings and outreach events: recorded with what, when and how (the rest defaulted),
 * refused field by field, corrected, listed newest first by days, archived; analysts read
 * them and record nothing; another organization reaches none of them.
 */
describe('outreach activities', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let admin: TestAuth;
  let otherAdmin: TestAuth;
  let analyst: TestAuth;

  const as = (auth: TestAuth) => api.anonymous.as(auth.accessToken);
  const record = async (input: Record<string, unknown>) =>
    (await as(admin).data<{ recordOutreachActivity: Activity }>(RECORD, { input }))
      .recordOutreachActivity;

  beforeAll(async () => {
    api = await createTestApp(CASES_API, { admins: ['outreach', 'outreach-other'] });
    [admin, otherAdmin] = api.admins;
    analyst = await joinAs(
      api.anonymous,
      api.adminUrl,
      'outreach-analyst',
      admin.activeOrganization!.id,
      'ANALYST',
    );
  });
  afterAll(() => api?.close());

  it('records a training with what, when and how; the rest defaulted', async () => {
    const training = await record({
      kind: 'TRAINING',
      title: '  Your rights at an IEP meeting ',
      heldOn: '2026-03-10',
      format: 'IN_PERSON',
    });
    expect(training).toMatchObject({
      kind: 'TRAINING',
      title: 'Your rights at an IEP meeting',
      heldOn: '2026-03-10',
      format: 'IN_PERSON',
      language: 'en',
      topics: [],
      parents: 0,
      professionals: 0,
      students: 0,
      notes: '',
      recordedByUserId: admin.user.id,
      archivedAt: null,
    });
    const corrected = (
      await as(admin).data<{ updateOutreachActivity: Activity }>(UPDATE, {
        id: training.id,
        input: { parents: 14, professionals: 2, language: 'es', topics: ['IEP'] },
      })
    ).updateOutreachActivity;
    expect(corrected).toMatchObject({
      title: 'Your rights at an IEP meeting',
      parents: 14,
      professionals: 2,
      students: 0,
      language: 'es',
      topics: ['IEP'],
    });
  });

  it('refuses bad input naming each field, and stores nothing', async () => {
    const refusal = await as(admin).errorOf(RECORD, {
      input: {
        kind: 'TRAINING',
        title: '   ',
        heldOn: '2026-02-30',
        format: 'IN_PERSON',
        parents: -1,
        students: 100_001,
        language: 'spanish',
      },
    });
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect((refusal.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual([
      'heldOn',
      'language',
      'parents',
      'students',
      'title',
    ]);
    const { outreachActivities } = await as(admin).data<Page>(LIST, { first: 50 });
    expect(outreachActivities.edges.map((e) => e.node.title)).not.toContain('   ');
  });

  it('lists newest first within days, page by page, and hides what is archived', async () => {
    const fair = await record({
      kind: 'OUTREACH',
      title: 'Resource fair',
      heldOn: '2026-05-01',
      format: 'IN_PERSON',
      parents: 40,
    });
    await record({ kind: 'TRAINING', title: 'Webinar', heldOn: '2026-04-10', format: 'VIRTUAL' });
    await record({ kind: 'TRAINING', title: 'Old', heldOn: '2025-01-10', format: 'VIRTUAL' });
    const first = await as(analyst).data<Page>(LIST, {
      from: '2026-01-01',
      to: '2026-12-31',
      first: 2,
    });
    expect(first.outreachActivities.edges.map((e) => e.node.title)).toEqual([
      'Resource fair',
      'Webinar',
    ]);
    expect(first.outreachActivities.pageInfo.hasNextPage).toBe(true);
    const second = await as(admin).data<Page>(LIST, {
      from: '2026-01-01',
      to: '2026-12-31',
      first: 2,
      after: first.outreachActivities.pageInfo.endCursor,
    });
    expect(second.outreachActivities.edges.map((e) => e.node.title)).toEqual([
      'Your rights at an IEP meeting',
    ]);
    await as(admin).data(ARCHIVE, { id: fair.id });
    const after = await as(admin).data<Page>(LIST, { from: '2026-01-01', first: 10 });
    expect(after.outreachActivities.edges.map((e) => e.node.title)).not.toContain('Resource fair');
    const all = await as(admin).data<Page>(LIST, {
      from: '2026-01-01',
      first: 10,
      includeArchived: true,
    });
    expect(all.outreachActivities.edges.map((e) => e.node.title)).toContain('Resource fair');
  });

  it('lets an analyst read, not record; another organization reaches none of it', async () => {
    expect(
      (
        await as(analyst).errorOf(RECORD, {
          input: { kind: 'TRAINING', title: 'x', heldOn: '2026-01-01', format: 'VIRTUAL' },
        })
      ).code,
    ).toBe('FORBIDDEN');
    const { outreachActivities } = await as(admin).data<Page>(LIST, { first: 1 });
    const id = outreachActivities.edges[0]!.node.id;
    expect((await as(otherAdmin).errorOf(UPDATE, { id, input: { parents: 1 } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await as(otherAdmin).errorOf(ARCHIVE, { id })).code).toBe('NOT_FOUND');
    const theirs = await as(otherAdmin).data<Page>(LIST, { first: 50 });
    expect(theirs.outreachActivities.edges).toEqual([]);
  });
});
