import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  AUTH_FIELDS,
  createTestEnvironment,
  signUpAdmin,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppModule } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';
import { DemoModule } from './demo/demo.module';
import { DEMO_MEMBERS, DEMO_PASSWORD, DEMO_SCENARIOS } from './demo/demo-scenarios';

const [, MARCUS, PRIYA] = DEMO_MEMBERS;

const REQUESTS = `query ($mine: Boolean) {
  writtenRequests(first: 100, filter: { assignedToMe: $mine }) {
    edges { node { id caseId } }
  }
}`;
const COMMITMENTS = `query ($mine: Boolean) {
  commitments(first: 100, filter: { assignedToMe: $mine }) {
    edges { node { id request { id caseId } } }
  }
}`;
const CASELOAD = `{ caseload(first: 100) { edges { node { case { id } } } } }`;
const CASE = `query ($id: ID!) {
  case(id: $id) {
    id
    requests { id caseId }
    meetings { id caseId }
    commitments { id requestId }
  }
}`;

type Ids = { edges: Array<{ node: { id: string; caseId: string } }> };

/**
 * What the advocate console needs of the api: "mine" on requests and commitments (the Today
 * page), and a case's requests, meetings and commitments in the case query (the case page).
 */
describe('the advocate console’s queries', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let app: INestApplication;
  let anonymous: ApiClient;

  const logIn = async (email: string): Promise<ApiClient> => {
    const { logIn: auth } = await anonymous.data<{ logIn: TestAuth }>(
      `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { email, password: DEMO_PASSWORD } },
    );
    return anonymous.as(auth.accessToken);
  };
  const myCaseIds = async (client: ApiClient): Promise<Set<string>> =>
    new Set(
      (
        await client.data<{ caseload: { edges: Array<{ node: { case: { id: string } } }> } }>(
          CASELOAD,
        )
      ).caseload.edges.map((e) => e.node.case.id),
    );

  beforeAll(async () => {
    await sink.start();
    environment = await createTestEnvironment('redis', { SMTP_URL: sink.url });
    app = await NestFactory.create(
      { module: DemoModule, imports: [AppModule.forRoot(environment.config)] },
      { logger: false },
    );
    await app.listen(0, '127.0.0.1');
    anonymous = new ApiClient(await app.getUrl());
    await app.get(DemoSeeder).seed();
  });
  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
    await sink.stop();
  });

  it("lists only the requests of an advocate's own cases with assignedToMe", async () => {
    const marcus = await logIn(MARCUS!.email);
    const priya = await logIn(PRIYA!.email);
    const everyone = (await marcus.data<{ writtenRequests: Ids }>(REQUESTS, {})).writtenRequests;
    const marcusCases = await myCaseIds(marcus);
    const priyaCases = await myCaseIds(priya);
    const mine = (await marcus.data<{ writtenRequests: Ids }>(REQUESTS, { mine: true }))
      .writtenRequests;
    const priyas = (await priya.data<{ writtenRequests: Ids }>(REQUESTS, { mine: true }))
      .writtenRequests;

    expect(mine.edges.length).toBeGreaterThan(0);
    expect(priyas.edges.length).toBeGreaterThan(0);
    expect(mine.edges.every((e) => marcusCases.has(e.node.caseId))).toBe(true);
    expect(priyas.edges.every((e) => priyaCases.has(e.node.caseId))).toBe(true);
    // Together they are everyone's (each demo case has one advocate).
    expect(mine.edges.length + priyas.edges.length).toBe(everyone.edges.length);
    const expected = everyone.edges.filter((e) => marcusCases.has(e.node.caseId));
    expect(mine.edges.map((e) => e.node.id).sort()).toEqual(expected.map((e) => e.node.id).sort());
  });

  it("lists only the commitments of an advocate's own cases with assignedToMe", async () => {
    const marcus = await logIn(MARCUS!.email);
    const marcusCases = await myCaseIds(marcus);
    type Commitments = {
      commitments: { edges: Array<{ node: { id: string; request: { caseId: string } } }> };
    };
    const everyone = (await marcus.data<Commitments>(COMMITMENTS, {})).commitments.edges;
    const mine = (await marcus.data<Commitments>(COMMITMENTS, { mine: true })).commitments.edges;
    expect(everyone.length).toBeGreaterThan(0);
    expect(mine.map((e) => e.node.id).sort()).toEqual(
      everyone
        .filter((e) => marcusCases.has(e.node.request.caseId))
        .map((e) => e.node.id)
        .sort(),
    );
  });

  it("gives a case's requests, meetings and commitments in the case query", async () => {
    const admin = await logIn(DEMO_MEMBERS[0]!.email);
    const all = (await admin.data<{ writtenRequests: Ids }>(REQUESTS, {})).writtenRequests.edges;
    const caseIds = [...new Set(all.map((e) => e.node.caseId))];
    // The demo's meetings (demo-scenarios.ts), and one more on the first case, and one
    // cancelled (not listed).
    const meetingsOf = async (id: string) =>
      (await admin.data<{ case: { meetings: Array<{ id: string }> } }>(CASE, { id })).case.meetings;
    const before = (await meetingsOf(caseIds[0]!)).map((m) => m.id);
    const schedule = async (): Promise<string> =>
      (
        await admin.data<{ scheduleMeeting: { id: string } }>(
          `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
          { input: { caseId: caseIds[0], kind: 'IEP', startsAt: '2026-11-20T15:00:00Z' } },
        )
      ).scheduleMeeting.id;
    const meetingId = await schedule();
    await admin.data(`mutation ($id: ID!) { archiveMeeting(id: $id) { id } }`, {
      id: await schedule(),
    });
    let meetings = 0;
    let commitments = 0;
    for (const id of caseIds) {
      type CaseData = {
        case: {
          requests: Array<{ id: string; caseId: string }>;
          meetings: Array<{ caseId: string }>;
          commitments: Array<{ requestId: string }>;
        };
      };
      const { case: found } = await admin.data<CaseData>(CASE, { id });
      expect(found.requests.map((r) => r.id).sort()).toEqual(
        all
          .filter((e) => e.node.caseId === id)
          .map((e) => e.node.id)
          .sort(),
      );
      expect(found.meetings.every((m) => m.caseId === id)).toBe(true);
      const requestIds = new Set(found.requests.map((r) => r.id));
      expect(found.commitments.every((c) => requestIds.has(c.requestId))).toBe(true);
      meetings += found.meetings.length;
      commitments += found.commitments.length;
    }
    const demoMeetings = DEMO_SCENARIOS.reduce((sum, s) => sum + s.case.meetings.length, 0);
    expect(meetings).toBe(demoMeetings + 1);
    expect((await meetingsOf(caseIds[0]!)).map((m) => m.id).sort()).toEqual(
      [...before, meetingId].sort(),
    );
    expect(commitments).toBeGreaterThan(0);
  });

  it("shows another organization nothing: not the case, nor its requests among 'mine'", async () => {
    const marcus = await logIn(MARCUS!.email);
    const caseId = [...(await myCaseIds(marcus))][0]!;
    const other = anonymous.as(
      (await signUpAdmin(anonymous, 'console-other', environment.db.adminUrl)).accessToken,
    );
    const refused = await other.request(CASE, { id: caseId });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    for (const query of [REQUESTS, COMMITMENTS]) {
      for (const mine of [true, false]) {
        const response = await other.data<Record<string, { edges: unknown[] }>>(query, { mine });
        expect(Object.values(response)[0]!.edges).toEqual([]);
      }
    }
  });
});
