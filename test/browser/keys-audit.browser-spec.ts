import type { Locator, Page } from 'playwright-core';
import { ADVOCATE, check, ConsoleWorld, dayFromNow, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
/** The demo organization's only admin (apps/api/src/demo/demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';
const ADMIN_NAME = 'Dana Whitfield';
const KEY_NAME = 'Board dashboard';
const REPORT = `{ outcomeReport(range: { from: "2025-09-01", to: "2026-08-31" }) { requests } }`;

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
 * API keys, the audit log and members' last sign-in in a browser: the demo admin makes a
 * reporting key (its secret shown once), a reporting client uses it (its last use shows),
 * the admin revokes it (the api refuses it then), reads its creation and revocation in the
 * audit log field by field, and sees who signed in when on Members; in Spanish and on a
 * phone too; an advocate is told these pages are for administrators.
 */
describe('API keys and the audit log', () => {
  const world = new ConsoleWorld();
  let url: string;

  beforeAll(async () => {
    await world.start();
    url = world.url;
  }, 300_000);

  afterAll(async () => {
    await world.stop();
  });

  /** Signed in as the admin, on an administration page reached through the menu. */
  const openAdmin = async (
    link: RegExp,
    path: string,
    viewport: (typeof VIEWPORTS)[number] = DESKTOP,
    locale = 'en-US',
  ) => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, ADMIN);
    await page.waitForURL(`${url}/`);
    if (viewport.name === 'phone')
      await page.getByRole('button', { name: /^(Menu|Menú)$/ }).click();
    await page.getByRole('link', { name: link }).click();
    await page.waitForURL(`${url}${path}`);
    return page;
  };

  /** A reporting client's call to the GraphQL api with the key. */
  const withKey = async (secret: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: REPORT }),
    });
    return (await response.json()) as {
      data?: { outcomeReport: { requests: number } } | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
  };

  it('creates a key shown once, sees its use, revokes it, and reads it all in the audit log', async () => {
    const page = await openAdmin(/^API keys$/, '/settings/api-keys');
    await page.getByRole('heading', { level: 2, name: 'API keys' }).waitFor();
    await page.getByText('No keys yet.').waitFor();

    // No name: the api's refusal beside the field.
    const name = page.getByRole('textbox', { name: 'Key name' });
    await page.getByRole('button', { name: 'Create key' }).click();
    expect(await errorOf(page, name)).toBe('Give the key a name.');
    await check(page, 'api-keys-name-error');

    await name.fill(KEY_NAME);
    await page.getByRole('button', { name: 'Create key' }).click();
    const created = page.getByRole('status').filter({ hasText: `Key "${KEY_NAME}" created` });
    await created.waitFor();
    expect(await created.textContent()).toContain('You will not see it again');
    const secret = (await page.getByTestId('new-secret').textContent()) ?? '';
    expect(secret).toMatch(/^ork_[A-Za-z0-9_-]{43}$/);
    expect(await name.inputValue()).toBe('');
    expect(await page.getByRole('button', { name: 'Copy', exact: true }).isVisible()).toBe(true);
    const row = page.getByTestId('api-key').filter({ hasText: KEY_NAME });
    await row.waitFor();
    expect(await row.innerText()).toContain(ADMIN_NAME);
    expect(await row.getByTestId('last-used').textContent()).toBe('Never');
    await check(page, 'api-keys-created');

    // Once: after a reload the secret is nowhere on the page.
    await page.reload();
    await row.waitFor();
    expect(await page.getByTestId('new-secret').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(secret);

    // A reporting client reads the report with it; its last use shows.
    const used = await withKey(secret);
    expect(used.errors).toBeUndefined();
    expect(typeof used.data?.outcomeReport.requests).toBe('number');
    await page.reload();
    await row.waitFor();
    expect(await row.getByTestId('last-used').textContent()).not.toBe('Never');

    // Revoked after a confirmation: the api refuses it from then on.
    await page.getByRole('button', { name: `Revoke ${KEY_NAME}` }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke ${KEY_NAME}?` });
    await dialog.getByText('It stops working at once').waitFor();
    await check(page, 'api-keys-revoke');
    await dialog.getByRole('button', { name: 'Revoke the key' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(/^Revoked /).waitFor();
    expect((await withKey(secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The audit log, filtered to API keys changed by Dana today: created, then revoked.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(`${url}/settings/audit`);
    await choose(page, page.getByRole('combobox', { name: 'Who' }), ADMIN_NAME);
    await choose(page, page.getByRole('combobox', { name: 'Kind of record' }), 'API key');
    await page.getByLabel('From', { exact: true }).fill(dayFromNow(0));
    await page.getByLabel('To', { exact: true }).fill(dayFromNow(0));
    await page.getByRole('button', { name: 'Show changes' }).click();
    await page.waitForURL(/type=ReportingApiKey/);
    const events = page.getByTestId('audit-event');
    // The filtered page replaces the whole log's first page once it arrives.
    for (let waited = 0; (await events.count()) !== 2 && waited < 10_000; waited += 100)
      await page.waitForTimeout(100);
    expect(await events.count()).toBe(2);
    await events.filter({ hasText: 'API key created' }).waitFor();
    const revoked = events.nth(0);
    const creation = events.nth(1);
    expect(await revoked.getByRole('heading').textContent()).toBe('API key changed');
    expect(await revoked.getByRole('row', { name: /^Revoked/ }).innerText()).toMatch(
      /^Revoked\s+\(empty\)\s+\w{3} \d+, \d{4}/,
    );
    expect(await creation.innerText()).toContain(`By ${ADMIN_NAME}`);
    expect(await creation.getByRole('row', { name: /^Name/ }).innerText()).toMatch(
      new RegExp(`^Name\\s+—\\s+${KEY_NAME}$`),
    );
    expect(await creation.getByRole('row', { name: /^Created by/ }).innerText()).toContain(
      ADMIN_NAME,
    );
    // The secret's fingerprint is never in the log.
    expect(await creation.innerText()).not.toMatch(/hash/i);
    await check(page, 'audit-filtered');

    // An end before the start: said beside the end day.
    await page.getByLabel('To', { exact: true }).fill(dayFromNow(-2));
    await page.getByRole('button', { name: 'Show changes' }).click();
    expect(await errorOf(page, page.getByLabel('To', { exact: true }))).toBe(
      'Choose a day on or after the first day.',
    );

    // Members: Dana signed in today; Jordan never has.
    await page.getByRole('link', { name: 'Members' }).click();
    await page.waitForURL(`${url}/settings/members`);
    const member = (who: string) =>
      page.getByTestId('member').filter({ hasText: who }).getByTestId('last-sign-in');
    await member(ADMIN_NAME).waitFor();
    expect(await member(ADMIN_NAME).textContent()).toMatch(/^\w{3} \d+, \d{4}/);
    expect(await member('Jordan Ellis').textContent()).toBe('Never');
    await page.context().close();
  });

  it('shows the pages in Spanish and on a phone, with nothing to scroll sideways', async () => {
    for (const [viewport, locale] of [
      [PHONE, 'es-US'],
      [DESKTOP, 'es-US'],
    ] as const) {
      const spanish = locale === 'es-US';
      const page = await openAdmin(
        spanish ? /^Claves de API$/ : /^API keys$/,
        '/settings/api-keys',
        viewport,
        locale,
      );
      await page.getByTestId('api-key').first().waitFor();
      expect(await page.getByTestId('api-key').first().innerText()).toContain(KEY_NAME);
      if (viewport.name === 'phone') expect(await page.getByRole('table').count()).toBe(0);
      const wide = async () => page.locator('body').evaluate((body) => body.scrollWidth);
      expect(await wide()).toBeLessThanOrEqual(viewport.width);
      await check(page, 'api-keys');

      // The key's history, from its line.
      await page
        .getByRole('link', {
          name: spanish ? `Historial de ${KEY_NAME}` : `History of ${KEY_NAME}`,
        })
        .click();
      await page.waitForURL(/\/settings\/audit\?type=ReportingApiKey&id=/);
      await page
        .getByTestId('audit-event')
        .filter({ hasText: spanish ? 'Clave de API: creación' : 'API key created' })
        .waitFor();
      expect(await wide()).toBeLessThanOrEqual(viewport.width);
      await check(page, 'audit');

      await page.goto(`${url}/settings/members`);
      await page.getByTestId('last-sign-in').first().waitFor();
      expect(
        await page.getByTestId('member').filter({ hasText: 'Jordan Ellis' }).innerText(),
      ).toContain(spanish ? 'Nunca' : 'Never');
      if (viewport.name === 'phone') await check(page, 'members-last-sign-in');
      await page.context().close();
    }
  }, 240_000);

  it('tells an advocate these pages are for administrators, and shows them no links', async () => {
    for (const [viewport, locale] of [
      [DESKTOP, 'en-US'],
      [PHONE, 'es-US'],
    ] as const) {
      const spanish = locale === 'es-US';
      const page = await world.open(viewport, locale);
      await world.signIn(page, ADVOCATE);
      await page.waitForURL(`${url}/`);
      for (const path of ['/settings/api-keys', '/settings/audit']) {
        await page.goto(`${url}${path}`);
        const refused = page
          .getByRole('alert')
          .filter({ hasText: spanish ? 'Para administradores' : 'For administrators' });
        await refused.waitFor();
        expect(await refused.textContent()).toContain(
          spanish
            ? 'Su rol en esta organización es Defensor'
            : 'Your role in this organization is Advocate',
        );
        expect(await page.getByTestId('api-key').count()).toBe(0);
        expect(await page.getByTestId('audit-event').count()).toBe(0);
      }
      await check(page, 'keys-refused');
      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Menú' }).click();
      await page.getByRole('link', { name: spanish ? 'Hoy' : 'Today' }).waitFor();
      expect(
        await page
          .getByRole('link', { name: /^(API keys|Claves de API|Audit log|Registro de auditoría)$/ })
          .count(),
      ).toBe(0);
      await page.context().close();
    }
  });
});
