import { expect as jestExpect } from '@jest/globals';
import MailComposer from 'nodemailer/lib/mail-composer';
import { INBOUND_WEBHOOK_SECRET } from '../e2e/organization-records';
import {
  DESKTOP,
  PHONE,
  PortalWorld,
  screenshot,
  heading,
  noSeriousViolations,
  sees,
} from './portal-kit';

/**
 * The school's emails in the family portal, in Chromium against the built api: two replies
 * the advocate shared show on the case, newest first, as plain text with their files named,
 * on a desktop in English and on a phone in Spanish; a reply not shared is nowhere. Axe on
 * each page.
 */
const SLOW = 180_000;
const world = new PortalWorld();

/** A school's email to the request's reply address, taken in by the provider's webhook: its id. */
async function captureReply(
  requestId: string,
  mail: { messageId: string; from: string; subject: string; text: string; files?: string[] },
): Promise<string> {
  const { writtenRequest } = await world.asA.data<{ writtenRequest: { replyAddress: string } }>(
    'query ($id: ID!) { writtenRequest(id: $id) { replyAddress } }',
    { id: requestId },
  );
  const raw = await new MailComposer({
    ...mail,
    to: writtenRequest.replyAddress,
    date: new Date(),
    // An HTML part too, which the portal never shows: the family reads the plain text.
    html: `<p style="color:#ff0000">${mail.text}</p>`,
    attachments: (mail.files ?? []).map((filename) => ({ filename, content: filename })),
  })
    .compile()
    .build();
  const response = await fetch(
    `${world.url}/inbound/email?to=${encodeURIComponent(writtenRequest.replyAddress)}`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${INBOUND_WEBHOOK_SECRET}`,
        'content-type': 'message/rfc822',
      },
      body: new Uint8Array(raw),
    },
  );
  jestExpect(response.status).toBe(200);
  return ((await response.json()) as { messages: Array<{ id: string }> }).messages[0]!.id;
}

const share = (id: string) =>
  world.asA.data('mutation ($id: ID!) { shareReplyWithFamily(id: $id, shared: true) { id } }', {
    id,
  });

beforeAll(async () => {
  await world.start();
  await share(
    await captureReply(world.a.writtenRequestId, {
      messageId: '<portal-reply-1@school.example.org>',
      from: 'Renee Alvarez <r.alvarez@school.example.org>',
      subject: 'Re: Alpha evaluation request',
      text: 'Dear Ms. Parent,\n\nWe received your request. The evaluation team meets on Thursday.\n\nRenee Alvarez\nCase manager',
      files: ['Consent to evaluate.pdf'],
    }),
  );
  await share(
    await captureReply(world.a.writtenRequestId, {
      messageId: '<portal-reply-2@school.example.org>',
      from: 'Tom Becker <t.becker@school.example.org>',
      subject: 'Re: Alpha evaluation request — consent form',
      text: 'Please sign the consent form and send it back by Friday.',
    }),
  );
  // Captured but not shared: the family never sees it.
  await captureReply(world.a.writtenRequestId, {
    messageId: '<portal-reply-3@school.example.org>',
    from: 'Tom Becker <t.becker@school.example.org>',
    subject: 'Re: Alpha evaluation request (staff only)',
    text: 'Staff only: we are short on evaluators.',
  });
}, SLOW);
afterAll(() => world.stop(), SLOW);

it(
  'on a desktop in English: the shared emails newest first, their words and files, not the others',
  async () => {
    await world.setGuardianLanguage('en');
    const page = await world.newPage(DESKTOP, 'en-US');
    await page.goto(await world.requestLink());
    await page.getByRole('button', { name: 'Open my case' }).click();
    await heading(page, 'What the school wrote back');
    await sees(page, 'From Renee Alvarez');
    await sees(page, 'Subject: Re: Alpha evaluation request');
    await sees(page, /The evaluation team meets on Thursday\./);
    await sees(page, /^Files that came with it: Consent to evaluate\.pdf\./);
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'What the school wrote back' }),
    });
    const shown = await section.innerText();
    // Newest first; the words as text; the one not shared is nowhere on the page.
    jestExpect(shown.indexOf('From Tom Becker')).toBeGreaterThan(-1);
    jestExpect(shown.indexOf('From Tom Becker')).toBeLessThan(shown.indexOf('From Renee Alvarez'));
    jestExpect(shown).not.toContain('<p');
    jestExpect(await page.locator('main').innerText()).not.toContain('short on evaluators');
    await noSeriousViolations(page);
    await screenshot(page, 'en-desktop-school-replies');
  },
  SLOW,
);

it(
  'on a phone in Spanish: the same emails with the page’s words in Spanish',
  async () => {
    await world.setGuardianLanguage('es');
    const page = await world.newPage(PHONE, 'es-US');
    await page.goto(await world.requestLink());
    await page.getByRole('button', { name: 'Ver mi caso' }).click();
    await heading(page, 'Lo que la escuela contestó por correo');
    await sees(page, 'De Renee Alvarez');
    await sees(page, 'Asunto: Re: Alpha evaluation request — consent form');
    await sees(page, /^Archivos que venían con el correo: Consent to evaluate\.pdf\./);
    await noSeriousViolations(page);
    await screenshot(page, 'es-phone-school-replies');
  },
  SLOW,
);
