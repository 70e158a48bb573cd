import type { Locator, Page } from 'playwright-core';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { ADVOCATE, check, ConsoleWorld, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
/** The demo organization's only admin (apps/api/src/demo/demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';
const ADMIN_NAME = 'Dana Whitfield';
const NEW_PERSON = 'riley.new@example.org';

/** The message of the field `input` names, through its aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((part) => part.includes('error'));
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** Chooses `option` in the Mantine Select `select`. */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

/**
 * The Members page in a browser: the demo admin invites someone (the email read back from a
 * real SMTP server), resends and revokes the invitation, changes a member's role and removes
 * one, and is told why the last admin can be neither demoted nor removed; an advocate is
 * told the page is for administrators.
 */
describe('the Members page', () => {
  const world = new ConsoleWorld();
  const sink = new SmtpSink();
  let url: string;

  beforeAll(async () => {
    await sink.start();
    await world.start({ SMTP_URL: sink.url });
    url = world.url;
  }, 300_000);

  afterAll(async () => {
    await world.stop();
    await sink.stop();
  });

  /** Signed in as the admin, on the Members page reached through the menu. */
  const openMembers = async (viewport: (typeof VIEWPORTS)[number], locale = 'en-US') => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, ADMIN);
    await page.waitForURL(`${url}/`);
    if (viewport.name === 'phone')
      await page.getByRole('button', { name: /^(Menu|Menú)$/ }).click();
    await page.getByRole('link', { name: /^(Members|Miembros)$/ }).click();
    await page.waitForURL(`${url}/settings/members`);
    await page.getByTestId('member').first().waitFor();
    return page;
  };

  const invitations = (page: Page) => page.getByTestId('invitation');

  it('invites someone by email, resends and revokes the invitation', async () => {
    const page = await openMembers(DESKTOP);
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    expect(await page.getByText('No pending invitations.').isVisible()).toBe(true);

    // A bad email: the api's refusal beside the field, what was typed kept.
    const email = page.getByRole('textbox', { name: 'Email', exact: true });
    await email.fill('riley at example');
    await choose(page, page.getByRole('combobox', { name: 'Role', exact: true }), 'Analyst');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    expect(await errorOf(page, email)).toBe('Enter a valid email address, like name@example.org.');
    expect(await email.inputValue()).toBe('riley at example');
    expect(await page.getByRole('combobox', { name: 'Role', exact: true }).inputValue()).toBe(
      'Analyst',
    );
    await check(page, 'members-invite-error');

    const before = sink.received.length;
    await email.fill(NEW_PERSON);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${NEW_PERSON}` })
      .waitFor();
    expect(await email.inputValue()).toBe('');
    await invitations(page).first().waitFor();
    expect(await invitations(page).allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`${NEW_PERSON}\\s+Analyst`, 'i')),
    ]);
    const mail = await sink.waitForMatch((m) => m.envelopeTo.includes(NEW_PERSON), before);
    expect(mail.parsed.subject).toContain(`${ADMIN_NAME} invited you to`);
    expect(mail.parsed.text).toMatch(/as analyst/);
    const firstLink = /invitations\/accept\?token=\S+/.exec(mail.parsed.text ?? '')![0];
    await check(page, 'members-invited');

    // Inviting the same email again: said beside the field.
    await email.fill(NEW_PERSON);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    expect(await errorOf(page, email)).toContain('already has a pending invitation');

    // Resend: a new email with a new link; still one invitation listed.
    const sent = sink.received.length;
    await page.getByRole('button', { name: `Resend the invitation to ${NEW_PERSON}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `A new invitation was sent to ${NEW_PERSON}` })
      .waitFor();
    const again = await sink.waitForMatch((m) => m.envelopeTo.includes(NEW_PERSON), sent);
    expect(again.parsed.text).not.toContain(firstLink);
    // The revoked one leaves the list at once; the new one is there when the message is.
    await invitations(page).first().waitFor();
    expect(await invitations(page).allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`${NEW_PERSON}\\s+Analyst`, 'i')),
    ]);

    // Revoke: gone from the list, also after a reload.
    await page.getByRole('button', { name: `Revoke the invitation to ${NEW_PERSON}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The invitation to ${NEW_PERSON} was revoked` })
      .waitFor();
    await page.getByText('No pending invitations.').waitFor();
    await page.reload();
    await page.getByTestId('member').first().waitFor();
    expect(await page.getByText('No pending invitations.').isVisible()).toBe(true);
    await page.context().close();
  });

  it("changes a member's role and removes one, and keeps the last admin", async () => {
    const page = await openMembers(DESKTOP);
    const rows = page.getByTestId('member');
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/Dana Whitfield\s+You\s+dana\.admin@/i),
      expect.stringContaining('Marcus Lee'),
      expect.stringContaining('Priya Raman'),
      expect.stringContaining('Jordan Ellis'),
    ]);

    // Priya becomes an analyst: read back after a reload.
    const priya = page.getByRole('combobox', { name: 'Role of Priya Raman' });
    expect(await priya.inputValue()).toBe('Advocate');
    const saved = page.waitForResponse(
      (r) => r.url().includes('graphql') && !!r.request().postData()?.includes('ChangeMemberRole'),
    );
    await choose(page, priya, 'Analyst');
    expect((await (await saved).json()).data.changeMemberRole.role).toBe('ANALYST');
    await page.reload();
    await page.getByTestId('member').first().waitFor();
    expect(await page.getByRole('combobox', { name: 'Role of Priya Raman' }).inputValue()).toBe(
      'Analyst',
    );

    // The last admin cannot be demoted: the refusal beside the field, the role unchanged.
    const dana = page.getByRole('combobox', { name: `Role of ${ADMIN_NAME}` });
    await choose(page, dana, 'Advocate');
    expect(await errorOf(page, dana)).toBe(
      "This is the organization's last admin: make another member admin first.",
    );
    expect(await dana.inputValue()).toBe('Admin');
    expect(await page.getByText("This is the organization's last admin").isVisible()).toBe(true);
    await check(page, 'members-last-admin-role');

    // Nor removed: the dialog says why and stays open.
    await page.getByRole('button', { name: `Remove ${ADMIN_NAME}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove ${ADMIN_NAME}?` });
    await dialog.getByText('This is you').waitFor();
    await dialog.getByRole('button', { name: 'Remove from the organization' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: "This is the organization's last admin" })
      .waitFor();
    await check(page, 'members-last-admin-remove');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Jordan is removed, after confirming: gone, also after a reload.
    await page.getByRole('button', { name: 'Remove Jordan Ellis' }).click();
    await page
      .getByRole('dialog', { name: 'Remove Jordan Ellis?' })
      .getByRole('button', { name: 'Remove from the organization' })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await rows.filter({ hasText: 'Jordan Ellis' }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('member').first().waitFor();
    expect(await page.getByTestId('member').count()).toBe(3);
    expect(await page.getByText('Jordan Ellis').count()).toBe(0);
    expect(await dana.inputValue()).toBe('Admin');
    await page.context().close();
  });

  it('shows the page on a phone and in Spanish, cards on a phone with nothing to scroll sideways', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      for (const locale of ['en-US', 'es-US']) {
        const page = await openMembers(viewport, locale);
        const spanish = locale === 'es-US';
        await page
          .getByRole('heading', { level: 2, name: spanish ? 'Miembros' : 'Members' })
          .waitFor();
        if (viewport.name === 'phone') {
          expect(await page.getByRole('table').count()).toBe(0);
          expect(await page.getByTestId('member').count()).toBeGreaterThan(1);
          const widest = await page.locator('body').evaluate((body) => body.scrollWidth);
          expect(widest).toBeLessThanOrEqual(viewport.width);
        } else expect(await page.locator('table [data-testid=member]').count()).toBeGreaterThan(1);
        expect(
          await page
            .getByRole('combobox', {
              name: spanish ? `Rol de ${ADMIN_NAME}` : `Role of ${ADMIN_NAME}`,
            })
            .inputValue(),
        ).toBe(spanish ? 'Administrador' : 'Admin');
        await check(page, 'members');

        // A bad email, in the page's language, beside the field.
        const email = page.getByRole('textbox', {
          name: spanish ? 'Correo electrónico' : 'Email',
        });
        await email.fill('not an email');
        await page
          .getByRole('button', { name: spanish ? 'Enviar invitación' : 'Send invitation' })
          .click();
        expect(await errorOf(page, email)).toMatch(
          spanish ? /^Escriba un correo electrónico válido/ : /^Enter a valid email address/,
        );
        await check(page, 'members-invite-error');
        await page.context().close();
      }
    }
  }, 300_000);

  it('tells an advocate the page is for administrators, and shows them no link to it', async () => {
    for (const [viewport, locale] of [
      [DESKTOP, 'en-US'],
      [PHONE, 'es-US'],
    ] as const) {
      const page = await world.open(viewport, locale);
      await world.signIn(page, ADVOCATE);
      await page.waitForURL(`${url}/`);
      const spanish = locale === 'es-US';
      await page.goto(`${url}/settings/members`);
      await page
        .getByRole('alert')
        .filter({ hasText: spanish ? 'Para administradores' : 'For administrators' })
        .waitFor();
      expect(await page.getByRole('alert').textContent()).toContain(
        spanish
          ? 'Su rol en esta organización es Defensor'
          : 'Your role in this organization is Advocate',
      );
      expect(await page.getByTestId('member').count()).toBe(0);
      await check(page, 'members-refused');
      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Menú' }).click();
      await page.getByRole('link', { name: spanish ? 'Hoy' : 'Today' }).waitFor();
      expect(await page.getByRole('link', { name: /^(Members|Miembros)$/ }).count()).toBe(0);
      await page.context().close();
    }
  });

  // Last: the newcomer becomes a member, and the tests above count the members.
  it('lets the person invited join from the link in the email, and sign in to the console', async () => {
    const admin = await openMembers(DESKTOP);
    const invited = 'sam.newcomer@family-center.example';
    const before = sink.received.length;
    await admin.getByRole('textbox', { name: 'Email', exact: true }).fill(invited);
    await choose(admin, admin.getByRole('combobox', { name: 'Role', exact: true }), 'Advocate');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    const mail = await sink.waitForMatch((m) => m.envelopeTo.includes(invited), before);
    const link = /https?:\/\/\S+\/invitations\/accept\?token=\S+/.exec(mail.parsed.text ?? '')![0];
    await admin.context().close();

    const page = await world.open(VIEWPORTS[1]);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Join your organization' }).waitFor();
    // No account yet and no name: the api says a name is needed, beside the field.
    await page.getByRole('textbox', { name: 'Password' }).fill('a long enough passphrase 42');
    await page.getByRole('button', { name: 'Join' }).click();
    expect(await errorOf(page, page.getByLabel('Your name'))).toBe(
      'Give your name: it creates your account.',
    );
    await check(page, 'accept-invitation-error');
    await page.getByLabel('Your name').fill('Sam Newcomer');
    await page.getByRole('button', { name: 'Join' }).click();
    // In the console, as an advocate of the demo organization.
    await page.getByRole('region', { name: /^Overdue/ }).waitFor();
    // The link is spent: said so when it is tried again.
    const again = await world.open();
    await again.goto(link);
    await again.getByRole('textbox', { name: 'Password' }).fill('a long enough passphrase 42');
    await again.getByRole('button', { name: 'Join' }).click();
    await again.getByRole('alert').filter({ hasText: 'already used' }).waitFor();
    await check(again, 'accept-invitation-used');
    await page.context().close();
    await again.context().close();
  });
});
