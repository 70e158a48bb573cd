import {
  ApiClient,
  createTestApp,
  joinAs,
  type TestApp,
  type TestEnvironment,
} from '@onrecord/platform/testing';
// The same organization the end-to-end follow-up tests build, through GraphQL.
import {
  dayOffset,
  followUpOrganization,
  followUpsOf,
  overrideDeadline,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { FOLLOW_UPS_API } from './testing/follow-ups-api';

/**
 * The follow-up policy, templates and drafts over HTTP, without a worker: who may change
 * what, every bad input refused with the field and nothing changed, and the plan a sent
 * request gets. (Sending is tested end to end in test/e2e/follow-ups.e2e-spec.ts.)
 */
const POLICY_FIELDS = `remindAdvocates remindBusinessDaysBefore followUpSchoolDaysAfter
  escalateSchoolDaysAfter maxFollowUps requireApproval notifyGuardians sendingWindowStart
  sendingWindowEnd sendingDays digestTime sendingAddress customized`;
const POLICY = `{ followUpPolicy { ${POLICY_FIELDS} } }`;
const UPDATE_POLICY = `mutation ($input: UpdateFollowUpPolicyInput!) {
  updateFollowUpPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const SAVE_TEMPLATE = `mutation ($kind: FollowUpKind!, $input: FollowUpTemplateInput!) {
  saveFollowUpTemplate(kind: $kind, input: $input) { kind subject customized } }`;

describe('follow-ups over HTTP', () => {
  let api: TestApp;
  let environment: TestEnvironment;
  let url: string;
  let org: FollowUpOrganization;
  let advocate: ApiClient;
  let analyst: ApiClient;

  const codeOf = async (client: ApiClient, query: string, variables?: Record<string, unknown>) => {
    const result = await client.request(query, variables);
    return result.errors?.[0]?.extensions?.['code'];
  };
  const fieldsOf = async (
    client: ApiClient,
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    const result = await client.request(query, variables);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    return (result.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>).map(
      (f) => f.field,
    );
  };

  beforeAll(async () => {
    api = await createTestApp(FOLLOW_UPS_API);
    ({ environment, url } = api);
    // The shipped policy, but a window open at all hours so the plan does not depend on the clock.
    org = await followUpOrganization(url, environment.db.adminUrl, 'policy', {
      sendingWindowStart: '00:00',
      sendingWindowEnd: '24:00',
      sendingDays: 'EVERY_DAY',
    });
    const anonymous = new ApiClient(url);
    const organizationId = org.organizationId;
    advocate = anonymous.as(
      (
        await joinAs(
          anonymous,
          environment.db.adminUrl,
          'policy-advocate',
          organizationId,
          'ADVOCATE',
        )
      ).accessToken,
    );
    analyst = anonymous.as(
      (
        await joinAs(
          anonymous,
          environment.db.adminUrl,
          'policy-analyst',
          organizationId,
          'ANALYST',
        )
      ).accessToken,
    );
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lets every member read the policy and only admins change it', async () => {
    const { followUpPolicy } = await analyst.data<{ followUpPolicy: Record<string, unknown> }>(
      POLICY,
    );
    expect(followUpPolicy).toMatchObject({
      remindBusinessDaysBefore: 2,
      followUpSchoolDaysAfter: 1,
      escalateSchoolDaysAfter: 5,
      maxFollowUps: 3,
      requireApproval: false,
      sendingWindowStart: '00:00',
      sendingDays: 'EVERY_DAY',
      customized: true,
    });
    for (const client of [advocate, analyst])
      expect(await codeOf(client, UPDATE_POLICY, { input: { maxFollowUps: 5 } })).toBe('FORBIDDEN');
  });

  it('refuses a bad policy with the field and why, and changes nothing', async () => {
    const before = await org.client.data(POLICY);
    expect(
      await fieldsOf(org.client, UPDATE_POLICY, {
        input: { sendingWindowStart: '17:00', sendingWindowEnd: '08:00' },
      }),
    ).toEqual(['sendingWindowEnd']);
    expect(
      await fieldsOf(org.client, UPDATE_POLICY, {
        input: {
          maxFollowUps: 0,
          sendingWindowStart: '8am',
          digestTime: '25:00',
          escalateSchoolDaysAfter: 0,
          sendingAddress: 'not an address',
        },
      }),
    ).toEqual(
      expect.arrayContaining([
        'maxFollowUps',
        'sendingWindowStart',
        'digestTime',
        'escalateSchoolDaysAfter',
        'sendingAddress',
      ]),
    );
    expect(await org.client.data(POLICY)).toEqual(before);
  });

  it('keeps the organization’s own words for a kind, checked, and back to the built-in ones', async () => {
    expect(
      await fieldsOf(org.client, SAVE_TEMPLATE, {
        kind: 'SCHOOL_FOLLOW_UP',
        input: { subject: 'Follow-up: {{request.subject}}', body: 'Dear {{principal.name}}' },
      }),
    ).toEqual(['body']);
    expect(
      await fieldsOf(org.client, SAVE_TEMPLATE, {
        kind: 'ADVOCATE_REMINDER',
        input: { subject: 'x', body: 'y' },
      }),
    ).toEqual(['kind']);
    expect(
      await codeOf(advocate, SAVE_TEMPLATE, {
        kind: 'ESCALATION',
        input: { subject: 'x', body: 'y' },
      }),
    ).toBe('FORBIDDEN');
    const saved = await org.client.data<{ saveFollowUpTemplate: { customized: boolean } }>(
      SAVE_TEMPLATE,
      {
        kind: 'ESCALATION',
        input: { subject: 'Escalation: {{request.subject}}', body: 'Dear {{recipients}}, …' },
      },
    );
    expect(saved.saveFollowUpTemplate.customized).toBe(true);
    const { followUpTemplates } = await advocate.data<{
      followUpTemplates: Array<{
        kind: string;
        language: string;
        subject: string;
        customized: boolean;
      }>;
    }>('{ followUpTemplates { kind language subject customized } }');
    expect(followUpTemplates.map((t) => [t.kind, t.language, t.customized])).toEqual([
      ['SCHOOL_FOLLOW_UP', 'en', false],
      ['ESCALATION', 'en', true],
      ['GUARDIAN_UPDATE', 'en', false],
      ['GUARDIAN_UPDATE', 'es', false],
      ['GUARDIAN_OVERDUE', 'en', false],
      ['GUARDIAN_OVERDUE', 'es', false],
      ['GUARDIAN_ANSWERED', 'en', false],
      ['GUARDIAN_ANSWERED', 'es', false],
    ]);
    // Messages to schools are English only; families' messages may be worded per language.
    expect(
      await fieldsOf(
        org.client,
        'mutation { saveFollowUpTemplate(kind: ESCALATION, language: "es", input: { subject: "s", body: "b" }) { kind } }',
      ),
    ).toEqual(['language']);
    const spanish = await org.client.data<{ saveFollowUpTemplate: { language: string } }>(
      'mutation { saveFollowUpTemplate(kind: GUARDIAN_ANSWERED, language: "es", input: { subject: "Respuesta", body: "Hola {{recipients}}" }) { language } }',
    );
    expect(spanish.saveFollowUpTemplate.language).toBe('es');
    await org.client.data(
      'mutation { resetFollowUpTemplate(kind: GUARDIAN_ANSWERED, language: "es") { customized } }',
    );
    await org.client.data('mutation { resetFollowUpTemplate(kind: ESCALATION) { customized } }');
    const reset = await advocate.data<{ followUpTemplates: Array<{ customized: boolean }> }>(
      '{ followUpTemplates { customized } }',
    );
    expect(reset.followUpTemplates.every((t) => !t.customized)).toBe(true);
  });

  it('plans a reminder, a follow-up and the family’s notice for a sent request, and keeps a discarded one discarded', async () => {
    const requestId = await sendRequest(org, 0, { dueOn: dayOffset(10) });
    const plan = await followUpsOf(org, requestId);
    expect(plan.map((f) => [f.kind, f.sequence]).sort()).toEqual([
      ['ADVOCATE_REMINDER', 1],
      ['GUARDIAN_OVERDUE', 1],
      ['SCHOOL_FOLLOW_UP', 1],
    ]);
    const notice = plan.find((f) => f.kind === 'GUARDIAN_OVERDUE')!;
    expect(notice.recipients).toEqual([{ email: org.guardianEmail }]);
    const followUp = plan.find((f) => f.kind === 'SCHOOL_FOLLOW_UP')!;
    expect(followUp.recipients).toEqual([{ email: org.contactEmail }]);
    expect(Date.parse(followUp.scheduledAt)).toBeGreaterThan(Date.now() + 9 * 24 * 3600_000);

    expect(
      await codeOf(org.client, 'mutation ($id: ID!) { approveFollowUp(id: $id) { id } }', {
        id: followUp.id,
      }),
    ).toBe('CONFLICT');
    expect(
      await fieldsOf(
        advocate,
        'mutation ($id: ID!) { editFollowUp(id: $id, input: { body: "{{nonsense}}" }) { id } }',
        { id: followUp.id },
      ),
    ).toEqual(['body']);
    expect(
      await codeOf(analyst, 'mutation ($id: ID!) { discardFollowUp(id: $id) { id } }', {
        id: followUp.id,
      }),
    ).toBe('FORBIDDEN');
    const { discardFollowUp } = await advocate.data<{
      discardFollowUp: { status: string; cancelledReason: string };
    }>(
      'mutation ($id: ID!) { discardFollowUp(id: $id, reason: "Spoke to the principal") { status cancelledReason } }',
      { id: followUp.id },
    );
    expect(discardFollowUp).toEqual({
      status: 'CANCELLED',
      cancelledReason: 'Discarded by an advocate: Spoke to the principal',
    });
    // The deadline moves: the plan is recomputed, and the discarded one stays discarded.
    await overrideDeadline(org, requestId, dayOffset(12));
    const after = (await followUpsOf(org, requestId)).find((f) => f.id === followUp.id)!;
    expect(after.status).toBe('CANCELLED');
    expect(
      await codeOf(
        advocate,
        'mutation ($id: ID!) { editFollowUp(id: $id, input: { subject: "x" }) { id } }',
        { id: followUp.id },
      ),
    ).toBe('CONFLICT');
  });

  it('previews a follow-up with words of its kind not yet saved, checked, saving nothing', async () => {
    const requestId = await sendRequest(org, 0, { dueOn: dayOffset(10), subject: 'Words preview' });
    const plan = await followUpsOf(org, requestId);
    const followUp = plan.find((f) => f.kind === 'SCHOOL_FOLLOW_UP')!;
    const notice = plan.find((f) => f.kind === 'GUARDIAN_OVERDUE')!;
    const PREVIEW = `query ($id: ID!, $template: FollowUpTemplatePreviewInput) {
      followUpPreview(id: $id, template: $template) { subject text to } }`;
    const preview = async (id: string, template?: Record<string, string>) =>
      (
        await org.client.data<{ followUpPreview: { subject: string; text: string; to: string[] } }>(
          PREVIEW,
          { id, template },
        )
      ).followUpPreview;

    const typed = await preview(followUp.id, {
      subject: 'Still waiting: {{request.subject}}',
      body: 'We are still waiting for an answer about {{request.subject}}.',
    });
    // To a school, the subject stays the reply to the request's (the thread); the words change.
    expect(typed.subject).toBe('Re: Words preview');
    expect(typed.text).toContain('We are still waiting for an answer about Words preview.');
    expect(typed.to).toEqual([org.contactEmail]);
    // Nothing saved: without words, the built-in ones.
    expect((await preview(followUp.id)).text).not.toContain('We are still waiting');
    const { followUpTemplates } = await org.client.data<{
      followUpTemplates: Array<{ customized: boolean }>;
    }>('{ followUpTemplates { customized } }');
    expect(followUpTemplates.some((t) => t.customized)).toBe(false);

    // A family's words in Spanish, whatever the guardian's language.
    const spanish = await preview(notice.id, {
      language: 'es',
      subject: 'Sin respuesta: {{request.subject}}',
      body: 'La escuela aún no responde.',
    });
    expect(spanish.subject).toBe('Sin respuesta: Words preview');
    // Checked as saving checks them, on the template's fields; schools are written in English.
    expect(
      await fieldsOf(org.client, PREVIEW, {
        id: followUp.id,
        template: { subject: '{{nonsense}}', body: 'Dear {{principal.name}}' },
      }),
    ).toEqual(['template.subject', 'template.body']);
    expect(
      await fieldsOf(org.client, PREVIEW, {
        id: followUp.id,
        template: { language: 'es', subject: 's', body: 'b' },
      }),
    ).toEqual(['language']);
  });

  it('previews what a policy not yet saved would plan for a sent request, saving nothing', async () => {
    const requestId = await sendRequest(org, 0, { dueOn: dayOffset(10), subject: 'Preview me' });
    const PREVIEW = `query ($requestId: ID!, $changes: UpdateFollowUpPolicyInput) {
      followUpPolicyPreview(requestId: $requestId, changes: $changes) {
        kind sequence commitmentId scheduledAt requiresApproval recipients { email } } }`;
    type Planned = { kind: string; scheduledAt: string; requiresApproval: boolean };
    const preview = async (changes?: Record<string, unknown>) =>
      (
        await org.client.data<{ followUpPolicyPreview: Planned[] }>(PREVIEW, {
          requestId,
          changes,
        })
      ).followUpPolicyPreview;
    const saved = await preview();
    expect(saved.map((p) => p.kind).sort()).toEqual([
      'ADVOCATE_REMINDER',
      'GUARDIAN_OVERDUE',
      'SCHOOL_FOLLOW_UP',
    ]);
    // The same as the rows the saved policy planned.
    const rows = await followUpsOf(org, requestId);
    const at = (list: Array<{ kind: string; scheduledAt: string }>, kind: string) =>
      Date.parse(list.find((p) => p.kind === kind)!.scheduledAt);
    expect(at(saved, 'SCHOOL_FOLLOW_UP')).toBe(at(rows, 'SCHOOL_FOLLOW_UP'));

    const later = await preview({ followUpSchoolDaysAfter: 5, requireApproval: true });
    expect(at(later, 'SCHOOL_FOLLOW_UP')).toBeGreaterThan(at(saved, 'SCHOOL_FOLLOW_UP'));
    expect(later.find((p) => p.kind === 'SCHOOL_FOLLOW_UP')!.requiresApproval).toBe(true);
    const quiet = await preview({ remindAdvocates: false, notifyGuardians: false });
    expect(quiet.map((p) => p.kind)).toEqual(['SCHOOL_FOLLOW_UP']);

    // Bad changes are refused on their field; nothing was saved, the rows did not move.
    expect(
      await fieldsOf(org.client, PREVIEW, { requestId, changes: { maxFollowUps: 0 } }),
    ).toEqual(['maxFollowUps']);
    expect(
      await fieldsOf(org.client, PREVIEW, {
        requestId,
        changes: { sendingWindowStart: '17:00', sendingWindowEnd: '08:00' },
      }),
    ).toEqual(['sendingWindowEnd']);
    expect(
      (await org.client.data<{ followUpPolicy: { customized: boolean } }>(POLICY)).followUpPolicy,
    ).toMatchObject({ followUpSchoolDaysAfter: 1, requireApproval: false });
    expect(await followUpsOf(org, requestId)).toEqual(rows);
    // Admins only; an unknown request is not found.
    expect(await codeOf(advocate, PREVIEW, { requestId })).toBe('FORBIDDEN');
    expect(
      await codeOf(org.client, PREVIEW, { requestId: '00000000-0000-4000-8000-000000000000' }),
    ).toBe('NOT_FOUND');
  });

  it('shows admins the queues and the follow-ups by status', async () => {
    const { followUpHealth } = await org.client.data<{
      followUpHealth: {
        queues: Array<{ queue: string }>;
        followUps: Array<{ status: string; count: number }>;
      };
    }>(
      '{ followUpHealth { queues { queue waiting delayed failed } followUps { status count } overdue } }',
    );
    expect(followUpHealth.queues.map((q) => q.queue)).toContain('follow-ups');
    expect(followUpHealth.followUps.find((s) => s.status === 'CANCELLED')?.count).toBe(1);
    expect(await codeOf(advocate, '{ followUpHealth { overdue } }')).toBe('FORBIDDEN');
  });
});
