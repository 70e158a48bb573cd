import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  AUTH_FIELDS,
  createTestEnvironment,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppModule } from '../app.module';
import { DemoSeeder } from './demo-seeder';
import { DemoModule } from './demo.module';
import {
  DEMO_MEMBERS,
  DEMO_PASSWORD,
  DEMO_PORTAL_GUARDIANS,
  DEMO_SCENARIOS,
} from './demo-scenarios';
import { SHOWCASE_SUBJECTS } from './demo-follow-ups';
import { ARCHIVED_DUPLICATE, DEMO_BOUNCE, DEMO_REPLIES } from './demo-replies';

/** A captured reply as the advocates read it. */
interface DemoInbound {
  id: string;
  status: string;
  match: string | null;
  channel: string;
  triage: boolean;
  suggestedRequestId: string | null;
  subject: string;
  text: string;
  fromName: string | null;
  fromAddress: string;
  bounceRecipient: string | null;
  bounceDiagnostic: string | null;
  bouncedMessageId: string | null;
  schoolResponseId: string | null;
  classifiedAt: string | null;
  sharedWithFamily: boolean;
  attachments: Array<{ filename: string }>;
  request: {
    id: string;
    subject: string;
    status: string;
    replyWaitingSince: string | null;
    responses: Array<{
      summary: string;
      priorWrittenNotice: boolean;
      respondedByContactId: string | null;
    }>;
  } | null;
}

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'America/New_York' });

