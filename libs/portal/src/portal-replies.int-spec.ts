import MailComposer from 'nodemailer/lib/mail-composer';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { ApiClient, createTestApp, type TestApp } from '@onrecord/platform/testing';
// The organization the follow-up tests build (school, chain, family, case), through GraphQL.
import {
  dayOffset,
  followUpOrganization,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { PORTAL_API } from './testing/portal-api';

/**
 * The school's replies in the family portal, over HTTP: a reply captured at a request's reply
 * address (mail in's webhook) shows on the family's case once their advocate shares it — its
 * date, sender, subject, plain text and the names of its files, newest first — and not before,
 * nor after the advocate stops sharing it. Another family of the organization and a family of
 * another organization see none of it, and it leaves a family's case when an advocate files
 * it under another family's request.
 */
const SECRET = 'portal-replies-webhook-secret-0123456789';
const REPLIES = `query ($id: ID!) {
  portalCase(id: $id) {
    sharedReplies { id requestId receivedAt from subject text attachmentNames }
  }
}`;
const ALL_REPLIES = '{ portalCases { id sharedReplies { id subject text } } }';
const SHARE = `mutation ($id: ID!, $shared: Boolean!) {
  shareReplyWithFamily(id: $id, shared: $shared) { id sharedWithFamily }
}`;
const FILE = `mutation ($id: ID!, $request: ID!) {
  fileReply(id: $id, requestId: $request) { id requestId sharedWithFamily }
}`;
const INVITE = 'mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }';

interface ShownReply {
  id: string;
  requestId: string;
  receivedAt: string;
  from: string;
  subject: string;
  text: string;
  attachmentNames: string[];
}

interface Family {
  caseId: string;
  requestId: string;
}

describe('the family portal: the school’s replies an advocate shared', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let anonymous: ApiClient;
  let org: FollowUpOrganization;
  let other: FollowUpOrganization;
  let own: Family;
  let neighbour: Family;
  let elsewhere: Family;
  let portal: ApiClient;
  let neighbourPortal: ApiClient;
  let elsewherePortal: ApiClient;

  const replyAddressOf = async (o: FollowUpOrganization, requestId: string) =>
    (
      await o.client.data<{ writtenRequest: { replyAddress: string } }>(
        'query ($id: ID!) { writtenRequest(id: $id) { replyAddress } }',
        { id: requestId },
      )
    ).writtenRequest.replyAddress;

  /** A school's email to the request's reply address, through the provider's webhook. */
  async function capture(
    o: FollowUpOrganization,
    requestId: string,
    mail: {
      messageId: string;
      subject: string;
      text: string;
      from?: string;
      html?: string;
      files?: string[];
    },
  ): Promise<string> {
    const to = await replyAddressOf(o, requestId);
    const raw = await new MailComposer({
      from: mail.from ?? `Pat Principal <${o.contactEmail}>`,
      to,
      subject: mail.subject,
      messageId: mail.messageId,
      date: new Date(),
      text: mail.text,
      html: mail.html,
      attachments: (mail.files ?? []).map((filename) => ({ filename, content: `${filename}` })),
    })
      .compile()
      .build();
    const response = await fetch(`${api.url}/inbound/email?to=${encodeURIComponent(to)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'message/rfc822' },
      body: new Uint8Array(raw),
    });
    const body = (await response.json()) as { messages: Array<{ id: string }> };
    if (response.status !== 200) throw new Error(`webhook: ${JSON.stringify(body)}`);
    return body.messages[0]!.id;
  }

  const share = (o: FollowUpOrganization, id: string, shared = true) =>
    o.client.data(SHARE, { id, shared });

  const repliesOf = async (client: ApiClient, caseId: string) =>
    (await client.data<{ portalCase: { sharedReplies: ShownReply[] } }>(REPLIES, { id: caseId }))
      .portalCase.sharedReplies;

  async function signIn(email: string): Promise<ApiClient> {
    const before = sink.received.length;
    await anonymous.data('mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }', {
      e: email,
    });
    const mail = await sink.waitForMatch((m) => m.envelopeTo.includes(email), before);
    const token = /token=(orl_[A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')![1];
    const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
      'mutation ($t: String!) { signInToPortal(token: $t) { token } }',
      { t: token },
    );
    return anonymous.as(signInToPortal.token);
  }

  /** The organization's own family: its first guardian invited, its case's request sent. */
  async function ownFamily(o: FollowUpOrganization): Promise<Family & { guardianId: string }> {
    const { case: found } = await o.client.data<{
      case: { family: { guardians: Array<{ id: string }> } };
    }>('query ($id: ID!) { case(id: $id) { family { guardians { id } } } }', { id: o.caseId });
    const guardianId = found.family.guardians[0]!.id;
    await o.client.data(INVITE, { id: guardianId });
    const requestId = await sendRequest(o, 10, { subject: `Evaluation request ${o.caseId}` });
    return { caseId: o.caseId, requestId, guardianId };
  }

  /** A second family of the organization, with a guardian at `email` invited, and a request. */
  async function addFamily(o: FollowUpOrganization, label: string, email: string) {
    const { createFamily } = await o.client.data<{
      createFamily: {
        id: string;
        guardians: Array<{ id: string }>;
        students: Array<{ id: string }>;
      };
    }>(
      `mutation ($input: CreateFamilyInput!) {
        createFamily(input: $input) { id guardians { id } students { id } }
      }`,
      {
        input: {
          householdName: `${label} household`,
          guardians: [{ name: `${label} Parent`, relationship: 'father', email }],
          students: [{ name: `${label} Student`, grade: '4', plan: 'NONE' }],
        },
      },
    );
    const { openCase } = await o.client.data<{ openCase: { id: string } }>(
      'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
      {
        input: {
          familyId: createFamily.id,
          studentId: createFamily.students[0]!.id,
          title: `${label} case`,
          concerns: ['EVALUATION'],
          status: 'ACTIVE',
          openedOn: dayOffset(-30),
        },
      },
    );
    await o.client.data(INVITE, { id: createFamily.guardians[0]!.id });
    const requestId = await sendRequest({ ...o, caseId: openCase.id }, 8, {
      subject: `${label} request`,
    });
    return { caseId: openCase.id, requestId };
  }

  beforeAll(async () => {
    await sink.start();
    api = await createTestApp(PORTAL_API, {
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
        INBOUND_MAIL_DOMAIN: 'reply.onrecord.test',
        INBOUND_WEBHOOK_SECRET: SECRET,
      },
    });
    anonymous = api.anonymous;
    org = await followUpOrganization(api.url, api.adminUrl, 'replies-a');
    other = await followUpOrganization(api.url, api.adminUrl, 'replies-b');
    own = await ownFamily(org);
    neighbour = await addFamily(org, 'Neighbour', 'neighbour.parent@family.example.org');
    elsewhere = await ownFamily(other);
    portal = await signIn(org.guardianEmail);
    neighbourPortal = await signIn('neighbour.parent@family.example.org');
    elsewherePortal = await signIn(other.guardianEmail);
  }, 90_000);

  afterAll(async () => {
    await api?.close();
    await sink.stop();
  });

  it('shows a shared reply — date, sender, subject, plain text, files by name — and never an unshared one', async () => {
    const shared = await capture(org, own.requestId, {
      messageId: '<shared-1@school.example.org>',
      subject: 'Re: Evaluation request',
      text: 'Dear Ms. Parent,\n\nWe will evaluate Sam. The consent form is attached.\n\nPat Principal',
      html: '<p>Dear Ms. Parent,</p><p><b>We will evaluate Sam.</b> <script>alert(1)</script></p>',
      files: ['Consent to evaluate.pdf', 'Procedural safeguards.pdf'],
    });
    const unshared = await capture(org, own.requestId, {
      messageId: '<unshared-1@school.example.org>',
      subject: 'Re: Evaluation request (internal)',
      text: 'Between us: we are short on psychologists this month.',
    });
    // Captured, but not yet shared: the family sees nothing.
    expect(await repliesOf(portal, own.caseId)).toEqual([]);

    await share(org, shared);
    const [reply, ...rest] = await repliesOf(portal, own.caseId);
    expect(rest).toEqual([]);
    expect(reply).toMatchObject({
      id: shared,
      requestId: own.requestId,
      from: 'Pat Principal',
      subject: 'Re: Evaluation request',
      attachmentNames: ['Consent to evaluate.pdf', 'Procedural safeguards.pdf'],
    });
    expect(reply!.text.trim()).toBe(
      'Dear Ms. Parent,\n\nWe will evaluate Sam. The consent form is attached.\n\nPat Principal',
    );
    expect(Date.now() - Date.parse(reply!.receivedAt)).toBeLessThan(5 * 60_000);
    // Plain text only: nothing of the HTML part, and not the unshared reply's words.
    const everything = JSON.stringify(await repliesOf(portal, own.caseId));
    expect(everything).not.toMatch(/<b>|<script|<p>/);
    expect(everything).not.toContain('short on psychologists');
    expect(everything).not.toContain(unshared);
  });

  it('lists them newest first, and drops one the advocate stops sharing', async () => {
    const later = await capture(org, own.requestId, {
      messageId: '<shared-2@school.example.org>',
      from: `Dana Director <${org.directorEmail}>`,
      subject: 'Re: Evaluation request — meeting date',
      text: 'The evaluation planning meeting is on Tuesday at 3 pm.',
    });
    await share(org, later);
    const shown = await repliesOf(portal, own.caseId);
    expect(shown.map((r) => r.subject)).toEqual([
      'Re: Evaluation request — meeting date',
      'Re: Evaluation request',
    ]);
    expect(shown[0]!.from).toBe('Dana Director');
    // The family's list of cases carries them too.
    const { portalCases } = await portal.data<{
      portalCases: Array<{ id: string; sharedReplies: Array<{ id: string }> }>;
    }>(ALL_REPLIES);
    expect(portalCases.find((c) => c.id === own.caseId)?.sharedReplies.map((r) => r.id)).toEqual(
      shown.map((r) => r.id),
    );

    await share(org, later, false);
    expect((await repliesOf(portal, own.caseId)).map((r) => r.id)).not.toContain(later);
  });

  it('shows another family of the organization only its own, and another organization’s family nothing of them', async () => {
    const theirs = await capture(org, neighbour.requestId, {
      messageId: '<neighbour-1@school.example.org>',
      subject: 'Re: Neighbour request',
      text: 'Neighbour words only.',
    });
    await share(org, theirs);
    const elsewhereReply = await capture(other, elsewhere.requestId, {
      messageId: '<elsewhere-1@school.example.org>',
      subject: 'Re: Elsewhere request',
      text: 'Elsewhere words only.',
    });
    await share(other, elsewhereReply);

    // Each family sees its own shared replies, and only those.
    expect((await repliesOf(neighbourPortal, neighbour.caseId)).map((r) => r.id)).toEqual([theirs]);
    expect((await repliesOf(elsewherePortal, elsewhere.caseId)).map((r) => r.id)).toEqual([
      elsewhereReply,
    ]);
    const ownWords = JSON.stringify(await portal.data<Record<string, unknown>>(ALL_REPLIES));
    expect(ownWords).not.toMatch(/Neighbour words|Elsewhere words/);
    for (const client of [neighbourPortal, elsewherePortal]) {
      const { portalCases } = await client.data<{
        portalCases: Array<{ sharedReplies: Array<{ text: string }> }>;
      }>(ALL_REPLIES);
      expect(JSON.stringify(portalCases)).not.toContain('We will evaluate Sam');
    }
    // Our case, asked for by the other families' guardians: not found, nothing shown.
    for (const client of [neighbourPortal, elsewherePortal]) {
      const refused = await client.errorOf(REPLIES, { id: own.caseId });
      expect(refused.code).toBe('NOT_FOUND');
    }
  });

  it('leaves the family’s case when an advocate files the reply under another family’s request', async () => {
    const misfiled = await capture(org, own.requestId, {
      messageId: '<misfiled-1@school.example.org>',
      subject: 'Re: Neighbour request (sent to the wrong address)',
      text: 'About the neighbour’s child, sent to your reply address by mistake.',
    });
    await share(org, misfiled);
    expect((await repliesOf(portal, own.caseId)).map((r) => r.id)).toContain(misfiled);

    // Shared with one family; filed under another's, that family has not been shown it.
    const { fileReply } = await org.client.data<{
      fileReply: { requestId: string; sharedWithFamily: boolean };
    }>(FILE, { id: misfiled, request: neighbour.requestId });
    expect(fileReply).toMatchObject({ requestId: neighbour.requestId, sharedWithFamily: false });
    expect((await repliesOf(portal, own.caseId)).map((r) => r.id)).not.toContain(misfiled);
    expect((await repliesOf(neighbourPortal, neighbour.caseId)).map((r) => r.id)).not.toContain(
      misfiled,
    );
  });
});
