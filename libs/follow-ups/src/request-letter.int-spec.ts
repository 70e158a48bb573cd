import type { INestApplicationContext } from '@nestjs/common';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { createTestApp, eventually, type TestApp } from '@onrecord/platform/testing';
import {
  SEND_AT_ONCE,
  dayOffset,
  followUpOrganization,
  followUpsOf,
  overrideDeadline,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { startFollowUpsWorker } from './testing/follow-ups-worker';
import { FOLLOW_UPS_API } from './testing/follow-ups-api';

const EMAIL = `mutation ($id: ID!, $input: EmailWrittenRequestInput) {
  emailWrittenRequest(id: $id, input: $input) {
    id status channel sentOn receivedOn sentFromOnRecord emailMessageId
  }
}`;
const RETRY = `mutation ($id: ID!, $to: [ID!]) {
  retryFollowUp(id: $id, recipientContactIds: $to) { id status }
}`;

const BODY = [
  'Dear Principal,',
  'I am writing to request a full individual evaluation of my son – in all areas of suspected disability – under 34 C.F.R. § 300.301(b).',
  'Please answer in writing.',
].join('\n\n');

/**
 * A request emailed by OnRecord: the letter goes out once, exactly as on record, from the
 * advocate with replies to them, the guardians copied when asked; the follow-ups reply in its
 * thread; it is refused before anything is saved when a recipient has no address; and when it
 * failed, it goes again to another contact with the same Message-ID. The api and the worker
 * side run in this process against real PostgreSQL, Redis and an SMTP server.
 */
describe('a written request emailed by OnRecord', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let worker: INestApplicationContext | undefined;
  let org: FollowUpOrganization;
  let districtId: string;
  let schoolId: string;

  const mailTo = (address: string) =>
    sink.received.filter((mail) => mail.envelopeTo.includes(address));

  const startWorker = async () => {
    worker = await startFollowUpsWorker(api.environment.config, 'letter-test-worker');
  };

  const contact = async (name: string, email?: string) =>
    (
      await org.client.data<{ createSchoolContact: { id: string } }>(
        'mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }',
        { input: { districtId, schoolId, role: 'OTHER', name, ...(email ? { email } : {}) } },
      )
    ).createSchoolContact.id;

  const draft = async (subject: string, recipientIds: string[]) =>
    (
      await org.client.data<{ createWrittenRequest: { id: string } }>(
        'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
        {
          input: {
            caseId: org.caseId,
            type: 'EVALUATION',
            trigger: 'WRITTEN_REQUEST_RECEIVED',
            subject,
            body: BODY,
            recipientIds,
          },
        },
      )
    ).createWrittenRequest.id;

  beforeAll(async () => {
    await sink.start();
    api = await createTestApp(FOLLOW_UPS_API, {
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
        FOLLOW_UP_SWEEP_MS: '1000',
        FOLLOW_UP_LEASE_MS: '3000',
      },
    });
    org = await followUpOrganization(api.url, api.adminUrl, 'letter', {
      ...SEND_AT_ONCE,
      // Outside any sending window: the letter goes at once all the same.
      sendingWindowStart: '00:00',
      sendingWindowEnd: '00:01',
      remindAdvocates: false,
    });
    const { schoolContact } = await org.client.data<{
      schoolContact: { districtId: string; schoolId: string };
    }>('query ($id: ID!) { schoolContact(id: $id) { districtId schoolId } }', {
      id: org.contactId,
    });
    ({ districtId, schoolId } = schoolContact);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink.stop();
  });

  it('sends the letter once as on record, and the follow-ups reply in its thread', async () => {
    await startWorker();
    const requestId = await draft('Request for a full individual evaluation – Sam', [
      org.contactId,
    ]);
    const { emailWrittenRequest: sent } = await org.client.data<{
      emailWrittenRequest: {
        status: string;
        channel: string;
        sentOn: string;
        receivedOn: string;
        sentFromOnRecord: boolean;
        emailMessageId: string;
      };
    }>(EMAIL, { id: requestId, input: { copyGuardians: true } });
    expect(sent).toMatchObject({ status: 'SENT', channel: 'EMAIL', sentFromOnRecord: true });
    expect(sent.receivedOn).toBe(sent.sentOn);
    expect(sent.emailMessageId).toMatch(/^<[0-9a-f]{32}@onrecord\.test>$/);

    const letter = await sink.waitForMatch((mail) => mail.envelopeTo.includes(org.contactEmail));
    expect(letter.parsed.subject).toBe('Request for a full individual evaluation – Sam');
    expect(letter.parsed.text?.trim()).toBe(BODY);
    expect(letter.parsed.html).toContain('300.301(b)');
    expect(letter.parsed.messageId).toBe(sent.emailMessageId);
    expect(letter.parsed.inReplyTo).toBeUndefined();
    // From the case's advocate (the organization's admin), replies to them; the family copied.
    expect(letter.parsed.from?.value[0]?.name).toBe('Admin LETTER');
    // Replies go to the request's own reply address (captured: README "Mail in"), where the
    // advocate reads them in OnRecord; so do bounces (the envelope sender).
    const { writtenRequest } = await org.client.data<{ writtenRequest: { replyAddress: string } }>(
      'query ($id: ID!) { writtenRequest(id: $id) { replyAddress } }',
      { id: requestId },
    );
    expect(writtenRequest.replyAddress).toMatch(/^reply\+[0-9a-f]{32}@inbound\.localhost$/);
    expect(letter.parsed.replyTo?.value.map((a) => a.address)).toEqual([
      writtenRequest.replyAddress,
    ]);
    expect(letter.envelopeFrom).toBe(writtenRequest.replyAddress);
    expect(letter.envelopeTo.sort()).toEqual([org.contactEmail, org.guardianEmail].sort());
    // On record as sent (the follow-ups after its deadline are planned beside it).
    const letterRows = await eventually(async () => {
      const rows = (await followUpsOf(org, requestId)).filter((f) => f.kind === 'REQUEST_LETTER');
      return rows.every((f) => f.status === 'SENT') && rows;
    });
    expect(letterRows.map((f) => [f.status, f.messageId])).toEqual([['SENT', sent.emailMessageId]]);

    // Overdue now, and the sending window open: the follow-up replies to the letter.
    await org.client.data(
      'mutation ($input: UpdateFollowUpPolicyInput!) { updateFollowUpPolicy(input: $input) { customized } }',
      { input: { sendingWindowStart: '00:00', sendingWindowEnd: '24:00' } },
    );
    await overrideDeadline(org, requestId, dayOffset(-2));
    const followUp = await sink.waitForMatch(
      (mail) =>
        mail.envelopeTo.includes(org.contactEmail) &&
        mail.parsed.subject === 'Re: Request for a full individual evaluation – Sam',
      0,
      20_000,
    );
    expect(followUp.parsed.inReplyTo).toBe(sent.emailMessageId);
    expect(followUp.parsed.references).toContain(sent.emailMessageId);
    // The letter went once.
    expect(
      mailTo(org.contactEmail).filter((m) => m.parsed.messageId === sent.emailMessageId),
    ).toHaveLength(1);
  }, 60_000);

  it('is refused before anything is saved when a recipient has no email address', async () => {
    const frontOffice = await contact('Front office letter');
    const requestId = await draft('Request for the records', [org.contactId, frontOffice]);
    const result = await org.client.request(EMAIL, { id: requestId });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'recipientIds',
          message: expect.stringContaining('Front office letter: no email address on file'),
        },
      ],
    });
    const [row] = await superuserQuery<{ status: string; sent_from_onrecord: boolean }>(
      api.adminUrl,
      'SELECT status, sent_from_onrecord FROM written_request WHERE id = $1',
      [requestId],
    );
    expect(row).toEqual({ status: 'DRAFT', sent_from_onrecord: false });
    expect(await followUpsOf(org, requestId)).toEqual([]);
  });

  it('goes again, to another contact, with the same Message-ID when it failed', async () => {
    // No worker: the letter waits, and is then refused as a mail server would refuse it.
    await worker?.close();
    worker = undefined;
    const registrar = await contact('Registrar letter', 'registrar.letter@school.example.org');
    const requestId = await draft('Request for the attendance records', [org.contactId]);
    const { emailWrittenRequest: sent } = await org.client.data<{
      emailWrittenRequest: { emailMessageId: string };
    }>(EMAIL, { id: requestId });
    const [letter] = await followUpsOf(org, requestId);
    expect(letter).toMatchObject({ kind: 'REQUEST_LETTER', status: expect.any(String) });
    await superuserQuery(
      api.adminUrl,
      `UPDATE follow_up SET status = 'FAILED', last_error = '550 5.1.1 mailbox unavailable'
        WHERE id = $1`,
      [letter!.id],
    );

    const retried = await org.client.data<{ retryFollowUp: { status: string } }>(RETRY, {
      id: letter!.id,
      to: [registrar],
    });
    expect(retried.retryFollowUp.status).toBe('PLANNED');
    await startWorker();
    const again = await sink.waitForMatch(
      (mail) => mail.envelopeTo.includes('registrar.letter@school.example.org'),
      0,
      20_000,
    );
    expect(again.parsed.messageId).toBe(sent.emailMessageId);
    expect(again.parsed.subject).toBe('Request for the attendance records');
    expect(sink.received.filter((m) => m.parsed.messageId === sent.emailMessageId)).toHaveLength(1);
  }, 60_000);
});
