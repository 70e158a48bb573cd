import type { Locator, Page } from 'playwright-core';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { ApiClient, AUTH_FIELDS, eventually, type TestAuth } from '@onrecord/platform/testing';
import { ADVOCATE, DEMO_PASSWORD, check, ConsoleWorld, dayFromNow, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
const ADMIN = 'dana.admin@demo.onrecord.example';

/** The demo's showcase (seed-demo): a follow-up held for approval, one that cannot be sent. */
const HELD = 'Request for the behavior incident reports';
const FAILED = 'Request for the attendance records';
/** Requests this test writes on the showcase's case once the policy asks for approval. */
const TO_EDIT = 'Request for the bus incident reports';
const TO_DISCARD = 'Request for the counseling notes';

/** The message of the field `input` names, through its aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((part) => part.includes('error'));
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/**
 * The follow-up queue in a browser: the demo advocate reads a draft's email before approving
 * it, edits one and sees the edit in the email, discards one with a reason, sends a failed
 * one to another contact of the school — with the mail read back from a real SMTP server.
 */
describe('follow-ups in the advocate console', () => {
  const world = new ConsoleWorld();
  const sink = new SmtpSink();
  let url: string;
  let marcus: ApiClient;
  /** Follow-up ids by their request's subject. */
  const ids: Record<string, string> = {};

  const logIn = async (email: string) => {
    const anonymous = new ApiClient(world.url);
    const { logIn: auth } = await anonymous.data<{ logIn: TestAuth }>(
      `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { email, password: DEMO_PASSWORD } },
    );
    return anonymous.as(auth.accessToken);
  };

  /** The school follow-up of the request with `subject`, once it is in `status`. */
  const followUpIn = (subject: string, status: string, timeoutMs = 60_000) =>
    eventually(
      async () => {
        const { followUps } = await marcus.data<{
          followUps: {
            edges: Array<{ node: { id: string; status: string; request: { subject: string } } }>;
          };
        }>(
          `query ($status: [FollowUpStatus!]) {
             followUps(first: 100, filter: { status: $status, kind: [SCHOOL_FOLLOW_UP] }) {
               edges { node { id status request { subject } } } } }`,
          { status: [status] },
        );
        return followUps.edges.find((e) => e.node.request.subject === subject)?.node.id;
      },
      timeoutMs,
      500,
    );

  /** Reloads the page until the follow-up's status badge says `status`. */
  const waitForStatus = async (page: Page, status: RegExp) => {
    await eventually(
      async () => {
        await page.reload();
        await page.getByRole('heading', { level: 2 }).waitFor();
        return status.test((await page.getByTestId('follow-up-status').textContent()) ?? '');
      },
      60_000,
      1000,
    );
  };

  beforeAll(async () => {
    await sink.start();
    await world.start({ SMTP_URL: sink.url });
    url = world.url;
    marcus = await logIn(ADVOCATE);
    // The worker has looked at what was due: the showcase's held one waits as a draft.
    ids[HELD] = await followUpIn(HELD, 'DRAFT', 120_000);
    ids[FAILED] = await followUpIn(FAILED, 'FAILED', 60_000);
    // From now on, follow-ups to schools wait for an advocate's approval.
    await (
      await logIn(ADMIN)
    ).data(
      'mutation { updateFollowUpPolicy(input: { requireApproval: true }) { requireApproval } }',
    );
    // Two more overdue requests on the showcase's case, to the same school staff.
    const { writtenRequests } = await marcus.data<{
      writtenRequests: {
        edges: Array<{
          node: { subject: string; caseId: string; recipients: Array<{ id: string }> };
        }>;
      };
    }>('{ writtenRequests(first: 100) { edges { node { subject caseId recipients { id } } } } }');
    const held = writtenRequests.edges.find((e) => e.node.subject === HELD)!.node;
    for (const subject of [TO_EDIT, TO_DISCARD]) {
      const { createWrittenRequest } = await marcus.data<{ createWrittenRequest: { id: string } }>(
        'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
        {
          input: {
            caseId: held.caseId,
            type: 'RECORDS',
            trigger: 'WRITTEN_REQUEST_RECEIVED',
            subject,
            body: `${subject}. Please answer in writing.`,
            recipientIds: held.recipients.map((r) => r.id),
          },
        },
      );
      const sentOn = dayFromNow(-30);
      await marcus.data(
        'mutation ($id: ID!, $input: SendWrittenRequestInput!) { sendWrittenRequest(id: $id, input: $input) { id } }',
        {
          id: createWrittenRequest.id,
          input: { sentOn, receivedOn: sentOn, channel: 'HAND_DELIVERED' },
        },
      );
      await marcus.data(
        'mutation ($id: ID!, $input: OverrideDeadlineInput!) { overrideDeadline(id: $id, input: $input) { id } }',
        {
          id: createWrittenRequest.id,
          input: { dueOn: dayFromNow(-5), reason: 'The date the school gave in writing.' },
        },
      );
    }
    ids[TO_EDIT] = await followUpIn(TO_EDIT, 'DRAFT');
    ids[TO_DISCARD] = await followUpIn(TO_DISCARD, 'DRAFT');
  }, 400_000);

  afterAll(async () => {
    await world.stop();
    await sink.stop();
  });

  it('shows Today what waits for approval and what could not be sent, on a desktop and a phone', async () => {
    for (const [viewport, locale] of [
      [DESKTOP, 'en-US'],
      [PHONE, 'es-US'],
    ] as const) {
      const page = await world.open(viewport, locale);
      await world.signIn(page, ADVOCATE);
      const english = locale === 'en-US';
      const approval = page.getByRole('region', {
        name: english ? /^Waiting for your approval/ : /^Esperan su aprobación/,
      });
      const failed = page.getByRole('region', {
        name: english ? /^Could not be sent/ : /^No se pudieron enviar/,
      });
      await approval.waitFor();
      expect(await approval.getByRole('link', { name: new RegExp(HELD) }).count()).toBe(1);
      expect(await failed.getByRole('link', { name: new RegExp(FAILED) }).count()).toBe(1);
      // Why, in words: the front office has no email address.
      expect(await failed.textContent()).toContain(
        english ? 'There is no email address on file' : 'No hay un correo electrónico registrado',
      );
      if (viewport.name === 'phone')
        expect(await page.locator('body').evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(390);
      await check(page, 'follow-ups-today');
      await page.context().close();
    }
  });

  it('lists the queue by state, mine and everyone’s', async () => {
    for (const [viewport, locale] of [
      [DESKTOP, 'es-US'],
      [PHONE, 'en-US'],
    ] as const) {
      const page = await world.open(viewport, locale);
      await world.signIn(page, ADVOCATE);
      await page.getByRole('heading', { level: 2 }).waitFor();
      await page.goto(`${url}/follow-ups`);
      const english = locale === 'en-US';
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('link').first().waitFor();
      for (const subject of [HELD, TO_EDIT, TO_DISCARD])
        expect(await panel.textContent()).toContain(subject);
      await check(page, 'follow-ups-approval');
      await page
        .getByRole('tab', { name: english ? 'Could not be sent' : 'No se pudieron enviar' })
        .click();
      await panel.getByText(FAILED).waitFor();
      expect(await page.getByRole('tabpanel').textContent()).toContain('Front office');
      if (viewport.name === 'phone')
        expect(await page.locator('body').evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(390);
      await check(page, 'follow-ups-failed');
      // Sent: the scenarios' follow-ups went out to the sink when the worker started.
      await page.getByRole('tab', { name: english ? 'Sent' : 'Enviados', exact: true }).click();
      await page.getByRole('tabpanel').getByRole('link').first().waitFor();
      await check(page, 'follow-ups-sent');
      // Everyone's holds at least what is mine.
      const mine = await page.getByRole('tabpanel').getByRole('link').count();
      await page.getByText(english ? "Everyone's" : 'De todos').click();
      await page.waitForLoadState('networkidle');
      await page.getByRole('tabpanel').getByRole('link').first().waitFor();
      expect(await page.getByRole('tabpanel').getByRole('link').count()).toBeGreaterThanOrEqual(
        mine,
      );
      await page.context().close();
    }
  });

  it('approves a draft after reading the email exactly as it will go out, and shows it as sent', async () => {
    const page = await world.open(DESKTOP);
    await world.signIn(page, ADVOCATE);
    await page.getByRole('heading', { level: 2 }).waitFor();
    await page.goto(`${url}/follow-ups/${ids[HELD]}`);
    const preview = page.getByRole('region', { name: 'Email preview' });
    await preview.getByTestId('email-body').waitFor();
    // The advocate's edited words, with the request's details filled in.
    const body = (await preview.getByTestId('email-body').textContent()) ?? '';
    expect(body).toContain('copies of the behavior incident reports');
    expect(body).not.toContain('{{');
    const subject = (await preview.getByTestId('email-subject').textContent()) ?? '';
    expect(subject).toContain('behavior incident reports');
    expect(await preview.textContent()).toMatch(/To.*@/);
    await check(page, 'follow-up-draft');
    await page.getByRole('button', { name: 'Approve and send' }).click();
    await waitForStatus(page, /^Sent$/);
    const sent = page.getByRole('region', { name: 'The email as it was sent' });
    await sent.getByTestId('email-body').waitFor();
    expect(await sent.getByTestId('email-subject').textContent()).toBe(subject);
    expect(await sent.getByTestId('email-body').textContent()).toContain(
      'copies of the behavior incident reports',
    );
    expect(await page.getByRole('table').textContent()).toContain('Accepted');
    await check(page, 'follow-up-sent');
    // The mail server got it once, with those words.
    const arrived = sink.received.filter((m) => m.parsed.subject === subject);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.parsed.text).toContain('copies of the behavior incident reports');
    await page.context().close();
  });

  it('edits a draft on a phone in Spanish: a field left empty says so, and the email shows the edit', async () => {
    const page = await world.open(PHONE, 'es-US');
    await world.signIn(page, ADVOCATE);
    await page.getByRole('heading', { level: 2 }).waitFor();
    await page.goto(`${url}/follow-ups/${ids[TO_EDIT]}`);
    const preview = page.getByRole('region', { name: 'Vista previa del correo' });
    await preview.getByTestId('email-body').waitFor();
    expect(await preview.getByTestId('email-body').textContent()).toContain(TO_EDIT);
    await check(page, 'follow-up-edit-before');
    await page.getByRole('button', { name: 'Editar el texto' }).click();
    const dialog = page.getByRole('dialog');
    const subject = dialog.getByLabel('Asunto');
    const body = dialog.getByLabel('Mensaje');
    // The words as they would go out now.
    expect(await subject.inputValue()).toContain('bus incident reports');
    await subject.fill('');
    await dialog.getByRole('button', { name: 'Guardar el texto' }).click();
    expect(await errorOf(page, subject)).toBe('Escriba un asunto.');
    // A merge field the api does not know: its error beside the message, the subject kept.
    await subject.fill('Seguimos esperando: {{request.subject}}');
    await body.fill('Hola {{nonsense}}');
    await dialog.getByRole('button', { name: 'Guardar el texto' }).click();
    expect(await errorOf(page, body)).toBe(
      'Usa un campo que OnRecord no conoce: {{nonsense}}. Revise cómo está escrito.',
    );
    expect(await subject.inputValue()).toBe('Seguimos esperando: {{request.subject}}');
    await check(page, 'follow-up-edit-errors');
    await body.fill(
      'Buenos días {{recipients}}:\n\nSeguimos esperando los informes del autobús. Por favor respondan por escrito.',
    );
    await dialog.getByRole('button', { name: 'Guardar el texto' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () =>
      ((await preview.getByTestId('email-subject').textContent()) ?? '').startsWith(
        'Seguimos esperando: Request for the bus incident reports',
      ),
    );
    const shown = (await preview.getByTestId('email-body').textContent()) ?? '';
    expect(shown).toContain('Seguimos esperando los informes del autobús.');
    expect(shown).not.toContain('{{');
    expect(await page.locator('body').evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(390);
    await check(page, 'follow-up-edit-after');
    await page.context().close();
  });

  it('discards a draft with a reason, kept on record', async () => {
    const page = await world.open(DESKTOP, 'es-US');
    await world.signIn(page, ADVOCATE);
    await page.getByRole('heading', { level: 2 }).waitFor();
    await page.goto(`${url}/follow-ups/${ids[TO_DISCARD]}`);
    await page.getByRole('button', { name: 'Descartar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Descartar el seguimiento' }).click();
    const reason = dialog.getByLabel('¿Por qué no se envía?');
    expect(await errorOf(page, reason)).toBe('Indique el motivo, para que conste.');
    await reason.fill('La consejera entregó las notas en persona.');
    await dialog.getByRole('button', { name: 'Descartar el seguimiento' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('follow-up-status').getByText('Cancelado').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Lo descartó un defensor: La consejera entregó las notas en persona.' })
      .waitFor();
    await check(page, 'follow-up-discarded');
    await page.goto(`${url}/follow-ups?tab=cancelled`);
    await page.getByRole('tabpanel').getByText(TO_DISCARD).waitFor();
    expect(
      sink.received.filter((m) => m.parsed.subject?.includes('counseling notes')),
    ).toHaveLength(0);
    await page.context().close();
  });

  it('sends a failed follow-up to another contact of the school, once', async () => {
    const page = await world.open(PHONE);
    await world.signIn(page, ADVOCATE);
    await page.getByRole('heading', { level: 2 }).waitFor();
    await page.goto(`${url}/follow-ups/${ids[FAILED]}`);
    // The reason, not a loader (which is a status too).
    const why = page.getByRole('status').filter({ hasText: 'no email address' });
    await why.waitFor();
    expect(await why.textContent()).toContain(
      'There is no email address on file for the person it is addressed to.',
    );
    expect(await why.textContent()).toContain('no email address on file for Front office');
    await check(page, 'follow-up-failed');
    await page.getByRole('button', { name: 'Send to another contact' }).click();
    const dialog = page.getByRole('dialog');
    // Nobody chosen: said beside the list.
    await dialog.getByRole('button', { name: 'Send to them' }).click();
    expect(await errorOf(page, dialog.getByLabel('School contacts'))).toBe(
      'Choose at least one contact.',
    );
    await dialog.getByLabel('School contacts').click();
    const option = page.getByRole('listbox').getByRole('option').filter({ hasText: '@' }).first();
    const label = (await option.textContent()) ?? '';
    const address = /<([^>]+)>/.exec(label)![1]!;
    await option.click();
    await page.keyboard.press('Escape');
    await check(page, 'follow-up-other-contact');
    await dialog.getByRole('button', { name: 'Send to them' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitForStatus(page, /^Sent$/);
    const sent = page.getByRole('region', { name: 'The email as it was sent' });
    expect(await sent.textContent()).toContain(address);
    await check(page, 'follow-up-retried');
    // Once, to the contact chosen; the sweep has had time to send it again if it would.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const arrived = sink.received.filter(
      (m) => m.envelopeTo.includes(address) && m.parsed.subject?.includes('attendance records'),
    );
    expect(arrived).toHaveLength(1);
    await page.context().close();
  });

  it('emails a draft request from its case, on a desktop in English and a phone in Spanish, once each', async () => {
    const { writtenRequests } = await marcus.data<{
      writtenRequests: {
        edges: Array<{
          node: { subject: string; caseId: string; recipients: Array<{ id: string }> };
        }>;
      };
    }>('{ writtenRequests(first: 100) { edges { node { subject caseId recipients { id } } } } }');
    const held = writtenRequests.edges.find((e) => e.node.subject === HELD)!.node;
    const runs = [
      { viewport: DESKTOP, locale: 'en-US', open: 'Email from OnRecord', send: 'Send now' },
      {
        viewport: PHONE,
        locale: 'es-US',
        open: 'Enviar por correo desde OnRecord',
        send: 'Enviar ahora',
      },
    ];
    for (const run of runs) {
      const subject = `Request for the reading assessment ${run.viewport.name}`;
      const { createWrittenRequest: draft } = await marcus.data<{
        createWrittenRequest: { id: string };
      }>(
        'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
        {
          input: {
            caseId: held.caseId,
            type: 'RECORDS',
            trigger: 'WRITTEN_REQUEST_RECEIVED',
            subject,
            body: 'Please send the results of the reading assessment – all of them. Please answer in writing.',
            recipientIds: held.recipients.map((r) => r.id),
          },
        },
      );
      const page = await world.open(run.viewport, run.locale);
      await world.signIn(page, ADVOCATE);
      await page.getByRole('heading', { level: 2 }).waitFor();
      await page.goto(`${url}/cases/${held.caseId}`);
      const row = page.getByRole('row').filter({ hasText: subject });
      await row.getByRole('button', { name: run.open }).click();
      const dialog = page.getByRole('dialog');
      // Who it goes to, by name and address, before anything is sent.
      await dialog.getByRole('listitem').first().waitFor();
      expect(await dialog.getByRole('listitem').count()).toBe(held.recipients.length);
      expect(await dialog.getByRole('listitem').first().textContent()).toMatch(/<.+@.+>/);
      await check(page, `email-request-${run.viewport.name}`);
      await dialog.getByRole('checkbox').check();
      await dialog.getByRole('button', { name: run.send }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await row.getByRole('button', { name: run.open }).count()).toBe(0);

      const mail = await sink.waitForMatch((m) => m.parsed.subject === subject, 0, 60_000);
      expect(mail.parsed.text).toContain('the reading assessment – all of them');
      const { writtenRequest } = await marcus.data<{
        writtenRequest: { status: string; emailMessageId: string };
      }>('query ($id: ID!) { writtenRequest(id: $id) { status emailMessageId } }', {
        id: draft.id,
      });
      expect(writtenRequest.status).toBe('SENT');
      expect(mail.parsed.messageId).toBe(writtenRequest.emailMessageId);
      // The family was copied: more addresses than the school's.
      expect(mail.envelopeTo.length).toBeGreaterThan(held.recipients.length);
      await page.context().close();
    }
    // Each went once.
    for (const run of runs) {
      const subject = `Request for the reading assessment ${run.viewport.name}`;
      expect(sink.received.filter((m) => m.parsed.subject === subject)).toHaveLength(1);
    }
  });

  it("shows 'not found' for another organization's follow-up id in the address", async () => {
    const page = await world.open(DESKTOP);
    await world.signIn(page, ADVOCATE);
    await page.getByRole('heading', { level: 2 }).waitFor();
    await page.goto(`${url}/follow-ups/${world.otherOrganizationFollowUpId}`);
    await page
      .getByText('This follow-up does not exist, or it is not in your organization.')
      .waitFor();
    await check(page, 'follow-up-not-found');
    await page.context().close();
  });
});
