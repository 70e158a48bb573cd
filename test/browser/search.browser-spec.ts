import { superuserQuery } from '@onrecord/platform/database/testing';
import { ADVOCATE, check, ConsoleWorld, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;

/**
 * Search in a browser: an advocate types a guardian's name without its accent in the header's
 * box, sees her among the results with the matched word marked, and opens her case; on a
 * phone, in Spanish, the menu's first link opens the same page.
 */
describe('search', () => {
  const world = new ConsoleWorld();

  beforeAll(async () => {
    await world.start();
    // The demo writes "Lucia"; her name as she writes it has an accent.
    await superuserQuery(
      world.environment.db.adminUrl,
      `UPDATE guardian SET name = 'Lucía Navarro' WHERE name = 'Lucia Navarro'`,
    );
  }, 300_000);

  afterAll(async () => {
    await world.stop();
  });

  it('finds a name typed without its accent from the header, marked, and opens the case', async () => {
    const page = await world.open(DESKTOP);
    await world.signIn(page, ADVOCATE);
    await page.waitForURL(`${world.url}/`);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('lucia nav');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=lucia(\+|%20)nav$/);
    const hit = page.getByRole('listitem').filter({ hasText: 'Lucía Navarro' });
    await hit.waitFor();
    expect(await hit.getByText('Guardian', { exact: true }).count()).toBe(1);
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['Lucía', 'Navarro']);
    expect(await hit.innerText()).toContain('Navarro household');
    await check(page, 'search');

    await hit.getByRole('link', { name: 'Lucía Navarro' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: 'Navarro household' }).waitFor();
    await page.getByText('Evaluation request deferred for "more data"').first().waitFor();
  });

  it('opens from the menu on a phone, in Spanish, and searches as you type', async () => {
    const page = await world.open(PHONE, 'es-US');
    await world.signIn(page, ADVOCATE);
    await page.waitForURL(`${world.url}/`);
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('link', { name: 'Buscar', exact: true }).click();
    await page.waitForURL(`${world.url}/search`);
    await page
      .getByRole('searchbox', { name: 'Buscar en los registros de la organización' })
      .fill('LUCÍA');
    const hit = page.getByRole('listitem').filter({ hasText: 'Padre, madre o tutor' });
    await hit.filter({ hasText: 'Lucía Navarro' }).waitFor();
    await page.waitForURL(`${world.url}/search?q=LUC%C3%8DA`);
    await check(page, 'search');
  });
});