/** The demo organization `npm start` adds: once, through the product's rules, and usable. */
describe('demo data', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let app: INestApplication;
  let anonymous: ApiClient;

  const logIn = async (email: string): Promise<TestAuth> =>
    (
      await anonymous.data<{ logIn: TestAuth }>(
        `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
        { input: { email, password: DEMO_PASSWORD } },
      )
    ).logIn;

  beforeAll(async () => {
    await sink.start();
    environment = await createTestEnvironment('redis', { SMTP_URL: sink.url });
    app = await NestFactory.create(
      { module: DemoModule, imports: [AppModule.forRoot(environment.config)] },
      { logger: false },
    );
    await app.listen(0, '127.0.0.1');
    anonymous = new ApiClient(await app.getUrl());
  });
  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
    await sink.stop();
  });

  it('is added once: a second run finds it and adds nothing', async () => {
    const first = await app.get(DemoSeeder).seed();
    expect(first.created).toBe(true);
    expect(first.logins.map((login) => login.email)).toEqual(DEMO_MEMBERS.map((m) => m.email));
    const counts = () =>
      superuserQuery<{ cases: number; entries: number; replies: number }>(
        environment.db.adminUrl,
        `SELECT (SELECT count(*)::int FROM case_record) AS cases,
                (SELECT count(*)::int FROM attendance_entry) AS entries,
                (SELECT count(*)::int FROM inbound_message) AS replies`,
      );
    const before = await counts();
    expect(before[0]!.cases).toBe(DEMO_SCENARIOS.length);
    expect(before[0]!.entries).toBeGreaterThan(DEMO_SCENARIOS.length * 40);
    expect(before[0]!.replies).toBe(DEMO_REPLIES.length + 1);
    expect((await app.get(DemoSeeder).seed()).created).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('has a year of contacts a funder report can count: channels, parties, languages, parents served', async () => {
    const sql = <T>(query: string) => superuserQuery<T>(environment.db.adminUrl, query);
    const [log] = await sql<{
      total: number;
      months: number;
      oldest_days: number;
      future: number;
      no_case: number;
      unnamed_no_case: number;
      guardian_contacts: number;
      parents: number;
      on_both: number;
      wrong_family: number;
      shared_no_case: number;
    }>(
      `SELECT count(*)::int AS total,
              count(DISTINCT date_trunc('month', occurred_at))::int AS months,
              (now()::date - min(occurred_at)::date)::int AS oldest_days,
              count(*) FILTER (WHERE occurred_at > now())::int AS future,
              count(*) FILTER (WHERE case_id IS NULL)::int AS no_case,
              count(*) FILTER (WHERE case_id IS NULL AND guardian_id IS NULL AND with_whom = '')::int
                AS unnamed_no_case,
              count(*) FILTER (WHERE party = 'GUARDIAN')::int AS guardian_contacts,
              count(DISTINCT coalesce(guardian_id::text, with_whom))
                FILTER (WHERE party = 'GUARDIAN')::int AS parents,
              (SELECT count(*)::int FROM (SELECT guardian_id FROM contact_log_entry
                 WHERE guardian_id IS NOT NULL GROUP BY guardian_id
                 HAVING bool_or(case_id IS NULL) AND bool_or(case_id IS NOT NULL)) both_ways)
                AS on_both,
              (SELECT count(*)::int FROM contact_log_entry e
                 JOIN guardian g ON g.id = e.guardian_id JOIN case_record c ON c.id = e.case_id
                WHERE g.family_id <> c.family_id) AS wrong_family,
              count(*) FILTER (WHERE visibility = 'SHARED_WITH_FAMILY' AND case_id IS NULL)::int
                AS shared_no_case
         FROM contact_log_entry`,
    );
    // A few hundred over the last twelve months, none ahead of now.
    expect(log!.total).toBeGreaterThanOrEqual(300);
    expect(log!.months).toBeGreaterThanOrEqual(12);
    expect(log!.oldest_days).toBeGreaterThan(330);
    expect(log!.oldest_days).toBeLessThanOrEqual(366);
    expect(log!.future).toBe(0);
    // Information and referral on no case, each with whom in words or a guardian on file.
    expect(log!.no_case).toBeGreaterThanOrEqual(50);
    expect(log!.unnamed_no_case).toBe(0);
    // Parents served, unduplicated, are fewer than the calls with them: some call again, and
    // a family's first calls, on no case, are the same guardian as its case's.
    expect(log!.parents).toBeLessThan(log!.guardian_contacts * 0.8);
    expect(log!.on_both).toBeGreaterThan(0);
    // What the api would refuse is nowhere.
    expect(log!.wrong_family).toBe(0);
    expect(log!.shared_no_case).toBe(0);

    const spread = async (column: string) =>
      Object.fromEntries(
        (
          await sql<{ value: string; n: number }>(
            `SELECT ${column} AS value, count(*)::int AS n FROM contact_log_entry GROUP BY 1`,
          )
        ).map((row) => [row.value, row.n]),
      ) as Record<string, number>;
    const channels = await spread('channel');
    expect(Object.keys(channels).sort()).toEqual(
      ['EMAIL', 'IN_PERSON', 'LETTER', 'PHONE', 'TEXT', 'VIDEO'].sort(),
    );
    expect(Math.max(...Object.values(channels))).toBe(channels['PHONE']);
    const parties = await spread('party');
    expect(Object.keys(parties).sort()).toEqual(
      ['GUARDIAN', 'PROFESSIONAL', 'SCHOOL_CONTACT', 'STUDENT'].sort(),
    );
    expect(Math.max(...Object.values(parties))).toBe(parties['GUARDIAN']);
    const languages = await spread('language');
    expect(languages).toMatchObject({ en: expect.any(Number), es: expect.any(Number) });
    expect(Object.keys(languages).length).toBeGreaterThanOrEqual(5);
    const directions = await spread('direction');
    expect(Object.keys(directions).sort()).toEqual(['INCOMING', 'OUTGOING']);
    const topics = await spread('unnest(topics)');
    expect(topics['INFORMATION_REFERRAL']).toBeGreaterThanOrEqual(log!.no_case);
    expect(Object.keys(topics).length).toBeGreaterThanOrEqual(8);

    // Through the api as the console lists them: the information-only ones on no case.
    const admin = anonymous.as((await logIn(DEMO_MEMBERS[0].email)).accessToken);
    const { contactLog } = await admin.data<{
      contactLog: { edges: Array<{ node: { case: unknown; withWhom: string } }> };
    }>('{ contactLog(onCase: false, first: 20) { edges { node { case { id } withWhom } } } }');
    expect(contactLog.edges).toHaveLength(20);
    expect(contactLog.edges.every(({ node }) => node.case === null)).toBe(true);
  });

  it('has meetings of the kinds funder reports count, held and to come, none overdue', async () => {
    const [meetings] = await superuserQuery<{
      kinds: number;
      held: number;
      coming: number;
      overdue: number;
    }>(
      environment.db.adminUrl,
      `SELECT count(DISTINCT kind)::int AS kinds,
              count(*) FILTER (WHERE starts_at < now())::int AS held,
              count(*) FILTER (WHERE starts_at > now())::int AS coming,
              (SELECT count(*)::int FROM meeting_task
                WHERE done_on IS NULL AND due_at < now()) AS overdue
         FROM meeting`,
    );
    expect(meetings!.kinds).toBeGreaterThanOrEqual(10);
    expect(meetings!.held).toBeGreaterThanOrEqual(12);
    expect(meetings!.coming).toBeGreaterThanOrEqual(3);
    expect(meetings!.overdue).toBe(0);
  });

  it('has a parent-center report worth opening: demographics asked, some declined', async () => {
    const admin = await logIn(DEMO_MEMBERS[0]!.email);
    const to = today();
    const from = new Date(Date.parse(to) - 364 * 86_400_000).toISOString().slice(0, 10);
    const { parentCenterReport: report } = await anonymous.as(admin.accessToken).data<{
      parentCenterReport: {
        parentsServed: number;
        childrenServed: number;
        parentsByPrimaryLanguage: Array<{ key: string; count: number }>;
        childrenByRaceEthnicity: Array<{ key: string; count: number }>;
        childrenByDisability: Array<{ key: string; count: number }>;
      };
    }>(
      `query ($range: ReportRangeInput!) { parentCenterReport(range: $range) {
        parentsServed childrenServed parentsByPrimaryLanguage { key count }
        childrenByRaceEthnicity { key count } childrenByDisability { key count } } }`,
      { range: { from, to } },
    );
    // Every child whose case had a contact or a meeting in the year.
    expect(report.childrenServed).toBeGreaterThanOrEqual(DEMO_SCENARIOS.length - 2);
    const keys = (counts: Array<{ key: string }>) => counts.map((c) => c.key);
    // Most families were asked; one declined; the family at intake not yet.
    expect(keys(report.childrenByRaceEthnicity)).toEqual(
      expect.arrayContaining([
        'HISPANIC_OR_LATINO',
        'WHITE',
        'ASIAN',
        'DECLINED_TO_STATE',
        'NOT_RECORDED',
      ]),
    );
    expect(keys(report.childrenByDisability)).toEqual(
      expect.arrayContaining([
        'NOT_IDENTIFIED',
        'SPECIFIC_LEARNING_DISABILITY',
        'AUTISM',
        'NOT_RECORDED',
      ]),
    );
    expect(keys(report.parentsByPrimaryLanguage)).toEqual(
      expect.arrayContaining(['en', 'es', 'vi', 'gu', 'DECLINED_TO_STATE']),
    );
    const total = (counts: Array<{ count: number }>) => counts.reduce((n, c) => n + c.count, 0);
    expect(total(report.parentsByPrimaryLanguage)).toBe(report.parentsServed);
    expect(total(report.childrenByRaceEthnicity)).toBe(report.childrenServed);
  });

  it('has a written request in every state, each with its deadline and citation', async () => {
    const admin = anonymous.as((await logIn(DEMO_MEMBERS[0].email)).accessToken);
    const { writtenRequests } = await admin.data<{
      writtenRequests: {
        edges: Array<{
          node: {
            subject: string;
            status: string;
            deadline: {
              dueOn: string | null;
              citation: string | null;
              basis: string;
              jurisdiction: { requested: string | null; applied: string };
            };
          };
        }>;
      };
    }>(
      '{ writtenRequests(first: 50) { edges { node { subject status deadline { dueOn citation basis jurisdiction { requested applied } } } } } }',
    );
    // One per scenario, and four dated from today for the follow-up engine (demo-follow-ups.ts).
    const showcase: string[] = Object.values(SHOWCASE_SUBJECTS);
    const requests = writtenRequests.edges
      .map((edge) => edge.node)
      .filter((r) => !showcase.includes(r.subject));
    expect(writtenRequests.edges).toHaveLength(DEMO_SCENARIOS.length + showcase.length);
    expect(requests).toHaveLength(DEMO_SCENARIOS.length);
    // Each district's state is asked for; a state with no rule for the request falls back to
    // the federal one (a 504 accommodations request in FL, an IEP meeting request in VA).
    expect(new Set(requests.map((r) => r.deadline.jurisdiction.requested))).toEqual(
      new Set(DEMO_SCENARIOS.map((scenario) => scenario.district.state)),
    );
    const ca = requests.find((r) => r.subject === 'Request for a special-education assessment');
    // Scenario 1, moved to today (demo-today.spec.ts): its plan is due 15 days after receipt
    // (EC 56321); the school's "more data first" is a stall, so the request is still SENT.
    expect(ca?.deadline).toMatchObject({ citation: expect.stringContaining('56321') });
    expect(ca?.status).toBe('SENT');
    // On today's date every request has its due day: the calendars cover the year in session.
    expect(requests.filter((r) => !r.deadline.dueOn).map((r) => r.subject)).toEqual([]);
    const timed = requests.filter((r) => r.deadline.basis === 'RULE');
    expect(timed.every((r) => r.deadline.dueOn && r.deadline.citation)).toBe(true);
    // A realistic morning: some answered, some overdue.
    expect(requests.some((r) => r.status === 'RESPONDED')).toBe(true);
    expect(requests.some((r) => r.status === 'SENT' && r.deadline.dueOn! < today())).toBe(true);
  });

  it('has follow-ups owed, held for approval, discarded and cancelled by an answer, before the worker runs', async () => {
    const admin = anonymous.as((await logIn(DEMO_MEMBERS[0].email)).accessToken);
    const { followUps } = await admin.data<{
      followUps: {
        edges: Array<{
          node: {
            kind: string;
            status: string;
            requiresApproval: boolean;
            cancelledReason: string | null;
          };
        }>;
      };
    }>(
      '{ followUps(first: 100) { edges { node { kind status requiresApproval cancelledReason } } } }',
    );
    const rows = followUps.edges.map((edge) => edge.node);
    const statuses = new Set(rows.map((f) => f.status));
    // QUEUED once the api has handed them to the queue after commit; DRAFT and FAILED come
    // from the worker (test/e2e/follow-ups.e2e-spec.ts shows both).
    expect([...statuses]).toEqual(expect.arrayContaining(['PLANNED', 'QUEUED', 'CANCELLED']));
    expect(rows.some((f) => f.kind === 'ADVOCATE_REMINDER' && f.status === 'PLANNED')).toBe(true);
    expect(rows.some((f) => f.requiresApproval)).toBe(true);
    expect(rows.map((f) => f.cancelledReason)).toEqual(
      expect.arrayContaining([
        'The school answered.',
        expect.stringMatching(/^Discarded by an advocate/),
      ]),
    );
  });

  it('lets each demo member sign in; an advocate sees a caseload with a timeline and a pattern', async () => {
    for (const member of DEMO_MEMBERS) await logIn(member.email);
    const advocate = anonymous.as((await logIn(DEMO_MEMBERS[1].email)).accessToken);
    const { caseload } = await advocate.data<{
      caseload: {
        edges: Array<{ node: { case: { id: string; title: string }; school: { name: string } } }>;
      };
    }>('{ caseload { edges { node { case { id title } school { name } } } } }');
    expect(caseload.edges.length).toBeGreaterThan(0);
    const caseId = caseload.edges[0]!.node.case.id;

    const { caseTimeline } = await advocate.data<{
      caseTimeline: { edges: Array<{ node: { kind: string } }> };
    }>('query ($id: ID!) { caseTimeline(caseId: $id, first: 100) { edges { node { kind } } } }', {
      id: caseId,
    });
    const kinds = new Set(caseTimeline.edges.map((edge) => edge.node.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['CASE_OPENED', 'NOTE', 'ATTENDANCE_WEEK']));

    const { case: found } = await advocate.data<{
      case: {
        attendanceSummary: {
          weekdays: Array<{ weekday: string; rate: number | null }>;
          supports: Array<{ before: { rate: number | null }; after: { rate: number | null } }>;
        };
      };
    }>(
      'query ($id: ID!) { case(id: $id) { attendanceSummary { weekdays { weekday rate } supports { before { rate } after { rate } } } } }',
      { id: caseId },
    );
    const rates = Object.fromEntries(
      found.attendanceSummary.weekdays.map((w) => [w.weekday, w.rate]),
    );
    expect(rates['MONDAY']!).toBeLessThan(rates['THURSDAY']!);
    for (const support of found.attendanceSummary.supports) {
      expect(support.after.rate!).toBeGreaterThan(support.before.rate!);
    }
  });

  it('has the schools’ replies in every state, brought in through mail in', async () => {
    const admin = anonymous.as((await logIn(DEMO_MEMBERS[0].email)).accessToken);
    const { inboundMessages } = await admin.data<{
      inboundMessages: { edges: Array<{ node: DemoInbound }> };
    }>(`{ inboundMessages(first: 50) { edges { node {
          id status match channel triage suggestedRequestId subject text fromName fromAddress
          bounceRecipient bounceDiagnostic bouncedMessageId schoolResponseId classifiedAt
          sharedWithFamily attachments { filename }
          request { id subject status replyWaitingSince
            responses { summary priorWrittenNotice respondedByContactId } }
        } } } }`);
    const replies = inboundMessages.edges.map((edge) => edge.node);
    const about = (request: string) => replies.find((m) => m.request?.subject === request);
    // Every one came in as the worker's SMTP receiver takes a school's mail.
    expect(replies.map((m) => m.channel)).toEqual(replies.map(() => 'SMTP'));

    // IL: the records, recorded as the school's answer, the response quoting the reply.
    const records = about('Request to inspect and copy the school records of Lena Novak');
    expect(records).toMatchObject({
      status: 'CLASSIFIED_ANSWER',
      match: 'REPLY_ADDRESS',
      fromName: 'Renee Alvarez',
      schoolResponseId: expect.any(String),
      request: { status: 'RESPONDED' },
    });
    expect(records!.attachments).toHaveLength(4);
    expect(records!.request!.responses[0]!.summary).toMatch(
      /^Email from Renee Alvarez <r\.alvarez@pgcusd\.example>, "Re: Request to inspect[^"]*":\n\nGood morning Ms\. Raman,/,
    );
    // Answered by the school contact whose address it came from.
    expect(records!.request!.responses[0]!.respondedByContactId).not.toBeNull();

    // MA: the district's answer with its written notice, shared with the family.
    expect(about('Referral for a special-education evaluation')).toMatchObject({
      status: 'CLASSIFIED_ANSWER',
      fromName: 'Dr. Helen Okafor',
      sharedWithFamily: true,
      request: { status: 'RESPONDED' },
    });

    // CA: news in Spanish, not the plan asked for: not an answer, the request still open;
    // shared with the family.
    const spanish = about('Request for a special-education assessment');
    expect(spanish).toMatchObject({
      status: 'NOT_AN_ANSWER',
      sharedWithFamily: true,
      classifiedAt: expect.any(String),
      request: { status: 'SENT' },
    });
    expect(spanish!.text).toContain('Le escribo en español');

    // TX: waiting for its advocate; the request's next follow-up to the school is held.
    const waiting = about('Written request for a Full Individual and Initial Evaluation');
    expect(waiting).toMatchObject({ status: 'UNCLASSIFIED', match: 'REPLY_ADDRESS' });
    expect(waiting!.request!.replyWaitingSince).not.toBeNull();
    const [held] = await superuserQuery<{ scheduled_at: Date; status: string }>(
      environment.db.adminUrl,
      `SELECT scheduled_at, status FROM follow_up
        WHERE request_id = $1 AND kind = 'SCHOOL_FOLLOW_UP' AND sequence = 1`,
      [waiting!.request!.id],
    );
    expect(held!.status).toMatch(/^(PLANNED|QUEUED)$/);
    expect(held!.scheduled_at.getTime()).toBeGreaterThan(Date.now() + 86_400_000);

    // GA: an out-of-office, never an answer.
    expect(about('Signed consent to evaluate')).toMatchObject({
      status: 'AUTO_REPLY',
      subject: 'Automatic reply: Signed consent to evaluate',
    });

    // WA: the answer to the archived duplicate waits in triage, the open referral suggested.
    const triage = replies.find((m) => m.subject === `Re: ${ARCHIVED_DUPLICATE.subject}`);
    expect(triage).toMatchObject({
      status: 'UNCLASSIFIED',
      match: 'SENDER_SUGGESTION',
      triage: true,
      request: null,
    });
    const [referral] = await superuserQuery<{ id: string }>(
      environment.db.adminUrl,
      'SELECT id FROM written_request WHERE subject = $1 AND archived_at IS NULL',
      [ARCHIVED_DUPLICATE.of],
    );
    expect(triage!.suggestedRequestId).toBe(referral!.id);

    // NJ: the school's server returned the follow-up sent this morning: it failed, on Today.
    const bounce = about(DEMO_BOUNCE.request);
    expect(bounce).toMatchObject({
      status: 'BOUNCE',
      bounceRecipient: 'r.alvarez@pvrsd.example',
      bounceDiagnostic: expect.stringContaining('550 5.1.1'),
    });
    const { followUps } = await admin.data<{
      followUps: {
        edges: Array<{ node: { kind: string; messageId: string | null; lastError: string } }>;
      };
    }>(
      `{ followUps(first: 100, filter: { status: [FAILED], kind: [REQUEST_LETTER, SCHOOL_FOLLOW_UP, ESCALATION] }) {
          edges { node { kind messageId lastError } } } }`,
    );
    expect(followUps.edges.map((e) => e.node)).toContainEqual({
      kind: 'SCHOOL_FOLLOW_UP',
      messageId: bounce!.bouncedMessageId,
      lastError: expect.stringMatching(/^Bounced for r\.alvarez@pvrsd\.example: 550 5\.1\.1/),
    });
  });

  it('has guardians who sign in to a populated family portal by link', async () => {
    for (const email of DEMO_PORTAL_GUARDIANS) {
      const before = sink.received.length;
      await anonymous.data(
        'mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }',
        {
          e: email,
        },
      );
      const [mail] = (await sink.waitFor(before + 1)).slice(before);
      expect(mail!.envelopeTo).toEqual([email]);
      const token = /token=(orl_[A-Za-z0-9_-]+)/.exec(mail!.parsed.text ?? '')![1]!;
      const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
        'mutation ($t: String!) { signInToPortal(token: $t) { token } }',
        { t: token },
      );
      const { portalCases } = await anonymous.as(signInToPortal.token).data<{
        portalCases: Array<{
          requests: Array<{ deadline: { dueOn: string; citation: string | null } | null }>;
          nextSteps: unknown[];
          sharedNotes: unknown[];
          advocates: unknown[];
          sharedReplies: Array<{ from: string; text: string; attachmentNames: string[] }>;
        }>;
      }>(`{ portalCases { requests { deadline { dueOn citation } } nextSteps { kind }
            sharedNotes { body } advocates { name } sharedReplies { from text attachmentNames } } }`);
      expect(portalCases).toHaveLength(1);
      const [shown] = portalCases;
      expect(shown!.requests.length).toBeGreaterThan(0);
      expect(shown!.requests.every((r) => r.deadline?.dueOn)).toBe(true);
      expect(shown!.advocates.length).toBeGreaterThan(0);
      // The school's email the advocate shared with this family (demo-replies.ts).
      expect(shown!.sharedReplies).toHaveLength(1);
      expect(shown!.sharedReplies[0]!.attachmentNames.length).toBeGreaterThan(0);
    }
    // The Spanish-speaking mother's link came in Spanish.
    const navarro = sink.received.find((m) => m.envelopeTo.includes('lucia.navarro@example.org'));
    expect(navarro!.parsed.subject).toMatch(/enlace|acceso|portal/i);
  });
});

/**
 * The same demo seeded on a fixed day, Thu 2026-12-03 (never after the real today, so nothing
 * is dated in the future). Hand-computed (demo-today.spec.ts): the scenarios move by 315 days;
 * the CA request, received Mon 2025-10-06, is received Mon 2026-08-17, and its assessment
 * plan is due 15 calendar days later, Tue 2026-09-01 (EC 56321; no break of more than 5
 * school days in between: the moved year starts 2026-08-17, Labor Day falls on 2026-08-31).
 */
describe('demo data seeded on a fixed day', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let app: INestApplication;

  beforeAll(async () => {
    await sink.start();
    environment = await createTestEnvironment('postgres', { SMTP_URL: sink.url });
    app = await NestFactory.create(
      { module: DemoModule, imports: [AppModule.forRoot(environment.config)] },
      { logger: false },
    );
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
    await sink.stop();
  });

  it('moves the scenarios and the calendars to that day', async () => {
    expect((await app.get(DemoSeeder).seed('2026-12-03')).created).toBe(true);
    const rows = await superuserQuery<{
      subject: string;
      status: string;
      received: string;
      due: string | null;
    }>(
      environment.db.adminUrl,
      `SELECT subject, status, to_char(received_on, 'YYYY-MM-DD') AS received,
              to_char(due_on, 'YYYY-MM-DD') AS due FROM written_request`,
    );
    const ca = rows.find((r) => r.subject === 'Request for a special-education assessment');
    expect(ca).toEqual({
      subject: 'Request for a special-education assessment',
      status: 'SENT',
      received: '2026-08-17',
      due: '2026-09-01',
    });
    expect(rows.filter((r) => !r.due).map((r) => r.subject)).toEqual([]);
    const years = await superuserQuery<{ label: string }>(
      environment.db.adminUrl,
      'SELECT DISTINCT label FROM school_year ORDER BY label',
    );
    expect(years.map((y) => y.label)).toEqual(['2025-26', '2026-27', '2027-28']);
  });
});
