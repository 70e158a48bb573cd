// The whole api: its cost counts the caseload facts other features add (requests, meetings).
import { DataSource } from 'typeorm';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  createTestApp,
  signUpAdmin,
  type TestApp,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppModule } from './app.module';

const CASELOAD = `query ($first: Int!, $after: String) {
  caseload(first: $first, after: $after) {
    edges { node {
      status nextDeadline openRequestCount overdueCount
      case { id title openedOn }
      family { id householdName }
      student { id name }
      school { id name }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface CaseloadPage {
  caseload: {
    edges: Array<{
      node: {
        status: string;
        case: { id: string; title: string; openedOn: string };
        family: { householdName: string };
        student: { name: string };
        school: { name: string } | null;
        openRequestCount: number;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/**
 * The caseload page: its shape, its order, and its cost — the same number of SQL statements
 * whether it shows 5 cases or 50 (related records come through per-request DataLoaders).
 */
describe('caseload', () => {
  let api: TestApp<[TestAuth]>;
  let environment: TestEnvironment;
  let anonymous: ApiClient;
  let admin: TestAuth;
  let statements = 0;

  /** Writes `count` cases, each with its own family, student and school, assigned to `member`. */
  async function seedCases(organizationId: string, membershipId: string, count: number) {
    await superuserQuery(
      environment.db.adminUrl,
      `WITH d AS (
         INSERT INTO district (organization_id, name, state, time_zone)
         VALUES ($1, 'Caseload ISD', 'TX', 'America/Chicago') RETURNING id),
       n AS (SELECT generate_series(1, $3::int) AS i),
       s AS (
         INSERT INTO school (organization_id, district_id, name)
         SELECT $1, d.id, 'School ' || n.i FROM d, n RETURNING id, name),
       f AS (
         INSERT INTO family (organization_id, household_name)
         SELECT $1, 'Household ' || n.i FROM n RETURNING id, household_name),
       st AS (
         INSERT INTO student (organization_id, family_id, name, school_id)
         SELECT $1, f.id, 'Student ' || substr(f.household_name, 11), s.id
           FROM f JOIN s ON substr(s.name, 8) = substr(f.household_name, 11)
         RETURNING id, family_id, name),
       c AS (
         INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
         SELECT $1, st.family_id, st.id, 'Case of ' || st.name, '{SCHOOL_REFUSAL}',
                CASE WHEN substr(st.name, 9)::int % 3 = 0 THEN 'INTAKE' ELSE 'ACTIVE' END,
                date '2025-09-01' + substr(st.name, 9)::int
           FROM st RETURNING id)
       INSERT INTO case_assignment (organization_id, case_id, membership_id)
       SELECT $1, c.id, $2 FROM c`,
      [organizationId, membershipId, count],
    );
  }

  async function membershipOf(auth: TestAuth): Promise<string> {
    const [row] = await superuserQuery<{ id: string }>(
      environment.db.adminUrl,
      'SELECT id FROM membership WHERE user_id = $1',
      [auth.user.id],
    );
    return row!.id;
  }

  async function countStatements(work: () => Promise<unknown>): Promise<number> {
    statements = 0;
    await work();
    return statements;
  }

  beforeAll(async () => {
    api = await createTestApp(AppModule, { admins: ['caseload'] });
    ({ environment, anonymous } = api);
    [admin] = api.admins;
    const logger = api.app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (...args) => {
      statements += 1;
      return logQuery(...args);
    };
  });
  afterAll(() => api?.close());

  it('costs the same number of SQL statements for 5 cases as for 50', async () => {
    const small = await signUpAdmin(anonymous, 'five', environment.db.adminUrl);
    const large = await signUpAdmin(anonymous, 'fifty', environment.db.adminUrl);
    await seedCases(small.activeOrganization!.id, await membershipOf(small), 5);
    await seedCases(large.activeOrganization!.id, await membershipOf(large), 50);
    const pageOf = (auth: TestAuth) => () =>
      anonymous.as(auth.accessToken).data<CaseloadPage>(CASELOAD, { first: 50 });

    const five = await pageOf(small)();
    const fifty = await pageOf(large)();
    expect(five.caseload.edges).toHaveLength(5);
    expect(fifty.caseload.edges).toHaveLength(50);
    expect(fifty.caseload.edges.every((e) => e.node.school !== null)).toBe(true);

    const forFive = await countStatements(pageOf(small));
    const forFifty = await countStatements(pageOf(large));
    process.stdout.write(
      `caseload page SQL statements: 5 cases → ${forFive}, 50 cases → ${forFifty}\n`,
    );
    expect(forFifty).toBe(forFive);
    // BEGIN with the identity and the membership check; the cases with their families,
    // students and schools; the requests' and the meetings' deadlines and counts. (COMMIT,
    // the fifth round trip, is sent on pg's client, past TypeORM's logger.)
    expect(forFive).toBe(4);
  });

  it('lists active cases first, then newest, and pages without gaps or repeats', async () => {
    await seedCases(admin.activeOrganization!.id, await membershipOf(admin), 7);
    const client = anonymous.as(admin.accessToken);
    const seen: CaseloadPage['caseload']['edges'] = [];
    let after: string | null = null;
    do {
      const page: CaseloadPage = await client.data<CaseloadPage>(CASELOAD, { first: 3, after });
      seen.push(...page.caseload.edges);
      after = page.caseload.pageInfo.hasNextPage ? page.caseload.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(7);
    expect(new Set(seen.map((e) => e.node.case.id)).size).toBe(7);
    const statuses = seen.map((e) => e.node.status);
    expect(statuses).toEqual([...statuses].sort()); // ACTIVE before INTAKE
    const active = seen.filter((e) => e.node.status === 'ACTIVE').map((e) => e.node.case.openedOn);
    expect(active).toEqual([...active].sort().reverse());
    expect(seen[0]!.node).toMatchObject({
      family: { householdName: expect.stringMatching(/^Household /) },
      student: { name: expect.stringMatching(/^Student /) },
      school: { name: expect.stringMatching(/^School /) },
      openRequestCount: 0,
    });
  });

  it('orders by school and pages without gaps, filters by school, name and concern, and refuses a cursor of another order', async () => {
    const member = await signUpAdmin(anonymous, 'ordered', environment.db.adminUrl);
    await seedCases(member.activeOrganization!.id, await membershipOf(member), 12);
    const client = anonymous.as(member.accessToken);
    const ORDERED = `query ($first: Int!, $after: String, $orderBy: CaseloadOrder!, $filter: CaseloadFilter) {
      caseload(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
        edges { node { case { id } family { householdName } school { id name } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type Ordered = {
      caseload: {
        edges: Array<{
          node: {
            case: { id: string };
            family: { householdName: string };
            school: { id: string; name: string };
          };
        }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const schools: string[] = [];
    let after: string | null = null;
    let lastCursor = '';
    do {
      const page: Ordered = await client.data<Ordered>(ORDERED, {
        first: 5,
        after,
        orderBy: 'SCHOOL',
      });
      schools.push(...page.caseload.edges.map((e) => e.node.school.name));
      lastCursor = page.caseload.pageInfo.endCursor ?? lastCursor;
      after = page.caseload.pageInfo.hasNextPage ? page.caseload.pageInfo.endCursor : null;
    } while (after);
    // "School 10" sorts before "School 2": names, not numbers.
    expect(schools).toEqual([...schools].sort());
    expect(new Set(schools).size).toBe(12);

    const bySchool = await client.data<Ordered>(ORDERED, { first: 50, orderBy: 'STATUS' });
    const school7 = bySchool.caseload.edges.find((e) => e.node.school.name === 'School 7')!;
    const onlySeven = await client.data<Ordered>(ORDERED, {
      first: 50,
      orderBy: 'URGENCY',
      filter: { schoolId: school7.node.school.id },
    });
    expect(onlySeven.caseload.edges.map((e) => e.node.case.id)).toEqual([school7.node.case.id]);
    const named = await client.data<Ordered>(ORDERED, {
      first: 50,
      orderBy: 'URGENCY',
      filter: { search: 'household 1' },
    });
    expect(named.caseload.edges.map((e) => e.node.family.householdName).sort()).toEqual([
      'Household 1',
      'Household 10',
      'Household 11',
      'Household 12',
    ]);
    const otherConcern = await client.data<Ordered>(ORDERED, {
      first: 50,
      orderBy: 'URGENCY',
      filter: { concern: 'BULLYING_AVOIDANCE' },
    });
    expect(otherConcern.caseload.edges).toEqual([]);

    const refused = await client.errorOf(ORDERED, {
      first: 5,
      after: lastCursor,
      orderBy: 'URGENCY',
    });
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', message: 'is not a cursor this API gave out' }],
    });
  });

  it('shows nothing of another organization’s member', async () => {
    const other = await signUpAdmin(anonymous, 'other', environment.db.adminUrl);
    const otherMember = await membershipOf(other);
    const page = await anonymous
      .as(admin.accessToken)
      .data<CaseloadPage>(
        'query ($id: ID!) { caseload(filter: { advocateId: $id }) { edges { node { status } } } }',
        { id: otherMember },
      );
    expect(page.caseload.edges).toEqual([]);
  });
});
