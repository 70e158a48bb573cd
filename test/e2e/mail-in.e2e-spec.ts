import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTransport } from 'nodemailer';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestEnvironment,
  eventually,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import {
  SEND_AT_ONCE,
  dayOffset,
  followUpOrganization,
  followUpsOf,
  overrideDeadline,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { AppProcess, ENTRY, freePort } from './app-process';

/** The demo seeder as `npm start` runs it, built. */
const SEED_DEMO = join(__dirname, '../../dist/apps/api/src/seed-demo.js');
const run = promisify(execFile);

/**
 * Mail in as it runs in production: the built api and worker started with plain `node`, the
 * worker's SMTP receiver on (INBOUND_SMTP_PORT), the demo organization seeded as `npm start`
 * seeds it. An overdue request's follow-up goes out with the request's reply address in
 * Reply-To; the school answers that follow-up — to the address, by SMTP, as its mail server
 * would — and the answer is filed under the request; an address no request has is refused at
 * RCPT TO. In the demo, a request emailed by OnRecord gets a reply that is on the case within
 * seconds, and its follow-up waits for the advocate's decision.
 */
describe('mail in, through the built worker’s SMTP receiver', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let api: AppProcess;
  let worker: AppProcess;
  let smtpPort: number;
  let workerHealth: string;
  let org: FollowUpOrganization;
  let apiUrl: string;
  let demoPassword: string;

  const school = () =>
    createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });

  beforeAll(async () => {
    await sink.start();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    workerHealth = `http://127.0.0.1:${workerPort}/health`;
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
    apiUrl = `http://127.0.0.1:${apiPort}`;
    await Promise.all([api.waitForHealth(`${apiUrl}/health`), worker.waitForHealth(workerHealth)]);
    org = await followUpOrganization(apiUrl, environment.db.adminUrl, 'mailin', {
      ...SEND_AT_ONCE,
      remindAdvocates: false,
    });
    const seeded = await run(process.execPath, [SEED_DEMO], {
      env: { ...process.env, ...environment.env, LOG_LEVEL: 'warn' },
    });
    demoPassword = (
      JSON.parse(seeded.stdout.trim().split('\n').pop() ?? '{}') as { password: string }
    ).password;
  }, 180_000);

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

  it('in the demo: a request emailed by OnRecord gets a reply by SMTP, on the case within seconds; its follow-up waits for the advocate', async () => {
    const marcus = new ApiClient(apiUrl).as(
      (
        await new ApiClient(apiUrl).data<{ logIn: { accessToken: string } }>(
          'mutation ($input: LogInInput!) { logIn(input: $input) { accessToken } }',
          { input: { email: 'marcus.advocate@demo.onrecord.example', password: demoPassword } },
        )
      ).logIn.accessToken,
    );
    // One of Marcus's cases, written to a school contact with an email address before.
    const { writtenRequests } = await marcus.data<{
      writtenRequests: {
        edges: Array<{
          node: { caseId: string; recipients: Array<{ id: string; email: string | null }> };
        }>;
      };
    }>(
      `query { writtenRequests(filter: { assignedToMe: true, status: [SENT] }, first: 50) {
         edges { node { caseId recipients { id email } } } } }`,
    );
    const earlier = writtenRequests.edges
      .map((e) => e.node)
      .find((r) => r.recipients.length && r.recipients.every((c) => c.email));
    if (!earlier) throw new Error('the demo has no request of Marcus to a contact with an email');
    const { createWrittenRequest } = await marcus.data<{ createWrittenRequest: { id: string } }>(
      'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
      {
        input: {
          caseId: earlier.caseId,
          type: 'RECORDS',
          trigger: 'WRITTEN_REQUEST_RECEIVED',
          subject: 'Request for education records – demo',
          body: 'Please provide a copy of all education records for the student.',
          recipientIds: earlier.recipients.map((c) => c.id),
        },
      },
    );
    const requestId = createWrittenRequest.id;
    const { emailWrittenRequest } = await marcus.data<{
      emailWrittenRequest: { emailMessageId: string; replyAddress: string };
    }>('mutation ($id: ID!) { emailWrittenRequest(id: $id) { emailMessageId replyAddress } }', {
      id: requestId,
    });
    const letter = await sink.waitForMatch(
      (mail) => mail.parsed.messageId === emailWrittenRequest.emailMessageId,
      0,
      30_000,
    );
    expect(letter.envelopeFrom).toBe(emailWrittenRequest.replyAddress);

    // The school office replies from its own mail client.
    const school = earlier.recipients[0]!;
    const sentAt = Date.now();
    await createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
      ignoreTLS: true,
    }).sendMail({
      from: school.email!,
      to: letter.parsed.replyTo!.value[0]!.address!,
      subject: `Re: ${letter.parsed.subject ?? ''}`,
      text: 'We received your request. The records will be ready for pickup next week.',
      inReplyTo: emailWrittenRequest.emailMessageId,
      references: [emailWrittenRequest.emailMessageId],
    });
    const entry = await eventually(async () => {
      const { caseTimeline } = await marcus.data<{
        caseTimeline: { edges: Array<{ node: { kind: string; entityId: string } }> };
      }>(
        'query ($id: ID!) { caseTimeline(caseId: $id, first: 20, order: NEWEST_FIRST) { edges { node { kind entityId } } } }',
        { id: earlier.caseId },
      );
      return caseTimeline.edges.map((e) => e.node).find((n) => n.kind === 'REPLY_RECEIVED');
    });
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    const { inboundMessage } = await marcus.data<{
      inboundMessage: { status: string; match: string; requestId: string };
    }>('query ($id: ID!) { inboundMessage(id: $id) { status match requestId } }', {
      id: entry.entityId,
    });
    expect(inboundMessage).toEqual({ status: 'UNCLASSIFIED', match: 'REPLY_ADDRESS', requestId });

    // Its deadline passes: the follow-up it would owe now waits for Marcus's decision.
    const demoOrg = { ...org, client: marcus };
    await overrideDeadline(demoOrg, requestId, dayOffset(-1));
    const held = (await followUpsOf(demoOrg, requestId)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP');
    expect(['PLANNED', 'QUEUED']).toContain(held?.status);
    expect(new Date(held!.scheduledAt).getTime()).toBeGreaterThan(Date.now() + 24 * 3_600_000);
    const { writtenRequest } = await marcus.data<{
      writtenRequest: { replyWaitingSince: string | null };
    }>('query ($id: ID!) { writtenRequest(id: $id) { replyWaitingSince } }', { id: requestId });
    expect(writtenRequest.replyWaitingSince).not.toBeNull();

    // Marcus records it as the school's answer: the follow-up is no longer owed.
    await marcus
      .data(
        'mutation ($id: ID!) { recordReplyAsResponse(id: $id, input: { outcome: GRANTED }) { message { id } } }',
        { id: entry.entityId },
      )
      .catch((error: Error) => {
        // What the api logged says why (a client only ever sees "something went wrong").
        throw new Error(`${error.message}\napi said:\n${api.stdout.slice(-20).join('\n')}`);
      });
    expect(
      (await followUpsOf(demoOrg, requestId)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP')?.status,
    ).toBe('CANCELLED');
  });

  it('loses nothing when the receiver is killed in the middle of a delivery: the sender’s retry is kept once', async () => {
    const requestId = await sendRequest(org, 5, { subject: 'Request for records – killed' });
    const { writtenRequest } = await org.client.data<{ writtenRequest: { replyAddress: string } }>(
      'query ($id: ID!) { writtenRequest(id: $id) { replyAddress } }',
      { id: requestId },
    );
    const messageId = '<killed-mid-delivery@school.example.org>';
    const message = [
      `From: ${org.contactEmail}`,
      `To: ${writtenRequest.replyAddress}`,
      'Subject: Re: Request for records',
      `Message-ID: ${messageId}`,
      '',
      'The records are ready.',
      '',
    ].join('\r\n');
    const kept = async () =>
      (
        await superuserQuery<{ n: string }>(
          environment.db.adminUrl,
          'SELECT count(*) AS n FROM inbound_message WHERE message_id = $1',
          [messageId],
        )
      )[0]!.n;

    // The school's server is halfway through the message when the worker dies.
    const dialog = await smtpDialog(smtpPort);
    expect(await dialog.say('EHLO mx.school.example.org')).toMatch(/^250/);
    expect(await dialog.say(`MAIL FROM:<${org.contactEmail}>`)).toMatch(/^250/);
    expect(await dialog.say(`RCPT TO:<${writtenRequest.replyAddress}>`)).toMatch(/^250/);
    expect(await dialog.say('DATA')).toMatch(/^354/);
    dialog.write(message.slice(0, message.length / 2));
    worker.signal('SIGKILL');
    await worker.exitCode();
    await dialog.closed;
    // No 250 was given, so nothing was kept: the message is still the sender's to deliver.
    expect(await kept()).toBe('0');

    worker = new AppProcess(ENTRY.worker, environment.env);
    await worker.waitForHealth(workerHealth);
    // The sender's server tries again, and once more (it never saw the first answer).
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await createTransport({
        host: '127.0.0.1',
        port: smtpPort,
        secure: false,
        ignoreTLS: true,
      }).sendMail({
        envelope: { from: org.contactEmail, to: [writtenRequest.replyAddress] },
        raw: message,
      });
      expect(answer.response).toMatch(/^250/);
    }
    expect(await kept()).toBe('1');
  });
});

/** A bare SMTP client, to stop in the middle of a message. */
async function smtpDialog(port: number) {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  let buffer = '';
  let waiting: ((reply: string) => void) | null = null;
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => undefined); // the worker's death resets the connection
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    // A reply is complete on its last line: "250 …" (a space after the code, not a dash).
    const last = /(?:^|\r\n)(\d{3}) [^\r\n]*\r\n$/.exec(buffer);
    if (last && waiting) {
      const reply = buffer;
      buffer = '';
      waiting(reply.split('\r\n').filter(Boolean).pop() ?? '');
      waiting = null;
    }
  });
  const next = () => new Promise<string>((resolve) => (waiting = resolve));
  await next(); // the greeting
  return {
    closed,
    write: (text: string) => socket.write(text),
    say: (line: string) => {
      const reply = next();
      socket.write(`${line}\r\n`);
      return reply;
    },
  };
}
