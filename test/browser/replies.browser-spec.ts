import type { Locator, Page } from 'playwright-core';
import { ApiClient, AUTH_FIELDS, eventually, type TestAuth } from '@onrecord/platform/testing';
import {
  ADVOCATE,
  DEMO_PASSWORD,
  check,
  ConsoleWorld,
  dayFromNow,
  VIEWPORTS,
  type Viewport,
} from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
const ADMIN = 'dana.admin@demo.onrecord.example';
/** The mail provider's webhook secret the api is started with. */
const SECRET = 'replies-browser-webhook-secret-0123456789';
const INBOUND_DOMAIN = 'inbound.onrecord.test';

/** Subjects of the replies this test sends, one per thing the advocate does with them. */
const TO_ANSWER = 'Re: evaluation — we will evaluate';
const NOT_ANSWER = 'Re: your letter — received';
const SUGGESTED = 'Re: the old request — from the principal';
const STRANGER = 'Question about your letter';
const AUTOMATIC = 'Out of office: back Monday';
/** Words of the reply to answer: markup in a school's email is shown as the text it is. */
const WORDS = 'We will evaluate Sam in all areas. <b>not bold</b> <script>alert(1)</script>';

interface SentRequest {
  id: string;
  subject: string;
  caseId: string;
  replyAddress: string;
  recipients: Array<{ id: string; name: string; email: string | null }>;
}

