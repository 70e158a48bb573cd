import { eventually } from '@onrecord/platform/testing';
import {
  dayOffset,
  followUpOrganization,
  followUpsOf,
  overrideDeadline,
  SEND_AT_ONCE,
  sendRequest,
} from '@onrecord/test-fixtures';
import {
  FollowUpStack,
  messageIdOf,
  ownRedis,
  sendsAFollowUpEnqueuedManyTimesOnce,
  sendsEveryOwedOnceWhenTheWorkerIsKilled,
  sendsEveryPendingOnceAfterRedisLostItsKeys,
} from './follow-up-stack';

/**
 * The follow-up engine end to end (FollowUpStack): the built api and worker as processes, a
 * Redis of this test's own (flushed and all), a real SMTP server in the test. The same faults
 * on a Redis Cluster: follow-ups-redis-cluster.e2e-spec.ts.
 */
describe('follow-ups, from the plan to the mail server', () => {
  const stack = new FollowUpStack(ownRedis());
  const to = (address: string) => stack.to(address);
  const arrived = (address: string, count: number, timeoutMs?: number) =>
    stack.arrived(address, count, timeoutMs);
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  it('sends the follow-up of a request long past its deadline within a minute, threaded, and puts it on the timeline', async () => {
    const org = await followUpOrganization(stack.apiUrl, stack.environment.db.adminUrl, 'overdue');
    const requestId = await sendRequest(org, 200, {
      emailMessageId: '<request-1@family.example.org>',
    });
    const [mail] = await arrived(org.contactEmail, 1, 60_000);
    expect(mail!.parsed.subject).toMatch(/evaluation/i);
    expect(mail!.parsed.inReplyTo).toBe('<request-1@family.example.org>');
    expect(mail!.parsed.text).toContain('Sam Student overdue');
    // A complete document naming its charset, its paragraphs inline-styled for mail clients.
    expect(mail!.parsed.html).toMatch(
      /<meta charset="utf-8">[\s\S]*<p [^>]*>Dear Pat Principal overdue/,
    );
    // The school's answer goes to the request's reply address, where it is captured (Mail in).
    expect(mail!.parsed.replyTo?.value.map((v) => v.address)).toEqual([
      expect.stringMatching(/^reply\+[0-9a-f]{32}@/),
    ]);
    // The family is told, once.
    await arrived(org.guardianEmail, 1);

    const rows = await eventually(async () => {
      const found = await followUpsOf(org, requestId);
      return found.some((f) => f.kind === 'SCHOOL_FOLLOW_UP' && f.status === 'SENT')
        ? found
        : undefined;
    });
    const sent = rows.find((f) => f.kind === 'SCHOOL_FOLLOW_UP')!;
    expect(sent.messageId).toBe(messageIdOf(mail!));
    // The escalation to the next contact in the chain is planned from it.
    expect(rows.find((f) => f.kind === 'ESCALATION')).toMatchObject({
      sequence: 2,
      status: expect.stringMatching(/PLANNED|QUEUED/),
      recipients: [{ email: org.directorEmail }],
    });

    const timeline = await org.client.data<{
      caseTimeline: { edges: Array<{ node: { kind: string; title: string; entityId: string } }> };
    }>(
      `query ($id: ID!) { caseTimeline(caseId: $id, first: 50) { edges { node { kind title entityId } } } }`,
      { id: org.caseId },
    );
    const events = timeline.caseTimeline.edges.map((e) => e.node);
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'FOLLOW_UP_SENT', entityId: sent.id }),
    );
    const audit = await org.client.data<{
      auditEvents: { edges: Array<{ node: { action: string; entityType: string } }> };
    }>(
      `query ($id: String!) { auditEvents(filter: { entityId: $id }, first: 20) { edges { node { action entityType } } } }`,
      { id: sent.id },
    );
    expect(audit.auditEvents.edges.map((e) => e.node)).toContainEqual({
      action: 'send-follow-up',
      entityType: 'FollowUp',
    });

    // The attempt is on record with the server's answer, and it is when the school had it.
    expect(mail!.parsed.subject).toBe('Re: Request for a full individual evaluation');
    expect(mail!.parsed.text).toContain(org.advocateEmail);
    const ATTEMPTS = `query ($id: ID!) { followUp(id: $id) { sentAt deliveryAttempts {
      attempt messageId startedAt finishedAt outcome serverResponse } } }`;
    const record = await org.client.data<{
      followUp: {
        sentAt: string;
        deliveryAttempts: Array<{
          attempt: number;
          messageId: string;
          startedAt: string;
          finishedAt: string;
          outcome: string;
          serverResponse: string;
        }>;
      };
    }>(ATTEMPTS, { id: sent.id });
    expect(record.followUp.deliveryAttempts).toEqual([
      expect.objectContaining({
        attempt: 1,
        messageId: sent.messageId,
        outcome: 'ACCEPTED',
        finishedAt: record.followUp.sentAt,
        serverResponse: expect.stringMatching(/^250/),
      }),
    ]);
    // Another organization reaches neither the follow-up nor its attempts.
    const other = await followUpOrganization(
      stack.apiUrl,
      stack.environment.db.adminUrl,
      'overdue-other',
    );
    expect((await other.client.errorOf(ATTEMPTS, { id: sent.id })).code).toBe('NOT_FOUND');
  });

  it('sends nothing once the school answered, moves the follow-up with the deadline, and stops at a withdrawal', async () => {
    const org = await followUpOrganization(stack.apiUrl, stack.environment.db.adminUrl, 'answered');
    // Answered before its deadline: its follow-ups are cancelled; then even a deadline in the
    // past brings none back.
    const answered = await sendRequest(org, 0);
    const planned = await followUpsOf(org, answered);
    expect(planned.find((f) => f.kind === 'SCHOOL_FOLLOW_UP')?.status).toMatch(/PLANNED|QUEUED/);
    await org.client.data(
      `mutation ($id: ID!, $input: SchoolResponseInput!) { recordSchoolResponse(requestId: $id, input: $input) { id } }`,
      {
        id: answered,
        input: {
          receivedOn: dayOffset(0),
          channel: 'EMAIL',
          outcome: 'GRANTED',
          summary: 'Consent form sent.',
        },
      },
    );
    const cancelled = await followUpsOf(org, answered);
    expect(cancelled.map((f) => [f.kind, f.status, f.cancelledReason])).toEqual(
      expect.arrayContaining([['SCHOOL_FOLLOW_UP', 'CANCELLED', 'The school answered.']]),
    );
    await overrideDeadline(org, answered, dayOffset(-20));

    // A deadline moved: the follow-up moves with it, and goes out once it is past.
    const moved = await sendRequest(org, 0);
    const before = (await followUpsOf(org, moved)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP')!;
    await overrideDeadline(org, moved, dayOffset(40));
    const later = (await followUpsOf(org, moved)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP')!;
    expect(later.id).toBe(before.id);
    expect(Date.parse(later.scheduledAt)).toBeGreaterThan(Date.parse(before.scheduledAt));
    await overrideDeadline(org, moved, dayOffset(-3));
    await arrived(org.contactEmail, 1);

    // Withdrawn: what was pending is cancelled, and nothing more goes out.
    const withdrawn = await sendRequest(org, 0);
    await org.client.data(
      'mutation ($id: ID!) { withdrawWrittenRequest(id: $id, reason: "Family moved.") { id } }',
      { id: withdrawn },
    );
    expect((await followUpsOf(org, withdrawn)).every((f) => f.status === 'CANCELLED')).toBe(true);
    await overrideDeadline(org, withdrawn, dayOffset(-20));

    await settle(4000);
    // One message to the school in all: the moved request's.
    expect(to(org.contactEmail)).toHaveLength(1);
    expect(to(org.contactEmail)[0]!.parsed.messageId).toBe(
      (await followUpsOf(org, moved)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP')!.messageId,
    );
  });

  it('sends a follow-up enqueued many times once', () =>
    sendsAFollowUpEnqueuedManyTimesOnce(stack));

  it(
    'sends every owed message once when the worker is killed mid-batch and restarted',
    () => sendsEveryOwedOnceWhenTheWorkerIsKilled(stack),
    120_000,
  );

  it('still sends every pending follow-up once after Redis lost every key', () =>
    sendsEveryPendingOnceAfterRedisLostItsKeys(stack));

  it('sends what the SMTP server could not take once it is back', async () => {
    const org = await followUpOrganization(
      stack.apiUrl,
      stack.environment.db.adminUrl,
      'smtpdown',
      {
        ...SEND_AT_ONCE,
        notifyGuardians: false,
      },
    );
    await stack.sink.stop();
    const requests = [await sendRequest(org, 200), await sendRequest(org, 200)];
    const failedOnce = await eventually(async () => {
      const rows = (await followUpsOf(org)).filter((f) => f.kind === 'SCHOOL_FOLLOW_UP');
      return rows.every((f) => f.attempts >= 1 && f.lastError) ? rows : undefined;
    }, 20_000);
    expect(failedOnce.every((f) => f.status !== 'SENT')).toBe(true);
    await stack.sink.start(stack.smtpPort);
    await arrived(org.contactEmail, requests.length, 30_000);
    const rows = await eventually(async () => {
      const found = (await followUpsOf(org)).filter((f) => f.kind === 'SCHOOL_FOLLOW_UP');
      return found.every((f) => f.status === 'SENT') ? found : undefined;
    });
    expect(rows).toHaveLength(2);
    expect(to(org.contactEmail)).toHaveLength(2);
  });

  it('holds messages outside the sending window until it opens', async () => {
    // A one-hour window starting two hours from now (Chicago time): now is outside it.
    const chicagoHour = Number(
      new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/Chicago',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date()),
    );
    const start = (chicagoHour + 2) % 24;
    const pad = (n: number) => String(n).padStart(2, '0');
    const org = await followUpOrganization(stack.apiUrl, stack.environment.db.adminUrl, 'window', {
      ...SEND_AT_ONCE,
      notifyGuardians: false,
      sendingWindowStart: `${pad(start)}:00`,
      sendingWindowEnd: start === 23 ? '24:00' : `${pad(start + 1)}:00`,
    });
    const requestId = await sendRequest(org, 200);
    const waiting = (await followUpsOf(org, requestId)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP')!;
    expect(Date.parse(waiting.scheduledAt)).toBeGreaterThan(Date.now() + 60 * 60_000);
    await settle(4000);
    expect(to(org.contactEmail)).toHaveLength(0);
    // The window opens (the policy now allows any time): it goes out.
    await org.client.data(
      'mutation ($input: UpdateFollowUpPolicyInput!) { updateFollowUpPolicy(input: $input) { customized } }',
      { input: { sendingWindowStart: '00:00', sendingWindowEnd: '24:00' } },
    );
    await arrived(org.contactEmail, 1);
  });

  it('keeps drafts for approval when the policy asks for it, and sends one when approved', async () => {
    const org = await followUpOrganization(
      stack.apiUrl,
      stack.environment.db.adminUrl,
      'approval',
      {
        ...SEND_AT_ONCE,
        notifyGuardians: false,
        requireApproval: true,
      },
    );
    const requestId = await sendRequest(org, 200);
    const draft = await eventually(async () => {
      const found = (await followUpsOf(org, requestId)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP');
      return found?.status === 'DRAFT' ? found : undefined;
    });
    expect(to(org.contactEmail)).toHaveLength(0);
    const edited = await org.client.data<{ editFollowUp: { subject: string } }>(
      'mutation ($id: ID!) { editFollowUp(id: $id, input: { subject: "Still waiting: {{request.subject}}" }) { subject } }',
      { id: draft.id },
    );
    expect(edited.editFollowUp.subject).toBe('Still waiting: {{request.subject}}');
    await org.client.data('mutation ($id: ID!) { approveFollowUp(id: $id) { id } }', {
      id: draft.id,
    });
    const [mail] = await arrived(org.contactEmail, 1);
    expect(mail!.parsed.subject).toBe('Still waiting: Request for a full individual evaluation');
  });

  it('sends each advocate one digest a day, with what is overdue', async () => {
    const org = await followUpOrganization(stack.apiUrl, stack.environment.db.adminUrl, 'digest', {
      ...SEND_AT_ONCE,
      notifyGuardians: false,
      digestTime: '00:00',
    });
    await sendRequest(org, 200, { subject: 'Records request for the digest' });
    // Digests are looked for every five sweeps, on weekdays only (organization time zone).
    const chicagoDay = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Chicago',
      weekday: 'short',
    }).format(new Date());
    if (chicagoDay === 'Sat' || chicagoDay === 'Sun') {
      await settle(8000);
      expect(to(org.advocateEmail)).toHaveLength(0);
      return;
    }
    const [digest] = await arrived(org.advocateEmail, 1);
    expect(digest!.parsed.text).toContain('Records request for the digest');
    await settle(6000);
    expect(to(org.advocateEmail)).toHaveLength(1);
  });
});
