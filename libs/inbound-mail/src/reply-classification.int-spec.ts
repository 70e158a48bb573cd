import type { INestApplicationContext } from '@nestjs/common';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { createTestApp, eventually, type TestApp } from '@onrecord/platform/testing';
import {
  SEND_AT_ONCE,
  dayOffset,
  followUpOrganization,
  followUpsOf,
  overrideDeadline,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { startInboundWorker, INBOUND_MAIL_API } from './testing/inbound-api';
import {
  deliveryFailureReport,
  emailedRequest,
  freePort,
  inbox,
  replyAddressOf,
  schoolMailServer,
  type Captured,
} from './testing/mail-in-kit';

/** Owed, not yet sent: planned, or its job on the queue. */
const PENDING = ['PLANNED', 'QUEUED'];

const REQUEST = `query ($id: ID!) {
  writtenRequest(id: $id) { id status replyWaitingSince }
}`;
const RECORD = `mutation ($id: ID!, $input: ReplyAnswerInput!) {
  recordReplyAsResponse(id: $id, input: $input) {
    message { id status schoolResponseId classifiedAt }
    response { id outcome channel receivedOn summary respondedByContactId }
  }
}`;
const NOT_AN_ANSWER = `mutation ($id: ID!) { markReplyNotAnAnswer(id: $id) { id status classifiedAt } }`;
const FILE = `mutation ($id: ID!, $requestId: ID!) {
  fileReply(id: $id, requestId: $requestId) { id match requestId triage }
}`;
const SHARE = `mutation ($id: ID!, $shared: Boolean!) {
  shareReplyWithFamily(id: $id, shared: $shared) { id sharedWithFamily }
}`;

/**
 * An advocate says what a captured reply is, against real PostgreSQL, Redis and SMTP with the
 * worker sending: while a reply waits, the request's next follow-up to the school is held (not
 * cancelled); "not an answer" lets it go; "the school's answer" records a response quoting
 * the reply and ends the follow-ups. A bounce fails the send it reports, and the send goes to
 * another contact when an advocate says so.
 */
describe('mail in: classifying the schools’ replies', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let worker: INestApplicationContext;
  let smtpPort: number;
  let a: FollowUpOrganization;
  let b: FollowUpOrganization;

  const requestOf = async (org: FollowUpOrganization, id: string) =>
    (
      await org.client.data<{
        writtenRequest: { id: string; status: string; replyWaitingSince: string | null };
      }>(REQUEST, { id })
    ).writtenRequest;

  /** The principal writes back to the request's reply address; resolves with the reply filed. */
  const schoolReplies = async (
    org: FollowUpOrganization,
    requestId: string,
    message: { text: string; messageId: string; subject?: string },
  ): Promise<Captured> => {
    const address = await replyAddressOf(org, requestId);
    await schoolMailServer(smtpPort).sendMail({
      from: `Pat Principal <${org.contactEmail}>`,
      to: address,
      subject: message.subject ?? 'Re: Request for a full individual evaluation',
      text: message.text,
      messageId: message.messageId,
    });
    const [filed] = (await inbox(org, { requestId })).filter(
      (m) => m.messageId === message.messageId,
    );
    if (!filed) throw new Error(`${message.messageId} was not filed under ${requestId}`);
    return filed;
  };

  const schoolFollowUp = async (org: FollowUpOrganization, requestId: string) => {
    const found = (await followUpsOf(org, requestId)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP');
    if (!found) throw new Error(`no follow-up planned for ${requestId}`);
    return found;
  };

  beforeAll(async () => {
    await sink.start();
    smtpPort = await freePort();
    api = await createTestApp(INBOUND_MAIL_API, {
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
        INBOUND_MAIL_DOMAIN: 'reply.onrecord.test',
        INBOUND_SMTP_PORT: String(smtpPort),
        FOLLOW_UP_SWEEP_MS: '500',
      },
    });
    worker = await startInboundWorker(api.environment.config, 'reply-classification-worker');
    const policy = { ...SEND_AT_ONCE, remindAdvocates: false, notifyGuardians: false };
    a = await followUpOrganization(api.url, api.adminUrl, 'classifya', policy);
    b = await followUpOrganization(api.url, api.adminUrl, 'classifyb', policy);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink.stop();
  });

  it('holds the next follow-up while a reply waits, and lets it go once it is not an answer', async () => {
    const requestId = await sendRequest(a, 1, {
      dueOn: dayOffset(3),
      subject: 'Evaluation – held',
    });
    expect((await requestOf(a, requestId)).replyWaitingSince).toBeNull();
    const reply = await schoolReplies(a, requestId, {
      text: 'Thank you, we received your letter and will get back to you.',
      messageId: '<held-1@school.example.org>',
    });
    expect(reply).toMatchObject({ status: 'UNCLASSIFIED', match: 'REPLY_ADDRESS' });
    const waiting = await requestOf(a, requestId);
    expect(waiting.replyWaitingSince).not.toBeNull();

    // The deadline passes: the follow-up would be owed now, but the reply holds it (three
    // school days by default), planned, not cancelled.
    await overrideDeadline(a, requestId, dayOffset(-2));
    const held = await schoolFollowUp(a, requestId);
    expect(PENDING).toContain(held.status);
    expect(new Date(held.scheduledAt).getTime()).toBeGreaterThan(Date.now() + 24 * 3_600_000);
    // Several sweeps later it still has not gone.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(PENDING).toContain((await schoolFollowUp(a, requestId)).status);
    expect(sink.received.filter((m) => m.parsed.subject?.includes('Evaluation – held'))).toEqual(
      [],
    );

    // "Not an answer": nothing waits any more, and the follow-up goes out at once.
    const marked = await a.client.data<{ markReplyNotAnAnswer: { status: string } }>(
      NOT_AN_ANSWER,
      { id: reply.id },
    );
    expect(marked.markReplyNotAnAnswer.status).toBe('NOT_AN_ANSWER');
    expect((await requestOf(a, requestId)).replyWaitingSince).toBeNull();
    const followUp = await sink.waitForMatch(
      (m) =>
        m.envelopeTo.includes(a.contactEmail) &&
        (m.parsed.subject ?? '').includes('Evaluation – held'),
    );
    expect(followUp.envelopeFrom).toBe(await replyAddressOf(a, requestId));
    await eventually(async () => (await schoolFollowUp(a, requestId)).status === 'SENT');
    // Said once, not twice.
    expect((await a.client.errorOf(NOT_AN_ANSWER, { id: reply.id })).code).toBe('CONFLICT');
  });

  it('records a reply as the school’s answer, quoting it: the follow-ups end', async () => {
    const requestId = await sendRequest(a, 1, {
      dueOn: dayOffset(3),
      subject: 'Evaluation – answered',
    });
    const reply = await schoolReplies(a, requestId, {
      text: 'We agree to evaluate Sam. The consent form is on its way.',
      messageId: '<answer-1@school.example.org>',
      subject: 'Re: Evaluation – answered',
    });
    expect(PENDING).toContain((await schoolFollowUp(a, requestId)).status);

    // A bad answer is refused naming the field, and the reply still waits.
    const refused = await a.client.errorOf(RECORD, {
      id: reply.id,
      input: { outcome: 'DEFERRED_NEEDS_DATA' },
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.fields)).toContain('commitments');
    expect((await inbox(a, { requestId }))[0]!.status).toBe('UNCLASSIFIED');

    const { recordReplyAsResponse } = await a.client.data<{
      recordReplyAsResponse: {
        message: { id: string; status: string; schoolResponseId: string; classifiedAt: string };
        response: {
          id: string;
          outcome: string;
          channel: string;
          receivedOn: string;
          summary: string;
          respondedByContactId: string | null;
        };
      };
    }>(RECORD, { id: reply.id, input: { outcome: 'GRANTED' } });
    const { message, response } = recordReplyAsResponse;
    expect(message).toMatchObject({
      id: reply.id,
      status: 'CLASSIFIED_ANSWER',
      schoolResponseId: response.id,
    });
    expect(message.classifiedAt).not.toBeNull();
    expect(response).toMatchObject({
      outcome: 'GRANTED',
      channel: 'EMAIL',
      respondedByContactId: a.contactId,
    });
    expect(response.summary).toContain(`Pat Principal <${a.contactEmail}>`);
    expect(response.summary).toContain('We agree to evaluate Sam.');
    expect(response.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const request = await requestOf(a, requestId);
    expect(request).toMatchObject({ status: 'RESPONDED', replyWaitingSince: null });
    expect((await schoolFollowUp(a, requestId)).status).toBe('CANCELLED');
    // Recorded once: again, or "not an answer" now, is a conflict.
    expect(
      (await a.client.errorOf(RECORD, { id: reply.id, input: { outcome: 'GRANTED' } })).code,
    ).toBe('CONFLICT');
    expect((await a.client.errorOf(NOT_AN_ANSWER, { id: reply.id })).code).toBe('CONFLICT');
    // Another organization finds nothing by that id.
    expect((await b.client.errorOf(NOT_AN_ANSWER, { id: reply.id })).code).toBe('NOT_FOUND');
    expect(
      (await b.client.errorOf(FILE, { id: reply.id, requestId: await sendRequest(b, 1) })).code,
    ).toBe('NOT_FOUND');
  });

  it('files a reply under the request it answers, moving the hold with it, and shares it with the family', async () => {
    const wrong = await sendRequest(a, 1, { dueOn: dayOffset(3), subject: 'Records – wrong' });
    const right = await sendRequest(a, 1, { dueOn: dayOffset(3), subject: 'Records – right' });
    const reply = await schoolReplies(a, wrong, {
      text: 'About the other request: the records are ready.',
      messageId: '<moved-1@school.example.org>',
    });
    expect((await requestOf(a, wrong)).replyWaitingSince).not.toBeNull();
    expect((await requestOf(a, right)).replyWaitingSince).toBeNull();

    const filed = await a.client.data<{
      fileReply: { match: string; requestId: string; triage: boolean };
    }>(FILE, { id: reply.id, requestId: right });
    expect(filed.fileReply).toEqual({
      id: reply.id,
      match: 'ADVOCATE',
      requestId: right,
      triage: false,
    });
    expect((await requestOf(a, wrong)).replyWaitingSince).toBeNull();
    expect((await requestOf(a, right)).replyWaitingSince).not.toBeNull();
    // Another organization's request is none of ours.
    const theirs = await sendRequest(b, 1);
    const refused = await a.client.errorOf(FILE, { id: reply.id, requestId: theirs });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.fields).toEqual([
      { field: 'requestId', message: 'names no written request of your organization' },
    ]);

    const shared = await a.client.data<{ shareReplyWithFamily: { sharedWithFamily: boolean } }>(
      SHARE,
      { id: reply.id, shared: true },
    );
    expect(shared.shareReplyWithFamily.sharedWithFamily).toBe(true);
    expect((await inbox(a, { requestId: right }))[0]!.sharedWithFamily).toBe(true);
    // The case's timeline says so too.
    const { caseTimeline } = await a.client.data<{
      caseTimeline: { edges: Array<{ node: { entityId: string; sharedWithFamily: boolean } }> };
    }>(
      'query ($id: ID!) { caseTimeline(caseId: $id, first: 100, order: NEWEST_FIRST) { edges { node { entityId sharedWithFamily } } } }',
      { id: a.caseId },
    );
    expect(caseTimeline.edges.find((e) => e.node.entityId === reply.id)?.node).toEqual({
      entityId: reply.id,
      sharedWithFamily: true,
    });
  });

  it('fails the send a bounce reports; retried to another contact, it arrives', async () => {
    const request = await emailedRequest(a, sink, 'Evaluation – bounced');
    const address = await replyAddressOf(a, request.id);
    const letter = (await followUpsOf(a, request.id)).find((f) => f.kind === 'REQUEST_LETTER');
    expect(letter).toMatchObject({ status: 'SENT', messageId: request.messageId });

    // A delay is news, not a failure: the letter stays sent.
    await schoolMailServer(smtpPort).sendMail({
      envelope: { from: '', to: [address] },
      raw: deliveryFailureReport({
        to: address,
        recipient: a.contactEmail,
        messageId: request.messageId,
        reportId: '<dsn-delayed@mx.school.example.org>',
        action: 'delayed',
      }),
    });
    expect((await followUpsOf(a, request.id)).find((f) => f.id === letter!.id)?.status).toBe(
      'SENT',
    );
    expect(await deliveryOf(letter!.id)).toEqual([
      {
        address: a.contactEmail,
        state: 'DEFERRED',
        reason: '421 4.4.7 mailbox busy',
        at: expect.any(String),
      },
    ]);

    await schoolMailServer(smtpPort).sendMail({
      envelope: { from: '', to: [address] },
      raw: deliveryFailureReport({
        to: address,
        recipient: a.contactEmail,
        messageId: request.messageId,
        reportId: '<dsn-failed@mx.school.example.org>',
      }),
    });
    const failed = (await followUpsOf(a, request.id)).find((f) => f.id === letter!.id);
    expect(failed).toMatchObject({ status: 'FAILED', sentAt: null });
    expect(failed!.lastError).toContain(`Bounced for ${a.contactEmail}: 550 5.1.1`);
    expect(await deliveryOf(letter!.id)).toEqual([
      {
        address: a.contactEmail,
        state: 'BOUNCED',
        reason: expect.stringContaining('550 5.1.1'),
        at: expect.any(String),
      },
    ]);
    const bounces = await inbox(a, { requestId: request.id, status: 'BOUNCE' });
    expect(bounces).toHaveLength(2);
    // A bounce is not something to record as the school's answer.
    expect(
      (await a.client.errorOf(RECORD, { id: bounces[0]!.id, input: { outcome: 'GRANTED' } })).code,
    ).toBe('CONFLICT');

    // Sent to the principal's assistant instead: it goes out, once, to them.
    const { createSchoolContact } = await a.client.data<{ createSchoolContact: { id: string } }>(
      `mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }`,
      { input: await assistantOf(a) },
    );
    await a.client.data(
      'mutation ($id: ID!, $to: [ID!]) { retryFollowUp(id: $id, recipientContactIds: $to) { id } }',
      { id: letter!.id, to: [createSchoolContact.id] },
    );
    const resent = await sink.waitForMatch(
      (m) =>
        m.envelopeTo.includes('assistant.classifya@school.example.org') &&
        m.parsed.messageId === request.messageId,
    );
    expect(resent.envelopeFrom).toBe(address);
    await eventually(
      async () =>
        (await followUpsOf(a, request.id)).find((f) => f.id === letter!.id)?.status === 'SENT',
    );
    expect(await deliveryOf(letter!.id)).toEqual([
      {
        address: 'assistant.classifya@school.example.org',
        state: 'ACCEPTED',
        reason: expect.stringMatching(/^250/),
        at: expect.any(String),
      },
    ]);
  });

  /** Where the follow-up stands for each of its recipients. */
  async function deliveryOf(id: string) {
    const { followUp } = await a.client.data<{
      followUp: { delivery: Array<{ address: string; state: string; reason: string | null }> };
    }>('query ($id: ID!) { followUp(id: $id) { delivery { address state reason at } } }', { id });
    return followUp.delivery;
  }

  /** A second contact at the principal's school. */
  async function assistantOf(org: FollowUpOrganization) {
    const { schoolContact } = await org.client.data<{
      schoolContact: { districtId: string; schoolId: string };
    }>('query ($id: ID!) { schoolContact(id: $id) { districtId schoolId } }', {
      id: org.contactId,
    });
    return {
      districtId: schoolContact.districtId,
      schoolId: schoolContact.schoolId,
      name: 'Alex Assistant',
      role: 'ASSISTANT_PRINCIPAL',
      email: 'assistant.classifya@school.example.org',
    };
  }
});
