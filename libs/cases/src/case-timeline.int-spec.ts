import {
  ApiClient,
  createTestApp,
  signUpAdmin,
  type TestApp,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { CASES_API } from './testing/cases-api';

const TIMELINE = `query ($caseId: ID!, $first: Int!, $after: String, $order: TimelineOrder) {
  caseTimeline(caseId: $caseId, first: $first, after: $after, order: $order) {
    edges { node { id kind occurredAt title detail entityType sharedWithFamily } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface TimelineEvent {
  id: string;
  kind: string;
  occurredAt: string;
  title: string;
  detail: string | null;
  sharedWithFamily: boolean;
}
interface TimelinePage {
  caseTimeline: {
    edges: Array<{ node: TimelineEvent }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** A case's timeline: every kind of event, in date order, paged by cursor, per organization. */
describe('case timeline', () => {
  let api: TestApp<[TestAuth]>;
  let environment: TestEnvironment;
  let anonymous: ApiClient;
  let admin: TestAuth;
  let caseId: string;

  const as = (auth: TestAuth) => anonymous.as(auth.accessToken);

  async function allEvents(order: 'OLDEST_FIRST' | 'NEWEST_FIRST', first: number) {
    const events: TimelineEvent[] = [];
    let after: string | null = null;
    do {
      const page: TimelinePage = await as(admin).data<TimelinePage>(TIMELINE, {
        caseId,
        first,
        after,
        order,
      });
      events.push(...page.caseTimeline.edges.map((edge) => edge.node));
      after = page.caseTimeline.pageInfo.hasNextPage ? page.caseTimeline.pageInfo.endCursor : null;
    } while (after);
    return events;
  }

  beforeAll(async () => {
    api = await createTestApp(CASES_API, { admins: ['timeline'] });
    ({ environment, anonymous } = api);
    [admin] = api.admins;
    const { createFamily } = await as(admin).data<{
      createFamily: { id: string; students: Array<{ id: string }> };
    }>(
      `mutation { createFamily(input: { householdName: "Navarro household",
         guardians: [{ name: "Lucia Navarro", relationship: "mother" }],
         students: [{ name: "Mateo Navarro", plan: BEING_EVALUATED }] }) { id students { id } } }`,
    );
    const { openCase } = await as(admin).data<{ openCase: { id: string } }>(
      `mutation ($familyId: ID!, $studentId: ID!) { openCase(input: {
         familyId: $familyId, studentId: $studentId, title: "Evaluation deferred",
         concerns: [SCHOOL_REFUSAL, EVALUATION] }) { id } }`,
      { familyId: createFamily.id, studentId: createFamily.students[0]!.id },
    );
    caseId = openCase.id;
    await as(admin).data(
      `mutation ($caseId: ID!) { addCaseNote(caseId: $caseId, input: { body: "Intake call", visibility: INTERNAL }) { id } }`,
      { caseId },
    );
    await as(admin).data(
      `mutation ($caseId: ID!) { changeCaseStatus(input: { caseId: $caseId, status: ACTIVE, reason: "Signed intake" }) { id } }`,
      { caseId },
    );
    await as(admin).data(
      `mutation ($caseId: ID!) { addCaseNote(caseId: $caseId, input: { body: "Request sent", visibility: SHARED_WITH_FAMILY }) { id } }`,
      { caseId },
    );
    await as(admin).data(
      `mutation ($id: ID!) { updateCase(id: $id, input: { title: "Evaluation deferred for more data" }) { id } }`,
      { id: caseId },
    );
  });
  afterAll(() => api?.close());

  it('shows what happened, in date order, whatever the page size', async () => {
    const events = await allEvents('OLDEST_FIRST', 2);
    expect(events.map((e) => e.kind)).toEqual([
      'CASE_OPENED',
      'NOTE',
      'STATUS_CHANGED',
      'NOTE',
      'RECORD_CHANGED',
    ]);
    expect(events.map((e) => e.occurredAt)).toEqual([...events.map((e) => e.occurredAt)].sort());
    expect(events[2]).toMatchObject({
      title: 'Status changed: INTAKE → ACTIVE',
      detail: 'Signed intake',
    });
    expect(events[4]!.detail).toContain('title');
    expect(events.filter((e) => e.sharedWithFamily).map((e) => e.kind)).toEqual([
      'CASE_OPENED',
      'STATUS_CHANGED',
      'NOTE',
    ]);
    expect(await allEvents('OLDEST_FIRST', 100)).toEqual(events);
  });

  it('pages newest first just as well', async () => {
    const oldestFirst = await allEvents('OLDEST_FIRST', 100);
    expect(await allEvents('NEWEST_FIRST', 1)).toEqual([...oldestFirst].reverse());
  });

  it('answers NOT_FOUND to another organization', async () => {
    const other = await signUpAdmin(anonymous, 'other', environment.db.adminUrl);
    const error = await as(other).errorOf(TIMELINE, { caseId, first: 10 });
    expect(error.code).toBe('NOT_FOUND');
  });
});
