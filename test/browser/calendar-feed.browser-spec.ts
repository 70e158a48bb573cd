import type { Page } from 'playwright-core';
import { ADVOCATE, check, ConsoleWorld, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
/** The demo organization's only admin (apps/api/src/demo/demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';

/**
 * Calendar feeds in a browser: an advocate creates the private address of their own cases
 * (shown once, with how to subscribe), a calendar app reads it, then they revoke it and the
 * address stops working; in Spanish on a phone too; an admin also has the organization's
 * feed and chooses how feeds name families.
 */
describe('calendar feed', () => {
  const world = new ConsoleWorld();

  beforeAll(async () => {
    await world.start();
  }, 300_000);

  afterAll(async () => {
    await world.stop();
  });

  /** Signed in as `email`, on the calendar feed page reached through the menu. */
  const openFeeds = async (
    email: string,
    link: RegExp,
    viewport: (typeof VIEWPORTS)[number] = DESKTOP,
    locale = 'en-US',
  ): Promise<Page> => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, email);
    await page.waitForURL(`${world.url}/`);
    if (viewport.name === 'phone')
      await page.getByRole('button', { name: /^(Menu|Menú)$/ }).click();
    await page.getByRole('link', { name: link }).click();
    await page.waitForURL(`${world.url}/settings/calendar-feed`);
    return page;
  };

  /** What a calendar app gets at the address (no session). */
  const subscribe = async (address: string) => {
    const response = await fetch(address);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  it('creates an address shown once, which a calendar app reads, and revokes it', async () => {
    const page = await openFeeds(ADVOCATE, /^Calendar feed$/);
    await page.getByRole('heading', { level: 2, name: 'Calendar feed' }).waitFor();
    const own = page.getByRole('region', { name: 'Your cases' });
    await own.getByText('No address yet').waitFor();
    // An advocate has their own cases' feed only.
    expect(await page.getByRole('region', { name: 'Every case of the organization' }).count()).toBe(
      0,
    );
    expect(await page.getByRole('heading', { name: 'Family names in feeds' }).count()).toBe(0);
    await check(page, 'calendar-feed');

    await own.getByRole('button', { name: 'Create address' }).click();
    const shown = own.getByRole('status').filter({ hasText: 'You will not see it again' });
    await shown.waitFor();
    expect(await shown.innerText()).toContain('From URL');
    const address = (await page.getByTestId('feed-url').textContent()) ?? '';
    expect(address).toMatch(new RegExp(`^${world.url}/calendar/orc_[A-Za-z0-9_-]{43}\\.ics$`));
    await own.getByText(/^Active since/).waitFor();
    await check(page, 'calendar-feed-issued');

    const feed = await subscribe(address);
    expect(feed).toMatchObject({ status: 200, type: 'text/calendar; charset=utf-8' });
    expect(feed.text).toContain('BEGIN:VEVENT');

    // Once: after a reload the address is nowhere on the page.
    await page.reload();
    await own.getByText(/^Active since/).waitFor();
    expect(await page.getByTestId('feed-url').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(address);

    await own.getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this calendar address?' });
    await dialog.waitFor();
    await check(page, 'calendar-feed-revoke');
    await dialog.getByRole('button', { name: 'Revoke address' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await own.getByText(/^Revoked on/).waitFor();
    expect((await subscribe(address)).status).toBe(404);
    await page.context().close();
  });

  it('works in Spanish on a phone', async () => {
    const page = await openFeeds(ADVOCATE, /^Calendario$/, PHONE, 'es-ES');
    await page.getByRole('heading', { level: 2, name: 'Calendario' }).waitFor();
    const own = page.getByRole('region', { name: 'Sus casos' });
    await own
      .getByRole('button', { name: /^(Crear dirección|Obtener una dirección nueva)$/ })
      .click();
    await own.getByRole('status').filter({ hasText: 'No la volverá a ver' }).waitFor();
    const address = (await page.getByTestId('feed-url').textContent()) ?? '';
    expect((await subscribe(address)).status).toBe(200);
    await check(page, 'calendar-feed-issued');

    await own.getByRole('button', { name: 'Revocar' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Revocar esta dirección de calendario?' });
    await dialog.waitFor();
    await check(page, 'calendar-feed-revoke');
    await dialog.getByRole('button', { name: 'Revocar dirección' }).click();
    await own.getByText(/^Revocada el/).waitFor();
    expect((await subscribe(address)).status).toBe(404);
    await page.context().close();
  });

  it('gives an admin the organization’s feed and the choice of family names', async () => {
    const page = await openFeeds(ADMIN, /^Calendar feed$/);
    const organization = page.getByRole('region', { name: 'Every case of the organization' });
    await organization.getByRole('button', { name: 'Create address' }).click();
    const address = (await page.getByTestId('feed-url').textContent()) ?? '';
    const initials = await subscribe(address);
    expect(initials.status).toBe(200);
    expect(initials.text).toContain('BEGIN:VEVENT');

    const names = page.getByRole('region', { name: 'Family names in feeds' });
    expect(await names.getByRole('radio', { name: /^Initials only/ }).isChecked()).toBe(true);
    await names.getByRole('radio', { name: /^Full name/ }).check();
    await names.getByRole('button', { name: 'Save' }).click();
    await names.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await check(page, 'calendar-feed-admin');
    // The same address now names families in full: longer summaries than initials.
    const full = await subscribe(address);
    expect(full.status).toBe(200);
    expect(full.text).not.toBe(initials.text);
    await page.context().close();
  });
});
