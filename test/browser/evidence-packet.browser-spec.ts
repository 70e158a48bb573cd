import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { pdfPages } from '@onrecord/evidence-packet/testing';
import { ADVOCATE, ConsoleWorld, VIEWPORTS, check } from './console-kit';

/**
 * The evidence packet from the console, in Chromium against the built api: on a demo case an
 * advocate opens "Evidence packet", keeps the defaults and downloads it; the file is a PDF
 * whose pages pdf.js reads and pdf-lib counts. The same dialog on a phone in Spanish, with axe.
 */
const SLOW = 180_000;
const world = new ConsoleWorld();
let caseId = '';

beforeAll(async () => {
  await world.start();
  const [row] = await superuserQuery<{ id: string }>(
    world.environment.db.adminUrl,
    `SELECT c.id FROM case_record c JOIN family f ON f.id = c.family_id
      WHERE f.household_name = 'Navarro household'`,
  );
  caseId = row!.id;
}, SLOW);
afterAll(() => world.stop(), SLOW);

it(
  'downloads a demo case’s evidence packet as a PDF, numbered page by page',
  async () => {
    const page = await world.open(VIEWPORTS[0], 'en-US');
    await world.signIn(page, ADVOCATE);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${world.url}/cases/${caseId}`);
    await page.getByRole('button', { name: 'Evidence packet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Evidence packet' });
    await dialog.getByRole('checkbox', { name: /Include internal notes/ }).waitFor();
    await check(page, 'evidence-packet-dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^evidence-packet-Navarro-household-.*\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const count = (await PDFDocument.load(bytes)).getPageCount();
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(count);
    expect(pages[0]).toContain('Navarro household: Mateo Navarro');
    expect(pages[0]).toContain(`Page 1 of ${count}`);
    await dialog.getByText('Downloaded.').waitFor();

    // The same dialog on a phone, in Spanish.
    const phone = await world.open(VIEWPORTS[1], 'es-US');
    await world.signIn(phone, ADVOCATE);
    await phone.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await phone.goto(`${world.url}/cases/${caseId}`);
    await phone.getByRole('button', { name: 'Expediente de pruebas' }).click();
    await phone
      .getByRole('dialog', { name: 'Expediente de pruebas' })
      .getByRole('checkbox', { name: /Incluir notas internas/ })
      .waitFor();
    await check(phone, 'evidence-packet-dialog');
  },
  SLOW,
);
