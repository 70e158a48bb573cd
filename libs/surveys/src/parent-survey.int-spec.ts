import type { INestApplicationContext } from '@nestjs/common';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { DataScopes } from '@onrecord/platform/database';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestApp,
  eventually,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { ParentSurveyResults } from './parent-survey-results.service';
import { startSurveysWorker, SURVEYS_API } from './testing/surveys-api';

const CHANGE_STATUS = `mutation ($id: ID!, $status: CaseStatus!, $outcome: CaseOutcome) {
  changeCaseStatus(input: { caseId: $id, status: $status, outcome: $outcome }) { id status } }`;
const END = 'RETURNED_FULL_TIME';
const SEND = `mutation ($id: ID!) { sendParentSurvey(caseId: $id) { id guardianId language reason sentAt } }`;
const INVITATIONS = `query ($id: ID!) { parentSurveyInvitations(caseId: $id) {
  id guardianId email language reason sentAt answeredAt } }`;
const FORM = `query ($token: String!) { parentSurveyForm(token: $token) {
  language organizationName commentPrompt answeredAt questions { id text } } }`;
const ANSWER = `mutation ($input: AnswerParentSurveyInput!) { answerParentSurvey(input: $input) { answeredAt } }`;

interface Guardian {
  name: string;
  email?: string;
  preferredLanguage?: string;
}
interface Form {
  language: string;
  organizationName: string;
  commentPrompt: string;
  answeredAt: string | null;
  questions: Array<{ id: string; text: string }>;
}

/**
 * The parent survey: offered to each guardian with an email when a case ends (once per case)
 * or by hand, emailed in the guardian's language by the worker, answered once by its link
 * with no account, and counted — checked here against a fixture counted by hand, with
 * answers in English and Spanish, beside another organization's that must not count.
 */
