import { SAMPLE_HTML, SAMPLE_PDF, SAMPLE_PNG } from '@onrecord/documents/testing';
import { createTestApp, type TestApp } from '@onrecord/platform/testing';
import {
  followUpOrganization,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { INBOUND_MAIL_API } from './testing/inbound-api';
import { inbox, replyAddressOf } from './testing/mail-in-kit';

const SECRET = 'inbound-webhook-secret-0123456789abcdef';
const DOCUMENT_MAX_BYTES = 64 * 1024;

const RECORD = `mutation ($id: ID!) {
  recordReplyAsResponse(id: $id, input: { outcome: GRANTED }) { response { id } }
}`;
const FILE = `mutation ($id: ID!, $requestId: ID!) { fileReply(id: $id, requestId: $requestId) { id } }`;
const RESPONSE_DOCUMENTS = `query ($id: ID!) {
  schoolResponse(id: $id) {
    documents { id kind title fileName contentType source addedByEmail sharedWithFamily responseId downloadPath }
  }
}`;
const ATTACHMENTS = `query ($id: ID!) {
  inboundMessage(id: $id) { attachments { filename kept documentId refusedReason } }
}`;

interface AttachedDocument {
  id: string;
  kind: string;
  title: string;
  fileName: string;
  contentType: string;
  source: string;
  addedByEmail: string | null;
  sharedWithFamily: boolean;
  responseId: string;
  downloadPath: string;
}

/** A school's reply with files, as its mail server would write it (multipart/mixed). */
function replyWithFiles(options: {
  from: string;
  to: string;
  messageId: string;
  files: Array<{ name: string; type: string; bytes: Buffer }>;
}): string {
  const boundary = 'onrecord-test-boundary';
  return [
    `From: Pat Principal <${options.from}>`,
    `To: ${options.to}`,
    'Subject: Re: Evaluation request',
    `Message-ID: ${options.messageId}`,
    'Date: Thu, 3 Dec 2026 15:00:00 -0600',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'We agree to evaluate Sam. The consent form and our letter are attached.',
    ...options.files.flatMap((file) => [
      `--${boundary}`,
      `Content-Type: ${file.type}; name="${file.name}"`,
      `Content-Disposition: attachment; filename="${file.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      ...(file.bytes.toString('base64').match(/.{1,76}/g) ?? []),
    ]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/**
 * A captured reply's attachments become documents of the school response it is recorded as
 * (through the provider's webhook, against real PostgreSQL and the local document storage):
 * by the documents' own intake, added by the sender, not shared with the family; a file the
 * intake refuses is recorded with why, and none is lost — not even one beyond the attachments
 * whose content was kept at capture.
 */
describe('mail in: a reply’s attachments become documents of its response', () => {
  let api: TestApp;
  let a: FollowUpOrganization;

  const deliver = async (raw: string, to: string) => {
    const response = await fetch(`${api.url}/inbound/email?to=${encodeURIComponent(to)}`, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${SECRET}` },
      body: raw,
    });
    expect(response.status).toBeLessThan(300);
  };

  const captured = async (requestId: string, messageId: string) => {
    const found = (await inbox(a, { requestId })).find((m) => m.messageId === messageId);
    if (!found) throw new Error(`${messageId} was not filed under ${requestId}`);
    return found;
  };

  const documentsOf = async (responseId: string) =>
    (
      await a.client.data<{ schoolResponse: { documents: AttachedDocument[] } }>(
        RESPONSE_DOCUMENTS,
        { id: responseId },
      )
    ).schoolResponse.documents;

  const download = async (path: string) =>
    Buffer.from(
      await (
        await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${a.client.token}` } })
      ).arrayBuffer(),
    );

  beforeAll(async () => {
    api = await createTestApp(INBOUND_MAIL_API, {
      env: {
        INBOUND_MAIL_DOMAIN: 'reply.onrecord.test',
        INBOUND_WEBHOOK_SECRET: SECRET,
        INBOUND_MAX_ATTACHMENTS: '1',
        DOCUMENT_MAX_BYTES: String(DOCUMENT_MAX_BYTES),
      },
    });
    a = await followUpOrganization(api.url, api.adminUrl, 'replydocsa');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('keeps each attachment the intake takes as a document of the response, and records why it refused the others', async () => {
    const requestId = await sendRequest(a, 1, { subject: 'Evaluation request' });
    const messageId = '<attachments-1@school.example.org>';
    await deliver(
      replyWithFiles({
        from: a.contactEmail,
        to: await replyAddressOf(a, requestId),
        messageId,
        files: [
          { name: 'Consent form.pdf', type: 'application/pdf', bytes: SAMPLE_PDF },
          // Beyond INBOUND_MAX_ATTACHMENTS: its content is read again from the raw message.
          { name: 'Signed page.png', type: 'image/png', bytes: SAMPLE_PNG },
          { name: 'invoice.pdf', type: 'application/pdf', bytes: SAMPLE_HTML },
          {
            name: 'Scan.pdf',
            type: 'application/pdf',
            bytes: Buffer.concat([SAMPLE_PDF, Buffer.alloc(DOCUMENT_MAX_BYTES, 0x20)]),
          },
        ],
      }),
      await replyAddressOf(a, requestId),
    );
    const reply = await captured(requestId, messageId);
    // Nothing becomes a document before an advocate says the reply is the school's answer.
    expect(reply.attachments.map((f) => f.kept)).toEqual([true, false, false, false]);

    const { recordReplyAsResponse } = await a.client.data<{
      recordReplyAsResponse: { response: { id: string } };
    }>(RECORD, { id: reply.id });
    const responseId = recordReplyAsResponse.response.id;

    const documents = await documentsOf(responseId);
    expect(documents.map((d) => d.fileName).sort()).toEqual([
      'Consent form.pdf',
      'Signed page.png',
    ]);
    for (const document of documents)
      expect(document).toMatchObject({
        kind: 'SCHOOL_LETTER',
        source: 'EMAIL',
        addedByEmail: a.contactEmail,
        sharedWithFamily: false,
        responseId,
      });
    const png = documents.find((d) => d.fileName === 'Signed page.png')!;
    expect(png).toMatchObject({ title: 'Signed page', contentType: 'image/png' });
    expect((await download(png.downloadPath)).equals(SAMPLE_PNG)).toBe(true);

    const { inboundMessage } = await a.client.data<{
      inboundMessage: {
        attachments: Array<{
          filename: string;
          documentId: string | null;
          refusedReason: string | null;
        }>;
      };
    }>(ATTACHMENTS, { id: reply.id });
    expect(inboundMessage.attachments).toEqual([
      {
        filename: 'Consent form.pdf',
        kept: true,
        documentId: documents.find((d) => d.fileName === 'Consent form.pdf')!.id,
        refusedReason: null,
      },
      { filename: 'Signed page.png', kept: false, documentId: png.id, refusedReason: null },
      {
        filename: 'invoice.pdf',
        kept: false,
        documentId: null,
        refusedReason: expect.stringContaining('not a kind of file OnRecord keeps'),
      },
      {
        filename: 'Scan.pdf',
        kept: false,
        documentId: null,
        refusedReason: expect.stringContaining('is larger than'),
      },
    ]);
    // The case's list has them too, saying where they belong.
    const { caseDocuments } = await a.client.data<{
      caseDocuments: { edges: Array<{ node: { id: string; responseId: string | null } }> };
    }>(
      'query ($id: ID!) { caseDocuments(caseId: $id, first: 50) { edges { node { id responseId } } } }',
      {
        id: a.caseId,
      },
    );
    expect(caseDocuments.edges.filter((e) => e.node.responseId === responseId)).toHaveLength(2);
  });

  it('does the same for a reply filed by hand under its request, when it is recorded', async () => {
    const wrong = await sendRequest(a, 1, { subject: 'Records request' });
    const right = await sendRequest(a, 1, { subject: 'IEP meeting request' });
    const messageId = '<attachments-2@school.example.org>';
    const address = await replyAddressOf(a, wrong);
    await deliver(
      replyWithFiles({
        from: a.contactEmail,
        to: address,
        messageId,
        files: [{ name: 'Meeting notice.pdf', type: 'application/pdf', bytes: SAMPLE_PDF }],
      }),
      address,
    );
    const reply = await captured(wrong, messageId);
    await a.client.data(FILE, { id: reply.id, requestId: right });
    const { recordReplyAsResponse } = await a.client.data<{
      recordReplyAsResponse: { response: { id: string } };
    }>(RECORD, { id: reply.id });
    const documents = await documentsOf(recordReplyAsResponse.response.id);
    expect(documents.map((d) => [d.title, d.source])).toEqual([['Meeting notice', 'EMAIL']]);
  });
});