/** The message of the field `input` names, through its aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((part) => part.includes('error'));
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** A raw RFC 822 message, as a school's mail server would send it. */
function rawMessage(m: {
  from: string;
  to: string;
  subject: string;
  text: string;
  id: string;
  headers?: string[];
  attachment?: { name: string; type: string; content: string };
}): string {
  const head = [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Subject: ${m.subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${m.id}@school.example.org>`,
    'MIME-Version: 1.0',
    ...(m.headers ?? []),
  ];
  if (!m.attachment)
    return [...head, 'Content-Type: text/plain; charset=utf-8', '', m.text, ''].join('\r\n');
  const boundary = 'reply-boundary-42';
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.text,
    `--${boundary}`,
    `Content-Type: ${m.attachment.type}; name="${m.attachment.name}"`,
    `Content-Disposition: attachment; filename="${m.attachment.name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(m.attachment.content).toString('base64'),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/**
 * The replies schools send back, in a browser: replies come in by the mail provider's webhook
 * to the demo advocate's sent requests; the advocate sees them on Today and on /replies (to
 * classify, triage with the sender's suggestion, all), reads one — its words as text, never
 * HTML — and records it as the school's answer (the request becomes answered), marks another
 * as not an answer, files one from triage under the suggested request and shares one with the
 * family; the case page says a reply waits and its timeline links to it; the admin sets how
 * long a waiting reply holds a follow-up. axe checks every page; phone and desktop, English
 * and Spanish.
 */
describe('replies from schools in the advocate console', () => {
  const world = new ConsoleWorld();
  let url: string;
  let marcus: ApiClient;
  /** Reply ids by subject. */
  const replies: Record<string, string> = {};
  let answered: SentRequest;
  let notAnswered: SentRequest;
  /** The open request the principal's reply to an archived one is suggested for. */
  let suggested: SentRequest;

  const logIn = async (email: string) => {
    const anonymous = new ApiClient(world.url);
    const { logIn: auth } = await anonymous.data<{ logIn: TestAuth }>(
      `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { email, password: DEMO_PASSWORD } },
    );
    return anonymous.as(auth.accessToken);
  };

  const REQUEST_FIELDS = 'id subject caseId replyAddress recipients { id name email }';

  /** A request on `base`'s case to its recipients, sent by hand `daysAgo` days ago. */
  const sendRequest = async (base: SentRequest, subject: string, daysAgo: number) => {
    const { createWrittenRequest } = await marcus.data<{ createWrittenRequest: { id: string } }>(
      'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
      {
        input: {
          caseId: base.caseId,
          type: 'RECORDS',
          trigger: 'WRITTEN_REQUEST_RECEIVED',
          subject,
          body: `${subject}. Please answer in writing.`,
          recipientIds: base.recipients.map((r) => r.id),
        },
      },
    );
    const sentOn = dayFromNow(-daysAgo);
    const { sendWrittenRequest } = await marcus.data<{ sendWrittenRequest: SentRequest }>(
      `mutation ($id: ID!, $input: SendWrittenRequestInput!) {
         sendWrittenRequest(id: $id, input: $input) { ${REQUEST_FIELDS} } }`,
      {
        id: createWrittenRequest.id,
        input: { sentOn, receivedOn: sentOn, channel: 'HAND_DELIVERED' },
      },
    );
    return sendWrittenRequest;
  };

  /** Sends a message through the mail provider's webhook; its id once kept. */
  const mailIn = async (to: string, message: Parameters<typeof rawMessage>[0]) => {
    const response = await fetch(`${url}/inbound/email?to=${encodeURIComponent(to)}`, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${SECRET}` },
      body: rawMessage(message),
    });
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as { messages: Array<{ id: string }> };
    return messages[0]!.id;
  };

  /** Signed in as the demo advocate, on `path`, at a size and in a language. */
  const openAt = async (
    path: string,
    viewport: Viewport = DESKTOP,
    locale = 'en-US',
    who = ADVOCATE,
  ) => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, who);
    await page.getByRole('heading', { level: 2 }).waitFor();
    if (path !== '/') await page.goto(`${url}${path}`);
    return page;
  };

  const noSidewaysScroll = async (page: Page) => {
    if (page.viewportSize()?.width === PHONE.width)
      expect(await page.locator('body').evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
  };

  beforeAll(async () => {
    await world.start({ INBOUND_WEBHOOK_SECRET: SECRET, INBOUND_MAIL_DOMAIN: INBOUND_DOMAIN });
    url = world.url;
    marcus = await logIn(ADVOCATE);
    // Two of the advocate's requests waiting for the school, each to a contact with an address.
    const { writtenRequests } = await marcus.data<{
      writtenRequests: { edges: Array<{ node: SentRequest }> };
    }>(
      `{ writtenRequests(first: 100, filter: { status: [SENT], assignedToMe: true }) {
           edges { node { ${REQUEST_FIELDS} } } } }`,
    );
    const sent = writtenRequests.edges
      .map((e) => e.node)
      .filter((r) => r.recipients.length && r.recipients.every((c) => c.email));
    [answered, notAnswered] = [sent[0]!, sent.find((r) => r.caseId !== sent[0]!.caseId)!];
    const principal = answered.recipients[0]!;

    replies[TO_ANSWER] = await mailIn(answered.replyAddress, {
      from: `${principal.name} <${principal.email}>`,
      to: answered.replyAddress,
      subject: TO_ANSWER,
      text: `${WORDS}\n\nThe consent form is attached.\n\n-- \n${principal.name}`,
      id: 'to-answer',
      attachment: {
        name: 'evaluation-consent.pdf',
        type: 'application/pdf',
        content: '%PDF-1.4 consent',
      },
    });
    const other = notAnswered.recipients[0]!;
    replies[NOT_ANSWER] = await mailIn(notAnswered.replyAddress, {
      from: `${other.name} <${other.email}>`,
      to: notAnswered.replyAddress,
      subject: NOT_ANSWER,
      text: 'Thank you, we received your letter and will get back to you.',
      id: 'not-answer',
    });
    replies[AUTOMATIC] = await mailIn(notAnswered.replyAddress, {
      from: other.email!,
      to: notAnswered.replyAddress,
      subject: AUTOMATIC,
      text: 'I am out of the office until Monday.',
      id: 'automatic',
      headers: ['Auto-Submitted: auto-replied'],
    });
    // Triage: a reply to a request that was archived since. From the principal, it suggests
    // their newest open request; from a stranger, nothing.
    // Sent today: the principal's newest open request.
    suggested = await sendRequest(answered, 'Request for the reading assessment results', 0);
    const archived = await sendRequest(answered, 'Request for the old bus records', 20);
    await marcus.data('mutation ($id: ID!) { archiveWrittenRequest(id: $id) { id } }', {
      id: archived.id,
    });
    replies[SUGGESTED] = await mailIn(archived.replyAddress, {
      from: `${principal.name} <${principal.email}>`,
      to: archived.replyAddress,
      subject: SUGGESTED,
      text: 'Here are the reading assessment results you asked for.',
      id: 'suggested',
    });
    replies[STRANGER] = await mailIn(archived.replyAddress, {
      from: 'someone@elsewhere.example.org',
      to: archived.replyAddress,
      subject: STRANGER,
      text: 'Who should I talk to about this?',
      id: 'stranger',
    });
  }, 400_000);

  afterAll(async () => {
    await world.stop();
  });

  it('lists the replies to classify on Today, on a desktop in English and a phone in Spanish', async () => {
    for (const [viewport, locale] of [
      [DESKTOP, 'en-US'],
      [PHONE, 'es-US'],
    ] as const) {
      const page = await openAt('/', viewport, locale);
      const section = page.getByRole('region', {
        name: locale === 'en-US' ? /^Replies received — classify/ : /^Respuestas recibidas/,
      });
      await section.getByRole('link', { name: new RegExp(TO_ANSWER) }).waitFor();
      expect(await section.getByRole('link', { name: new RegExp(NOT_ANSWER) }).count()).toBe(1);
      // Only replies waiting to be classified, filed under a request.
      expect(await section.textContent()).not.toContain(AUTOMATIC);
      expect(await section.textContent()).not.toContain(STRANGER);
      await noSidewaysScroll(page);
      await check(page, 'replies-today');
      await section.getByRole('link', { name: new RegExp(TO_ANSWER) }).click();
      await page.waitForURL(`${url}/replies/${replies[TO_ANSWER]}`);
      await page.getByTestId('reply-text').waitFor();
      await page.context().close();
    }
  });

  it('lists replies by tab and shows one, at phone and desktop width, in English and Spanish', async () => {
    for (const [viewport, locale] of [
      [DESKTOP, 'en-US'],
      [PHONE, 'es-US'],
      [DESKTOP, 'es-US'],
      [PHONE, 'en-US'],
    ] as const) {
      const english = locale === 'en-US';
      const page = await openAt('/replies', viewport, locale);
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('link', { name: TO_ANSWER }).waitFor();
      expect(await panel.textContent()).toContain(NOT_ANSWER);
      expect(await panel.textContent()).not.toContain(AUTOMATIC);
      await noSidewaysScroll(page);
      await check(page, 'replies-classify');

      await page.getByRole('tab', { name: english ? 'Triage' : 'Sin solicitud' }).click();
      await panel.getByRole('link', { name: STRANGER }).waitFor();
      expect(await panel.textContent()).toContain(SUGGESTED);
      // The principal's reply names the request it probably answers.
      await panel
        .getByText(english ? `Suggested: ${suggested.subject}` : `Sugerida: ${suggested.subject}`, {
          exact: false,
        })
        .waitFor();
      await noSidewaysScroll(page);
      await check(page, 'replies-triage');

      await page.getByRole('tab', { name: english ? 'All' : 'Todas' }).click();
      await panel.getByRole('link', { name: AUTOMATIC }).waitFor();
      expect(await panel.textContent()).toContain(
        english ? 'Automatic reply' : 'Respuesta automática',
      );
      await check(page, 'replies-all');

      await panel.getByRole('link', { name: TO_ANSWER }).click();
      await page.waitForURL(`${url}/replies/${replies[TO_ANSWER]}`);
      await page.getByTestId('reply-text').waitFor();
      await noSidewaysScroll(page);
      await check(page, 'reply-unclassified');
      await page.context().close();
    }
  });

  it('shows a reply waiting on its request in the case page, and links the timeline to it', async () => {
    const page = await openAt(`/cases/${notAnswered.caseId}`);
    const row = page.getByRole('row').filter({ hasText: notAnswered.subject });
    const waiting = row.getByRole('link', { name: 'Reply received — classify' });
    await waiting.waitFor();
    await check(page, 'case-reply-waiting');
    await waiting.click();
    await page.waitForURL(/\/replies\?request=/);
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('link', { name: NOT_ANSWER }).waitFor();
    // Only that request's: the other request's reply is not listed.
    expect(await panel.textContent()).not.toContain(TO_ANSWER);
    await page.getByRole('status').filter({ hasText: notAnswered.subject }).waitFor();
    await check(page, 'replies-of-request');

    await page.goto(`${url}/cases/${notAnswered.caseId}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('link', { name: /^Automatic reply from/ }).waitFor();
    await timeline
      .getByRole('link', { name: `Reply from ${notAnswered.recipients[0]!.name}` })
      .first()
      .click();
    await page.waitForURL(/\/replies\/[0-9a-f-]+$/);
    await page.getByTestId('reply-text').waitFor();
    await page.context().close();
  });

  it("records a reply as the school's answer: a refusal beside its field, then the request is answered", async () => {
    const page = await openAt(`/replies/${replies[TO_ANSWER]}`);
    // The school's words as text: its markup is shown, not rendered.
    const text = page.getByTestId('reply-text');
    expect(await text.textContent()).toContain(WORDS);
    expect(await text.locator('b, script').count()).toBe(0);
    const message = page.getByRole('region', { name: 'The message' });
    expect(await message.textContent()).toContain('evaluation-consent.pdf');
    expect(await message.textContent()).toContain('application/pdf');
    await page
      .getByRole('status')
      .filter({ hasText: "the request's next follow-up to the school is held" })
      .waitFor();

    await page.getByRole('button', { name: "Record as the school's answer" }).click();
    const form = page.getByRole('form', { name: "Record it as the school's answer" });
    // Nothing chosen: said beside the field, before asking the api.
    await form.getByRole('button', { name: 'Record the answer' }).click();
    const outcome = form.getByRole('combobox', { name: 'What the school said' });
    expect(await errorOf(page, outcome)).toBe('Choose what the school said.');
    await outcome.click();
    await page.getByRole('option', { name: 'Granted', exact: true }).click();
    // A day before the request was sent: the api's refusal beside the day.
    const day = form.getByLabel('Received on');
    await day.fill('2001-01-02');
    await form.getByRole('button', { name: 'Record the answer' }).click();
    expect(await errorOf(page, day)).toContain('cannot come before the request');
    await form.getByRole('alert').filter({ hasText: 'Nothing was saved' }).waitFor();
    await check(page, 'reply-record-error');

    // The day the email came (empty), and the reply quoted as the summary (empty).
    await day.fill('');
    await form.getByRole('button', { name: 'Record the answer' }).click();
    const recorded = page.getByRole('region', { name: "The school's answer, as recorded" });
    await recorded.getByText('Granted').waitFor();
    expect(await recorded.textContent()).toContain('We will evaluate Sam in all areas.');
    expect(await page.getByTestId('reply-status').textContent()).toBe("The school's answer");
    await check(page, 'reply-answered');

    await recorded.getByRole('link', { name: 'Open the request on its case' }).click();
    await page.waitForURL(`${url}/cases/${answered.caseId}#request-${answered.id}`);
    const row = page.locator(`[id="request-${answered.id}"]`);
    await row.getByText('Answered', { exact: true }).waitFor();
    expect(await row.getByRole('link', { name: 'Reply received — classify' }).count()).toBe(0);
    const { writtenRequest } = await marcus.data<{
      writtenRequest: { status: string; replyWaitingSince: string | null };
    }>('query ($id: ID!) { writtenRequest(id: $id) { status replyWaitingSince } }', {
      id: answered.id,
    });
    expect(writtenRequest).toEqual({ status: 'RESPONDED', replyWaitingSince: null });
    await page.context().close();
  });

  it('marks a reply as not an answer, on a phone in Spanish, after saying what that means', async () => {
    const page = await openAt(`/replies/${replies[NOT_ANSWER]}`, PHONE, 'es-US');
    await page.getByRole('button', { name: 'No es una respuesta' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('sus seguimientos a la escuela continúan');
    await check(page, 'reply-not-answer-confirm');
    await dialog.getByRole('button', { name: 'Marcar que no es una respuesta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Marcada como que no es una respuesta' })
      .waitFor();
    expect(await page.getByTestId('reply-status').textContent()).toBe('No es una respuesta');
    // Still answerable, should the advocate change their mind; no longer "not an answer".
    await page.getByRole('button', { name: 'Registrar como la respuesta de la escuela' }).waitFor();
    expect(await page.getByRole('button', { name: 'No es una respuesta' }).count()).toBe(0);
    await noSidewaysScroll(page);
    await check(page, 'reply-not-answer');
    const { writtenRequest } = await marcus.data<{
      writtenRequest: { status: string; replyWaitingSince: string | null };
    }>('query ($id: ID!) { writtenRequest(id: $id) { status replyWaitingSince } }', {
      id: notAnswered.id,
    });
    expect(writtenRequest).toEqual({ status: 'SENT', replyWaitingSince: null });
    await page.context().close();
  });

  it('files a reply from triage under the suggested request, then shares it with the family', async () => {
    const page = await openAt(`/replies/${replies[SUGGESTED]}`);
    await page.getByRole('status').filter({ hasText: 'In triage' }).waitFor();
    const filing = page.getByRole('region', { name: 'File under a request' });
    const select = filing.getByRole('combobox', { name: 'Request' });
    // The sender's suggestion, chosen already.
    await eventually(async () => (await select.inputValue()).startsWith(suggested.subject));
    expect(await select.inputValue()).toContain('(suggested)');
    // Nothing to share with a family while it names none.
    expect(await page.getByRole('switch', { name: 'Share with the family' }).isDisabled()).toBe(
      true,
    );
    await check(page, 'reply-triage');
    await filing.getByRole('button', { name: 'File it here' }).click();
    await page
      .getByRole('region', { name: 'Where it is filed' })
      .getByRole('link', { name: suggested.subject })
      .waitFor();
    expect(await page.getByRole('region', { name: 'Where it is filed' }).textContent()).toContain(
      'An advocate filed it here.',
    );
    await page
      .getByRole('status')
      .filter({ hasText: "the request's next follow-up to the school is held" })
      .waitFor();

    const share = page.getByRole('switch', { name: 'Share with the family' });
    // Saved as it is switched: it shows switched once the api has it.
    await share.click({ force: true });
    await eventually(() => share.isChecked());
    await eventually(async () => {
      const { inboundMessage } = await marcus.data<{
        inboundMessage: { sharedWithFamily: boolean; requestId: string; status: string };
      }>('query ($id: ID!) { inboundMessage(id: $id) { sharedWithFamily requestId status } }', {
        id: replies[SUGGESTED],
      });
      expect(inboundMessage).toEqual({
        sharedWithFamily: true,
        requestId: suggested.id,
        status: 'UNCLASSIFIED',
      });
      return true;
    });
    await check(page, 'reply-filed');

    // Now it waits to be classified with the others; triage keeps only the stranger's.
    await page.goto(`${url}/replies?tab=triage`);
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('link', { name: STRANGER }).waitFor();
    expect(await panel.textContent()).not.toContain(SUGGESTED);
    await page.goto(`${url}/replies`);
    await panel.getByRole('link', { name: SUGGESTED }).waitFor();
    await page.context().close();
  });

  it('sets how long a waiting reply holds a follow-up in the policy: a refusal, then saved', async () => {
    const page = await openAt('/settings/follow-up-policy', DESKTOP, 'en-US', ADMIN);
    const hold = page.getByRole('textbox', { name: 'Hold a follow-up while a reply waits' });
    await hold.fill('25');
    await page.getByRole('button', { name: 'Save the policy' }).click();
    expect(await errorOf(page, hold)).toBe(
      'Enter a whole number of school days from 0 to 20 (0: never hold).',
    );
    await check(page, 'policy-reply-hold-error');
    await hold.fill('5');
    await page.getByRole('button', { name: 'Save the policy' }).click();
    await page.getByRole('status').filter({ hasText: 'The policy is saved' }).waitFor();
    const { followUpPolicy } = await marcus.data<{
      followUpPolicy: { replyHoldSchoolDays: number };
    }>('{ followUpPolicy { replyHoldSchoolDays } }');
    expect(followUpPolicy.replyHoldSchoolDays).toBe(5);
    await page.context().close();

    const spanish = await openAt('/settings/follow-up-policy', PHONE, 'es-US', ADMIN);
    await spanish
      .getByRole('textbox', { name: 'Pausar un seguimiento mientras espera una respuesta' })
      .waitFor();
    await check(spanish, 'policy-reply-hold');
    await spanish.context().close();
  });

  it("shows 'not found' for a reply id that is not the organization's", async () => {
    const page = await openAt('/replies/00000000-0000-4000-8000-000000000000');
    await page.getByText('This reply does not exist, or it is not in your organization.').waitFor();
    await check(page, 'reply-not-found');
    await page.context().close();
  });
});
