import type { INestApplicationContext } from '@nestjs/common';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { createTestApp, eventually, type TestApp } from '@onrecord/platform/testing';
import {
  SEND_AT_ONCE,
  followUpOrganization,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { RequestChanges } from '@onrecord/requests';
import { startInboundWorker, INBOUND_MAIL_API } from './testing/inbound-api';
import {
  deliveryFailureReport,
  emailedRequest as emailed,
  freePort,
  inbox,
  replyAddressOf,
  schoolMailServer,
} from './testing/mail-in-kit';

const SECRET = 'inbound-webhook-secret-0123456789abcdef';
/** Small, so a message over it is quick to make. */
const MAX_BYTES = 200_000;
const UNKNOWN_TOKEN = '0123456789abcdef0123456789abcdef';

/**
 * Mail in, end to end in one process against real PostgreSQL, Redis and SMTP: a request
 * emailed by OnRecord carries its reply address; what a school sends there — by SMTP to the
 * worker's receiver (nodemailer, as a school's server would) or by a provider's webhook — is
 * kept once per Message-ID, raw and parsed, and filed by the matching rules; what is
 * addressed to no request, too big or not authenticated is refused with nothing kept.
 */
describe('mail in: capturing the schools’ replies', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let worker: INestApplicationContext;
  let smtpPort: number;
  let a: FollowUpOrganization;
  let b: FollowUpOrganization;

  const school = () => schoolMailServer(smtpPort);

  const storedCount = async () =>
    Number(
      (
        await superuserQuery<{ n: string }>(
          api.adminUrl,
          'SELECT count(*) AS n FROM inbound_message',
        )
      )[0]!.n,
    );

  const webhook = (raw: string | Buffer, options: { to?: string; auth?: string; type?: string }) =>
    fetch(`${api.url}/inbound/email${options.to ? `?to=${encodeURIComponent(options.to)}` : ''}`, {
      method: 'POST',
      headers: {
        'content-type': options.type ?? 'message/rfc822',
        ...(options.auth !== undefined ? { authorization: options.auth } : {}),
      },
      body: typeof raw === 'string' ? raw : new Uint8Array(raw),
    });

  const emailedRequest = (org: FollowUpOrganization, subject: string) =>
    emailed(org, sink, subject);

  beforeAll(async () => {
    await sink.start();
    smtpPort = await freePort();
    api = await createTestApp(INBOUND_MAIL_API, {
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
        INBOUND_MAIL_DOMAIN: 'reply.onrecord.test',
        INBOUND_SMTP_PORT: String(smtpPort),
        INBOUND_WEBHOOK_SECRET: SECRET,
        INBOUND_MAX_MESSAGE_BYTES: String(MAX_BYTES),
        INBOUND_MAX_ATTACHMENTS: '1',
        FOLLOW_UP_SWEEP_MS: '1000',
      },
    });
    worker = await startInboundWorker(api.environment.config, 'inbound-test-worker');
    const policy = { ...SEND_AT_ONCE, remindAdvocates: false };
    a = await followUpOrganization(api.url, api.adminUrl, 'inbounda', policy);
    b = await followUpOrganization(api.url, api.adminUrl, 'inboundb', policy);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sink.stop();
  });

  it('files a reply sent by SMTP to the request’s reply address, once however often it comes', async () => {
    const request = await emailedRequest(a, 'Request for an evaluation – SMTP');
    const address = await replyAddressOf(a, request.id);
    expect(address).toMatch(/^reply\+[0-9a-f]{32}@reply\.onrecord\.test$/);
    // The letter asks for replies there only (the advocate reads them in OnRecord), and its
    // bounces come back there too (the envelope sender).
    expect(request.letter.parsed.replyTo?.value.map((v) => v.address)).toEqual([address]);
    expect(request.letter.envelopeFrom).toBe(address);
    expect(request.letter.parsed.from?.value[0]?.address).toBe('no-reply@onrecord.test');

    const reply = {
      from: `Pat Principal <${a.contactEmail}>`,
      to: address,
      subject: 'Re: Request for an evaluation – SMTP',
      text: 'We will evaluate Sam. Consent forms attached.',
      messageId: '<reply-smtp-1@school.example.org>',
      inReplyTo: request.messageId,
      references: [request.messageId],
      attachments: [
        {
          filename: 'consent.pdf',
          content: Buffer.from('%PDF-1.4 consent'),
          contentType: 'application/pdf',
        },
        { filename: 'notice.txt', content: 'Prior written notice', contentType: 'text/plain' },
      ],
    };
    const first = await school().sendMail(reply);
    expect(first.response).toMatch(/^250/);
    // The same message again (a sender's retry): accepted, kept once.
    const again = await school().sendMail(reply);
    expect(again.response).toMatch(/^250/);

    const filed = await inbox(a, { requestId: request.id });
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({
      status: 'UNCLASSIFIED',
      match: 'REPLY_ADDRESS',
      requestId: request.id,
      triage: false,
      channel: 'SMTP',
      messageId: '<reply-smtp-1@school.example.org>',
      inReplyTo: request.messageId,
      fromAddress: a.contactEmail,
      fromName: 'Pat Principal',
      subject: 'Re: Request for an evaluation – SMTP',
      autoReply: false,
      bounce: false,
      parseProblems: [],
      request: { id: request.id, subject: 'Request for an evaluation – SMTP' },
    });
    expect(filed[0]!.text.trim()).toBe('We will evaluate Sam. Consent forms attached.');
    // Two files: both listed, only the first's content kept (INBOUND_MAX_ATTACHMENTS=1).
    expect(filed[0]!.attachments).toEqual([
      { filename: 'consent.pdf', contentType: 'application/pdf', sizeBytes: 16, kept: true },
      { filename: 'notice.txt', contentType: 'text/plain', sizeBytes: 20, kept: false },
    ]);
    // Kept as received, byte for byte.
    const [raw] = await superuserQuery<{ raw: Buffer; size_bytes: number }>(
      api.adminUrl,
      'SELECT raw, size_bytes FROM inbound_message WHERE id = $1',
      [filed[0]!.id],
    );
    expect(raw!.raw.toString('utf8')).toContain('Message-ID: <reply-smtp-1@school.example.org>');
    expect(raw!.size_bytes).toBe(raw!.raw.length);

    // On the case's timeline, for the advocates only.
    const { caseTimeline } = await a.client.data<{
      caseTimeline: {
        edges: Array<{
          node: { kind: string; title: string; entityId: string; sharedWithFamily: boolean };
        }>;
      };
    }>(
      'query ($id: ID!) { caseTimeline(caseId: $id, first: 100) { edges { node { kind title entityId sharedWithFamily } } } }',
      { id: a.caseId },
    );
    expect(caseTimeline.edges.map((e) => e.node)).toContainEqual({
      kind: 'REPLY_RECEIVED',
      title: 'Reply from Pat Principal',
      entityId: filed[0]!.id,
      sharedWithFamily: false,
    });
    expect(await inbox(a, { requestId: request.id, triage: true })).toEqual([]);
  });

  it('takes a reply from the provider’s webhook with the secret, and refuses it without', async () => {
    const requestId = await sendRequest(a, 1, { subject: 'Records request – webhook' });
    const address = await replyAddressOf(a, requestId);
    const raw = [
      `From: ${a.contactEmail}`,
      `To: ${address}`,
      'Subject: Re: Records request',
      'Message-ID: <reply-webhook-1@school.example.org>',
      'Date: Thu, 3 Dec 2026 15:00:00 -0600',
      '',
      'The records will be ready on Friday.',
      '',
    ].join('\r\n');
    const before = await storedCount();

    const none = await webhook(raw, { to: address });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'UNAUTHENTICATED', field: 'authorization' });
    expect((await webhook(raw, { to: address, auth: `Bearer ${SECRET}x` })).status).toBe(401);
    expect((await webhook(raw, { to: address, auth: SECRET })).status).toBe(401);
    const wrongType = await webhook(raw, {
      to: address,
      auth: `Bearer ${SECRET}`,
      type: 'text/plain',
    });
    expect(wrongType.status).toBe(400);
    expect(await wrongType.json()).toMatchObject({ field: 'content-type' });
    const noRecipient = await webhook(raw, { auth: `Bearer ${SECRET}` });
    expect(noRecipient.status).toBe(400);
    expect(await noRecipient.json()).toMatchObject({ field: 'to' });
    const unknown = await webhook(raw, {
      to: `reply+${UNKNOWN_TOKEN}@reply.onrecord.test`,
      auth: `Bearer ${SECRET}`,
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      field: 'to',
      message: 'no request has this reply address',
    });
    const notOurs = await webhook(raw, {
      to: 'someone@school.example.org',
      auth: `Bearer ${SECRET}`,
    });
    expect(notOurs.status).toBe(400);
    expect(await storedCount()).toBe(before);

    const kept = await webhook(raw, { to: address, auth: `Bearer ${SECRET}` });
    expect(kept.status).toBe(200);
    const body = (await kept.json()) as { messages: Array<{ duplicate: boolean; match: string }> };
    expect(body.messages).toEqual([
      expect.objectContaining({ duplicate: false, match: 'REPLY_ADDRESS', status: 'UNCLASSIFIED' }),
    ]);
    const twice = (await (
      await webhook(raw, { to: address, auth: `Bearer ${SECRET}` })
    ).json()) as {
      messages: Array<{ duplicate: boolean }>;
    };
    expect(twice.messages[0]!.duplicate).toBe(true);
    const filed = await inbox(a, { requestId });
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({
      channel: 'WEBHOOK',
      match: 'REPLY_ADDRESS',
      sentAt: '2026-12-03T21:00:00.000Z',
    });
    expect(filed[0]!.text.trim()).toBe('The records will be ready on Friday.');
  });

  it('follows the thread: a reply to a follow-up’s Message-ID is filed under that request', async () => {
    const answered = await emailedRequest(a, 'Request for an FBA – thread');
    // The letter went out as a follow-up (kind REQUEST_LETTER): its Message-ID is that row's.
    const [followUp] = await superuserQuery<{ message_id: string }>(
      api.adminUrl,
      `SELECT message_id FROM follow_up WHERE request_id = $1 AND kind = 'REQUEST_LETTER'`,
      [answered.id],
    );
    expect(followUp!.message_id).toBe(answered.messageId);
    // Sent to another request's address of the same organization, In-Reply-To the letter.
    const other = await sendRequest(a, 2, { subject: 'Another request – thread' });
    await school().sendMail({
      from: a.contactEmail,
      to: await replyAddressOf(a, other),
      subject: 'Re: the FBA',
      text: 'Yes, we will do the FBA.',
      messageId: '<reply-thread-1@school.example.org>',
      inReplyTo: followUp!.message_id,
    });
    const [filed] = await inbox(a, { requestId: answered.id });
    expect(filed).toMatchObject({ match: 'THREAD', requestId: answered.id });
    expect(await inbox(a, { requestId: other })).toEqual([]);
  });

  it('never files an organization’s reply into another’s request, whatever the thread says', async () => {
    const inB = await emailedRequest(b, 'B’s request – isolation');
    const inA = await sendRequest(a, 3, { subject: 'A’s request – isolation' });
    const addressA = await replyAddressOf(a, inA);
    await school().sendMail({
      from: a.contactEmail,
      to: addressA,
      subject: 'Re: pretending to answer B',
      text: 'In-Reply-To names B’s letter.',
      messageId: '<reply-cross-1@school.example.org>',
      inReplyTo: inB.messageId,
      references: [inB.messageId],
    });
    expect(await inbox(a, { requestId: inA })).toEqual([
      expect.objectContaining({
        match: 'REPLY_ADDRESS',
        messageId: '<reply-cross-1@school.example.org>',
      }),
    ]);
    expect(await inbox(b)).toEqual([]);
    expect(
      await b.client.errorOf(
        'query ($f: InboundMessageFilter) { inboundMessages(filter: $f) { edges { node { id } } } }',
        {
          f: { requestId: inA },
        },
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const [aMessage] = await inbox(a, { requestId: inA });
    expect(
      await b.client.errorOf('query ($id: ID!) { inboundMessage(id: $id) { id } }', {
        id: aMessage!.id,
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });

    // One message to both organizations' addresses (B's in Bcc): each keeps its own copy,
    // under its own request, and A's copy does not show B's address.
    const addressB = await replyAddressOf(b, inB.id);
    await school().sendMail({
      from: 'district@school.example.org',
      to: addressA,
      bcc: addressB,
      subject: 'To both',
      text: 'Both of you asked.',
      messageId: '<reply-both-1@school.example.org>',
    });
    const [copyOfA] = await superuserQuery<{ envelope_recipients: string[]; raw: Buffer }>(
      api.adminUrl,
      `SELECT envelope_recipients, raw FROM inbound_message
        WHERE organization_id = $1 AND message_id = '<reply-both-1@school.example.org>'`,
      [a.organizationId],
    );
    expect(copyOfA!.envelope_recipients).toEqual([addressA]);
    expect(copyOfA!.raw.toString('utf8')).not.toContain(addressB);
    expect((await inbox(a, { requestId: inA })).map((m) => m.messageId)).toContain(
      '<reply-both-1@school.example.org>',
    );
    expect((await inbox(b, { requestId: inB.id })).map((m) => m.messageId)).toEqual([
      '<reply-both-1@school.example.org>',
    ]);
  });

  it('keeps an out-of-office as an automatic reply, never an answer', async () => {
    const requestId = await sendRequest(a, 4, { subject: 'Request – vacation' });
    const address = await replyAddressOf(a, requestId);
    await school().sendMail({
      from: a.contactEmail,
      to: address,
      subject: 'Automatic reply: Request – vacation',
      text: 'I am out of the office until Monday.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await school().sendMail({
      from: a.contactEmail,
      to: address,
      subject: 'Respuesta automática: Solicitud',
      text: 'Estoy fuera de la oficina.',
    });
    const filed = await inbox(a, { requestId });
    expect(filed.map((m) => [m.status, m.autoReply, m.autoReplyReason])).toEqual([
      ['AUTO_REPLY', true, 'Subject: Respuesta automática: Solicitud'],
      ['AUTO_REPLY', true, 'Auto-Submitted: auto-replied'],
    ]);
    expect(await inbox(a, { requestId, status: 'UNCLASSIFIED' })).toEqual([]);
    expect(await inbox(a, { requestId, status: 'AUTO_REPLY' })).toHaveLength(2);
  });

  it('keeps a delivery failure report as a bounce: who it failed for, why, and which message', async () => {
    const request = await emailedRequest(a, 'Request – bounce');
    const address = await replyAddressOf(a, request.id);
    const dsn = deliveryFailureReport({
      to: address,
      recipient: a.contactEmail,
      messageId: request.messageId,
      reportId: '<dsn-1@mx.school.example.org>',
    });
    await school().sendMail({ envelope: { from: '', to: [address] }, raw: dsn });
    const [bounce] = await inbox(a, { requestId: request.id });
    expect(bounce).toMatchObject({
      status: 'BOUNCE',
      bounce: true,
      bounceRecipient: a.contactEmail,
      bounceDiagnostic: `550 5.1.1 <${a.contactEmail}>: Recipient address rejected: User unknown`,
      bouncedMessageId: request.messageId,
      match: 'REPLY_ADDRESS',
    });
  });

  it('refuses an unknown reply address at RCPT TO (550) and another domain’s address, keeping nothing', async () => {
    const before = await storedCount();
    const refused = (to: string) =>
      school()
        .sendMail({ from: a.contactEmail, to, subject: 'Hello', text: 'Anyone there?' })
        .then(
          () => null,
          (error: { responseCode?: number; response?: string }) => error,
        );
    const unknown = await refused(`reply+${UNKNOWN_TOKEN}@reply.onrecord.test`);
    expect(unknown?.responseCode).toBe(550);
    expect(unknown?.response).toContain('no request has this reply address');
    expect((await refused('principal@school.example.org'))?.responseCode).toBe(550);
    expect((await refused('reply+short@reply.onrecord.test'))?.responseCode).toBe(550);
    expect(await storedCount()).toBe(before);
  });

  it('refuses a message over the size limit (SMTP 552, HTTP 413), keeping nothing', async () => {
    const requestId = await sendRequest(a, 5, { subject: 'Request – big' });
    const address = await replyAddressOf(a, requestId);
    const before = await storedCount();
    const big = 'x'.repeat(MAX_BYTES + 10_000);
    const refused = await school()
      .sendMail({ from: a.contactEmail, to: address, subject: 'Big', text: big })
      .then(
        () => null,
        (error: { responseCode?: number }) => error,
      );
    expect(refused?.responseCode).toBe(552);
    const tooLarge = await webhook(`Subject: Big\r\n\r\n${big}`, {
      to: address,
      auth: `Bearer ${SECRET}`,
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'message' });
    expect(await storedCount()).toBe(before);
  });

  it('refuses 30 MB, by SMTP and by webhook, and takes the next good message as usual', async () => {
    const requestId = await sendRequest(a, 5, { subject: 'Request – 30 MB' });
    const address = await replyAddressOf(a, requestId);
    const before = await storedCount();
    const huge = Buffer.alloc(30 * 1024 * 1024, 'a');
    const refused = await school()
      .sendMail({
        from: a.contactEmail,
        to: address,
        subject: 'Scans',
        text: 'All the scans.',
        attachments: [{ filename: 'scans.pdf', content: huge }],
      })
      .then(
        () => null,
        (error: { responseCode?: number }) => error.responseCode,
      );
    expect(refused).toBe(552);
    const tooLarge = await webhook(Buffer.concat([Buffer.from('Subject: Scans\r\n\r\n'), huge]), {
      to: address,
      auth: `Bearer ${SECRET}`,
    });
    expect(tooLarge.status).toBe(413);
    expect(await storedCount()).toBe(before);
    await school().sendMail({
      from: a.contactEmail,
      to: address,
      subject: 'Re: Request – 30 MB',
      text: 'Sending the scans by mail instead.',
      messageId: '<after-huge@school.example.org>',
    });
    expect((await inbox(a, { requestId })).map((m) => m.messageId)).toEqual([
      '<after-huge@school.example.org>',
    ]);
  });

  it('keeps a message with 1,000 attachments as received, saying why it was not read, and the next one as usual', async () => {
    const requestId = await sendRequest(a, 5, { subject: 'Request – many files' });
    const address = await replyAddressOf(a, requestId);
    await school().sendMail({
      from: a.contactEmail,
      to: address,
      subject: 'Re: Request – many files',
      text: 'One file per page.',
      messageId: '<thousand-files@school.example.org>',
      attachments: Array.from({ length: 1000 }, (_, i) => ({
        filename: `p${i}.txt`,
        content: `page ${i}`,
        contentType: 'text/plain',
      })),
    });
    // Over the parser's limit on parts (1,000, a guard against MIME bombs): not read, but
    // kept byte for byte, filed by its reply address, with the reason.
    const [kept] = await inbox(a, { requestId });
    expect(kept).toMatchObject({ match: 'REPLY_ADDRESS', status: 'UNCLASSIFIED', attachments: [] });
    expect(kept!.parseProblems).toContain(
      'the message could not be read as MIME: it is kept as received',
    );
    expect(kept!.text).toContain('filename=p999.txt');
    await school().sendMail({
      from: a.contactEmail,
      to: address,
      subject: 'Re: Request – many files',
      text: 'Here they are as one file.',
      messageId: '<one-file@school.example.org>',
      attachments: [{ filename: 'all.txt', content: 'all pages', contentType: 'text/plain' }],
    });
    const [next] = await inbox(a, { requestId });
    expect(next).toMatchObject({ messageId: '<one-file@school.example.org>', parseProblems: [] });
    expect(next!.attachments).toEqual([
      { filename: 'all.txt', contentType: 'text/plain', sizeBytes: 9, kept: true },
    ]);
  });

  it('keeps malformed mail with what could be read: no headers, a broken charset, not MIME', async () => {
    const requestId = await sendRequest(a, 6, { subject: 'Request – malformed' });
    const address = await replyAddressOf(a, requestId);
    const send = (raw: string | Buffer) =>
      school().sendMail({ envelope: { from: 'x@school.example.org', to: [address] }, raw });
    await send('just a line of text, no headers at all\r\n');
    await send(
      Buffer.concat([
        Buffer.from(
          'From: teacher@school.example.org\r\nMessage-ID: <bad-charset@school.example.org>\r\n' +
            'Subject: =?x-unknown?Q?caf=E9?=\r\nContent-Type: text/plain; charset=x-bogus\r\n\r\ncaf',
        ),
        Buffer.from([0xe9, 0x00, 0x0d, 0x0a]),
      ]),
    );
    await send(
      'From: teacher@school.example.org\r\nMessage-ID: <bad-mime@school.example.org>\r\n' +
        'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n--never-closed\r\n' +
        'Content-Type: text/plain\r\n\r\nhalf a message',
    );
    const kept = await inbox(a, { requestId });
    expect(kept).toHaveLength(3);
    const headerless = kept.find((m) => m.messageId.endsWith('@no-message-id.onrecord.invalid>'));
    expect(headerless?.parseProblems).toEqual(
      expect.arrayContaining([
        'no Message-ID: one was made from the message itself',
        'no sender address (From)',
        'no valid Date header',
      ]),
    );
    const charset = kept.find((m) => m.messageId === '<bad-charset@school.example.org>');
    expect(charset?.parseProblems).toContain(
      'some characters could not be decoded (an unknown or wrong charset)',
    );
    expect(charset?.text).not.toContain('\u0000');
    const mime = kept.find((m) => m.messageId === '<bad-mime@school.example.org>');
    expect(mime?.text).toContain('half a message');
    expect(kept.every((m) => m.match === 'REPLY_ADDRESS')).toBe(true);
  });

  it('puts a reply to an archived request in triage, suggesting the sender’s open request', async () => {
    const open = await sendRequest(a, 7, { subject: 'Request – still open' });
    const archived = await sendRequest(a, 8, { subject: 'Request – archived' });
    const address = await replyAddressOf(a, archived);
    await a.client.data('mutation ($id: ID!) { archiveWrittenRequest(id: $id) { id } }', {
      id: archived,
    });
    await school().sendMail({
      from: a.contactEmail,
      to: address,
      subject: 'Re: an old request',
      text: 'From the principal, who has open requests.',
      messageId: '<triage-suggested@school.example.org>',
    });
    await school().sendMail({
      from: 'stranger@elsewhere.example.org',
      to: address,
      subject: 'Re: an old request',
      text: 'From someone OnRecord never wrote to.',
      messageId: '<triage-plain@elsewhere.example.org>',
    });
    const triage = await eventually(async () => {
      const found = await inbox(a, { triage: true });
      if (found.length < 2) throw new Error('not yet');
      return found;
    });
    const suggested = triage.find((m) => m.messageId === '<triage-suggested@school.example.org>');
    // The principal's most recent open request is a suggestion; the message stays in triage.
    expect(suggested).toMatchObject({ match: 'SENDER_SUGGESTION', requestId: null, triage: true });
    expect(suggested!.suggestedRequestId).not.toBeNull();
    const [latest] = await superuserQuery<{ id: string }>(
      api.adminUrl,
      `SELECT r.id FROM written_request r WHERE r.organization_id = $1 AND r.status = 'SENT'
          AND r.archived_at IS NULL ORDER BY r.sent_on DESC, r.created_at DESC, r.id LIMIT 1`,
      [a.organizationId],
    );
    expect(suggested!.suggestedRequestId).toBe(latest!.id);
    expect(open).toBeTruthy();
    expect(
      triage.find((m) => m.messageId === '<triage-plain@elsewhere.example.org>'),
    ).toMatchObject({
      match: null,
      requestId: null,
      suggestedRequestId: null,
      triage: true,
    });
    expect(await inbox(a, { requestId: archived })).toEqual([]);
  });

  it('keeps a reply whose matching failed, in triage, and files it when it comes again', async () => {
    const requestId = await sendRequest(a, 9, { subject: 'Request – matching fails once' });
    const address = await replyAddressOf(a, requestId);
    // What follows the match fails once (the replan the reply's hold asks for): the whole
    // transaction is rolled back, so the message must be stored again, alone.
    let failNext = true;
    worker.get(RequestChanges, { strict: false }).onChange(async () => {
      if (!failNext) return;
      failNext = false;
      throw new Error('replan failed (injected)');
    });
    const reply = {
      from: a.contactEmail,
      to: address,
      subject: 'Re: Request – matching fails once',
      text: 'We received it.',
      messageId: '<match-fails-once@school.example.org>',
    };
    expect((await school().sendMail(reply)).response).toMatch(/^250/);
    expect(failNext).toBe(false);
    const [kept] = (await inbox(a, { triage: true })).filter(
      (m) => m.messageId === reply.messageId,
    );
    expect(kept).toMatchObject({ match: null, requestId: null, triage: true });
    const waiting = async () =>
      (
        await a.client.data<{ writtenRequest: { replyWaitingSince: string | null } }>(
          'query ($id: ID!) { writtenRequest(id: $id) { replyWaitingSince } }',
          { id: requestId },
        )
      ).writtenRequest.replyWaitingSince;
    expect(await waiting()).toBeNull();

    // The sender's retry: the same message, filed now, once; its request now waits on it.
    expect((await school().sendMail(reply)).response).toMatch(/^250/);
    const filed = await inbox(a, { requestId });
    expect(filed.map((m) => [m.id, m.match])).toEqual([[kept!.id, 'REPLY_ADDRESS']]);
    expect(await waiting()).not.toBeNull();
    expect((await inbox(a, { triage: true })).map((m) => m.messageId)).not.toContain(
      reply.messageId,
    );
  });
});
