import { createTransport } from 'nodemailer';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  createTestEnvironment,
  eventually,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import {
  SEND_AT_ONCE,
  followUpOrganization,
  followUpsOf,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { AppProcess, ENTRY, freePort } from './app-process';

/**
 * Mail in as it runs in production: the built api and worker started with plain `node`, the
 * worker's SMTP receiver on (INBOUND_SMTP_PORT). An overdue request's follow-up goes out with
 * the request's reply address in Reply-To; the school answers that follow-up — to the address,
 * by SMTP, as its mail server would — and the answer is filed under the request; an address no
 * request has is refused at RCPT TO.
 */
describe('mail in, through the built worker’s SMTP receiver', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let api: AppProcess;
  let worker: AppProcess;
  let smtpPort: number;
  let org: FollowUpOrganization;

  const school = () =>
    createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });

  beforeAll(async () => {
    await sink.start();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    smtpPort = await freePort();
    environment = await createTestEnvironment('redis', {
      SMTP_URL: sink.url,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      NODE_ENV: 'production',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      INBOUND_MAIL_DOMAIN: 'inbound.onrecord.test',
      INBOUND_SMTP_PORT: String(smtpPort),
      FOLLOW_UP_SWEEP_MS: '1000',
    });
    api = new AppProcess(ENTRY.api, environment.env);
    worker = new AppProcess(ENTRY.worker, environment.env);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await Promise.all([
      api.waitForHealth(`${apiUrl}/health`),
      worker.waitForHealth(`http://127.0.0.1:${workerPort}/health`),
    ]);
    org = await followUpOrganization(apiUrl, environment.db.adminUrl, 'mailin', {
      ...SEND_AT_ONCE,
      remindAdvocates: false,
    });
  }, 120_000);

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment?.cleanUp();
    await sink.stop();
  });

  it('files the school’s answer to a follow-up under its request, and refuses an unknown address', async () => {
    const requestId = await sendRequest(org, 200, { subject: 'Request for an evaluation – e2e' });
    const { writtenRequest } = await org.client.data<{ writtenRequest: { replyAddress: string } }>(
      'query ($id: ID!) { writtenRequest(id: $id) { replyAddress } }',
      { id: requestId },
    );
    const followUp = await sink.waitForMatch(
      (mail) => mail.envelopeTo.includes(org.contactEmail),
      0,
      60_000,
    );
    expect(followUp.parsed.replyTo?.value.map((v) => v.address)).toEqual([
      writtenRequest.replyAddress,
      org.advocateEmail,
    ]);
    const sent = await eventually(async () =>
      (await followUpsOf(org, requestId)).find(
        (f) => f.kind === 'SCHOOL_FOLLOW_UP' && f.status === 'SENT',
      ),
    );
    expect(sent.messageId).toBe(followUp.parsed.messageId);

    const answer = await school().sendMail({
      from: `Pat Principal <${org.contactEmail}>`,
      to: writtenRequest.replyAddress,
      subject: `Re: ${followUp.parsed.subject ?? ''}`,
      text: 'We will evaluate Sam and send the consent form this week.',
      inReplyTo: sent.messageId!,
      references: [sent.messageId!],
    });
    expect(answer.response).toMatch(/^250/);
    const refused = await school()
      .sendMail({
        from: org.contactEmail,
        to: 'reply+0123456789abcdef0123456789abcdef@inbound.onrecord.test',
        subject: 'Hello',
        text: 'Anyone?',
      })
      .then(
        () => null,
        (error: { responseCode?: number }) => error.responseCode,
      );
    expect(refused).toBe(550);

    const { inboundMessages } = await org.client.data<{
      inboundMessages: {
        edges: Array<{ node: { match: string; requestId: string; status: string; text: string } }>;
      };
    }>(
      'query ($id: ID) { inboundMessages(filter: { requestId: $id }) { edges { node { match requestId status text } } } }',
      { id: requestId },
    );
    expect(inboundMessages.edges.map((e) => e.node)).toEqual([
      {
        match: 'REPLY_ADDRESS',
        requestId,
        status: 'UNCLASSIFIED',
        text: 'We will evaluate Sam and send the consent form this week.\n',
      },
    ]);
  });
});