describe('the parent survey', () => {
  const sink = new SmtpSink();
  let api: TestApp<[TestAuth, TestAuth]>;
  let worker: INestApplicationContext;
  let anonymous: ApiClient;
  let a: ApiClient;
  let b: ApiClient;

  const owner = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, sql, params);
  const mailsTo = (email: string) =>
    sink.received.filter((mail) => mail.envelopeTo.includes(email.toLowerCase()));
  const mailTo = (email: string) => eventually(async () => mailsTo(email)[0], 15_000, 50);
  const tokenIn = (text: string) => /token=(ors_[A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

  /** A family with its guardians, a student and an ACTIVE case; the case's id. */
  async function caseOf(client: ApiClient, label: string, guardians: Guardian[]): Promise<string> {
    const { createFamily } = await client.data<{
      createFamily: { id: string; students: Array<{ id: string }> };
    }>(
      `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id students { id } } }`,
      {
        input: {
          householdName: `${label} household`,
          guardians: guardians.map((g) => ({ relationship: 'parent', ...g })),
          students: [{ name: `${label} Student`, plan: 'NONE' }],
        },
      },
    );
    const { openCase } = await client.data<{ openCase: { id: string } }>(
      `mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }`,
      {
        input: {
          familyId: createFamily.id,
          studentId: createFamily.students[0]!.id,
          title: `${label} case`,
          concerns: ['SCHOOL_REFUSAL'],
          status: 'ACTIVE',
        },
      },
    );
    return openCase.id;
  }

  const form = async (token: string) =>
    (await anonymous.data<{ parentSurveyForm: Form }>(FORM, { token })).parentSurveyForm;
  const answer = (
    token: string,
    ratings: Array<number | null>,
    questions: Form['questions'],
    comment = '',
  ) =>
    anonymous.data(ANSWER, {
      input: {
        token,
        comment,
        ratings: questions.map((q, i) => ({ questionId: q.id, rating: ratings[i] })),
      },
    });

  let navarroCase: string;
  let brennanCase: string;
  let diazCase: string;
  let otherCase: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    await sink.start();
    api = await createTestApp(SURVEYS_API, {
      admins: ['survey-a', 'survey-b'],
      env: { SMTP_URL: sink.url, MAIL_FROM: 'OnRecord <no-reply@onrecord.test>' },
    });
    ({ anonymous } = api);
    a = api.as(api.admins[0]);
    b = api.as(api.admins[1]);
    worker = await startSurveysWorker(api.environment.config, 'parent-survey-worker');

    navarroCase = await caseOf(a, 'Navarro', [
      { name: 'Lucia Navarro', email: 'lucia@family.example.org', preferredLanguage: 'es' },
      { name: 'Jorge Navarro', email: 'jorge@family.example.org', preferredLanguage: 'es-MX' },
    ]);
    brennanCase = await caseOf(a, 'Brennan', [
      { name: 'Kate Brennan', email: 'kate@family.example.org' },
      { name: 'Tom Brennan' },
    ]);
    diazCase = await caseOf(a, 'Diaz', [
      { name: 'Ana Diaz', email: 'ana@family.example.org', preferredLanguage: 'es' },
    ]);
    otherCase = await caseOf(b, 'Other', [
      { name: 'Olga Other', email: 'olga@family.example.org', preferredLanguage: 'es' },
    ]);
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink.stop();
  });

  it('goes to each guardian with an email when a case ends, in their language, once', async () => {
    await a.data(CHANGE_STATUS, { id: navarroCase, status: 'RESOLVED', outcome: END });
    await a.data(CHANGE_STATUS, { id: brennanCase, status: 'CLOSED', outcome: END });
    const lucia = await mailTo('lucia@family.example.org');
    const kate = await mailTo('kate@family.example.org');
    await mailTo('jorge@family.example.org');

    expect(lucia.parsed.subject).toBe('Org survey-a quiere saber cómo le ayudamos');
    expect(lucia.parsed.text).toContain('Hola, Lucia Navarro:');
    expect(lucia.parsed.text).toContain('Navarro Student');
    expect(lucia.parsed.html).toContain('<a href="http');
    expect(lucia.parsed.html).toContain('Responda la encuesta aquí');
    expect(kate.parsed.subject).toBe('Org survey-a would like to know how we did');
    expect(kate.parsed.text).toContain('Dear Kate Brennan,');
    expect(kate.parsed.text).toContain('4 short statements');
    expect(kate.parsed.html).toContain('Answer the survey here');
    for (const [name, mail] of Object.entries({ lucia, kate })) {
      tokens[name] = tokenIn(mail.parsed.text ?? '');
      expect(mail.parsed.text).toContain(`/portal/survey?token=${tokens[name]}`);
    }
    tokens['jorge'] = tokenIn((await mailTo('jorge@family.example.org')).parsed.text ?? '');

    // Only the hash of the link is kept.
    const stored = await owner<{ token_hash: string }>(
      `SELECT token_hash FROM parent_survey_invitation WHERE email = 'lucia@family.example.org'`,
    );
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(tokens['lucia']);

    // Closed after being resolved, and reopened and closed again: nobody gets it twice.
    await a.data(CHANGE_STATUS, { id: navarroCase, status: 'CLOSED', outcome: END });
    await a.data(CHANGE_STATUS, { id: brennanCase, status: 'ACTIVE' });
    await a.data(CHANGE_STATUS, { id: brennanCase, status: 'CLOSED', outcome: END });
    const { parentSurveyInvitations } = await a.data<{
      parentSurveyInvitations: Array<{
        email: string;
        language: string;
        reason: string;
        sentAt: string;
      }>;
    }>(INVITATIONS, { id: navarroCase });
    // Both written in the same transaction: their order between them is not the test's.
    expect(parentSurveyInvitations.map((i) => [i.email, i.language, i.reason]).sort()).toEqual([
      ['jorge@family.example.org', 'es', 'CASE_ENDED'],
      ['lucia@family.example.org', 'es', 'CASE_ENDED'],
    ]);
    expect(parentSurveyInvitations.every((i) => i.sentAt)).toBe(true);
    // Tom Brennan has no email: the case's survey went to Kate alone.
    expect(await owner(`SELECT count(*)::int AS n FROM parent_survey_invitation`)).toEqual([
      { n: 3 },
    ]);
    expect(mailsTo('kate@family.example.org')).toHaveLength(1);
  });

  it('is sent by hand, refused for a family no email reaches and for guardians offered it already', async () => {
    const { sendParentSurvey } = await a.data<{
      sendParentSurvey: Array<{ language: string; reason: string }>;
    }>(SEND, { id: diazCase });
    expect(sendParentSurvey).toMatchObject([{ language: 'es', reason: 'BY_HAND' }]);
    tokens['ana'] = tokenIn((await mailTo('ana@family.example.org')).parsed.text ?? '');

    expect(await a.errorOf(SEND, { id: diazCase })).toMatchObject({ code: 'CONFLICT' });
    const noEmail = await caseOf(a, 'Unreachable', [{ name: 'Pat Unreachable' }]);
    expect(await a.errorOf(SEND, { id: noEmail })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'caseId', message: expect.stringContaining('no guardian who has an email') },
      ],
    });
  });

  it('opens in the invitation’s language and takes the answers once', async () => {
    const lucia = await form(tokens['lucia']!);
    expect(lucia).toMatchObject({
      language: 'es',
      organizationName: 'Org survey-a',
      commentPrompt: '¿Hay algo más que quiera decirnos?',
      answeredAt: null,
    });
    expect(lucia.questions.map((q) => q.text)).toEqual([
      'Conozco mejor los derechos de mi hijo o hija.',
      'Puedo participar mejor en las decisiones sobre la educación de mi hijo o hija.',
      'Sé mejor dónde encontrar ayuda para mi hijo o hija.',
      'Recomendaría esta organización a otras familias.',
    ]);
    const kate = await form(tokens['kate']!);
    expect(kate.language).toBe('en');
    expect(kate.questions[0]!.text).toBe('I have more knowledge of my child’s rights.');

    // Every question answered, with ratings from 1 to 5 (or null), each field named.
    const missing = await anonymous.errorOf(ANSWER, {
      input: {
        token: tokens['lucia'],
        ratings: [{ questionId: lucia.questions[0]!.id, rating: 5 }],
      },
    });
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ratings' }] });
    const outOfRange = await anonymous.errorOf(ANSWER, {
      input: {
        token: tokens['lucia'],
        ratings: lucia.questions.map((q) => ({ questionId: q.id, rating: 6 })),
      },
    });
    expect(outOfRange).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(outOfRange.fields)).toContain('ratings.0.rating');
    const foreign = await anonymous.errorOf(ANSWER, {
      input: {
        token: tokens['lucia'],
        ratings: [
          ...lucia.questions.slice(1).map((q) => ({ questionId: q.id, rating: 3 })),
          { questionId: kate.questions[0]!.id.replace(/.$/, '0'), rating: 3 },
        ],
      },
    });
    expect(JSON.stringify(foreign.fields)).toContain('ratings.3.questionId');

    // The hand-counted fixture (questions 1–4; null: not applicable).
    await answer(tokens['lucia']!, [5, 4, null, 5], lucia.questions, 'Muy útil, gracias.');
    await answer(tokens['kate']!, [3, 5, 2, 4], kate.questions);
    const ana = await form(tokens['ana']!);
    await answer(tokens['ana']!, [5, 1, 4, null], ana.questions, '  Nos ayudaron mucho.  ');
    // Jorge does not answer.

    const again = await anonymous.errorOf(ANSWER, {
      input: {
        token: tokens['lucia'],
        ratings: lucia.questions.map((q) => ({ questionId: q.id, rating: 1 })),
      },
    });
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already answered'),
    });
    expect((await form(tokens['lucia']!)).answeredAt).not.toBeNull();
  });

  it('refuses a made-up, malformed or expired link on its token', async () => {
    for (const token of ['ors_' + 'x'.repeat(43), 'not-a-link', '']) {
      expect(await anonymous.errorOf(FORM, { token })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'token' }],
      });
    }
    await owner(
      `UPDATE parent_survey_invitation SET sent_at = now() - interval '61 days', expires_at = now() - interval '1 day'
        WHERE email = 'jorge@family.example.org'`,
    );
    expect(await anonymous.errorOf(FORM, { token: tokens['jorge'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'token', message: expect.stringContaining('expired') }],
    });
    await owner(
      `UPDATE parent_survey_invitation SET sent_at = now(), expires_at = now() + interval '60 days'
        WHERE email = 'jorge@family.example.org'`,
    );
  });

  it('counts the answers of the invitations sent in a range, exactly as counted by hand', async () => {
    // Another organization's survey, answered: none of it may count for the first.
    await b.data(CHANGE_STATUS, { id: otherCase, status: 'CLOSED', outcome: END });
    const olga = tokenIn((await mailTo('olga@family.example.org')).parsed.text ?? '');
    await answer(olga, [1, 1, 1, 1], (await form(olga)).questions, 'Otra organización');

    const [organization] = await owner<{ id: string }>(
      `SELECT organization_id AS id FROM parent_survey_invitation WHERE email = 'lucia@family.example.org'`,
    );
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const results = api.app.get(ParentSurveyResults);
    const inA = <T>(work: (scope: Parameters<ParentSurveyResults['summary']>[0]) => Promise<T>) =>
      api.app.get(DataScopes).run({ organizationId: organization!.id }, undefined, work);

    const summary = await inA((scope) => results.summary(scope, { from: day(-1), to: day(1) }));
    const counts = (...perRating: number[]) =>
      perRating.map((count, i) => ({ rating: i + 1, count }));
    expect(summary).toEqual({
      sent: 4,
      answered: 3,
      byLanguage: [
        { language: 'en', sent: 1, answered: 1 },
        { language: 'es', sent: 3, answered: 2 },
      ],
      questions: [
        expect.objectContaining({
          position: 1,
          ratings: counts(0, 0, 1, 0, 2),
          notApplicable: 0,
          agreeing: 2,
        }),
        expect.objectContaining({
          position: 2,
          ratings: counts(1, 0, 0, 1, 1),
          notApplicable: 0,
          agreeing: 2,
        }),
        expect.objectContaining({
          position: 3,
          ratings: counts(0, 1, 0, 1, 0),
          notApplicable: 1,
          agreeing: 1,
        }),
        expect.objectContaining({
          position: 4,
          ratings: counts(0, 0, 0, 1, 1),
          notApplicable: 1,
          agreeing: 2,
        }),
      ],
    });
    expect(summary.questions[0]).toMatchObject({
      textEn: 'I have more knowledge of my child’s rights.',
      textEs: 'Conozco mejor los derechos de mi hijo o hija.',
      inSurveyNow: true,
    });
    expect(await inA((scope) => results.comments(scope, { from: day(-1), to: day(1) }))).toEqual([
      { language: 'es', comment: 'Muy útil, gracias.' },
      { language: 'es', comment: 'Nos ayudaron mucho.' },
    ]);

    // A range before any was sent counts nothing, and still lists the questions.
    const before = await inA((scope) => results.summary(scope, { from: day(-30), to: day(-2) }));
    expect(before).toMatchObject({ sent: 0, answered: 0 });
    expect(before.questions.map((q) => q.ratings.every((r) => r.count === 0))).toEqual([
      true,
      true,
      true,
      true,
    ]);

    // A question taken out keeps its answers in the results; a new one starts at nothing.
    const { parentSurvey } = await a.data<{ parentSurvey: { questions: Array<{ id: string }> } }>(
      '{ parentSurvey { questions { id } } }',
    );
    await a.data(
      `mutation ($input: UpdateParentSurveyInput!) { updateParentSurvey(input: $input) { saved } }`,
      {
        input: {
          questions: [
            {
              id: parentSurvey.questions[1]!.id,
              textEn: 'I take part in decisions.',
              textEs: 'Participo en las decisiones.',
            },
            { textEn: 'Staff listened to me.', textEs: 'El personal me escuchó.' },
          ],
        },
      },
    );
    const after = await inA((scope) => results.summary(scope, { from: day(-1), to: day(1) }));
    expect(
      after.questions.map((q) => [
        q.textEn,
        q.inSurveyNow,
        q.ratings.reduce((s, r) => s + r.count, 0) + q.notApplicable,
      ]),
    ).toEqual([
      ['I take part in decisions.', true, 3],
      ['Staff listened to me.', true, 0],
      ['I have more knowledge of my child’s rights.', false, 3],
      ['I know better where to find help for my child.', false, 3],
      ['I would recommend this organization to other families.', false, 3],
    ]);
  });

  it('lets no other organization see or send anything of it', async () => {
    // A link of A's answered with B's questions: they are not this survey's.
    const olgaForm = await form(tokenIn(mailsTo('olga@family.example.org')[0]!.parsed.text ?? ''));
    const foreign = await anonymous.errorOf(ANSWER, {
      input: {
        token: tokens['jorge'],
        ratings: olgaForm.questions.map((q) => ({ questionId: q.id, rating: 5 })),
      },
    });
    expect(foreign).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(foreign.fields)).toContain('ratings.0.questionId');
    expect(await owner(`SELECT count(*)::int AS n FROM parent_survey_answer`)).toEqual([{ n: 16 }]);

    for (const query of [SEND, INVITATIONS]) {
      expect(await b.errorOf(query, { id: navarroCase })).toMatchObject({ code: 'NOT_FOUND' });
    }
    const { parentSurvey } = await b.data<{
      parentSurvey: { saved: boolean; questions: Array<{ textEn: string }> };
    }>('{ parentSurvey { saved questions { textEn } } }');
    // B's survey is its own, unchanged by A's rewording.
    expect(parentSurvey.questions.map((q) => q.textEn)).not.toContain('Staff listened to me.');
    const badQuestion = await b.errorOf(
      `mutation ($input: UpdateParentSurveyInput!) { updateParentSurvey(input: $input) { saved } }`,
      {
        input: {
          questions: [
            { id: (await form(tokens['kate']!)).questions[0]!.id, textEn: 'x', textEs: 'y' },
          ],
        },
      },
    );
    expect(badQuestion).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'questions.0.id' }],
    });
  });
});
