import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ADVOCATE, check, ConsoleWorld, dayFromNow, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
/** The demo organization's only admin (apps/api/src/demo/demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';
const DISTRICT = 'Sierra Vista Unified';
/** A district's published calendar: 2026-27, 23 weekdays without school, one other event. */
const ICS = join(__dirname, '../fixtures/sierra-vista-2026-27.ics');
/** Calendars as districts publish them, by name and not by category (test/fixtures/README.md). */
const LONE_STAR = join(__dirname, '../fixtures/lone-star-isd-2026-27.ics');
const VALLE_DEL_SOL = join(__dirname, '../fixtures/valle-del-sol-2026-27.ics');
const TEXAS_DISTRICT = 'Lone Star ISD';

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

/** The school year a day is in, July to June: "2026-27". */
function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 7 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The calendar at September 2026: back to the year's first month, then one on. */
async function showSeptember2026(page: Page): Promise<void> {
  const previous = page.getByRole('button', { name: 'Previous month' });
  await previous.waitFor();
  while (await previous.isEnabled()) await previous.click();
  await page.getByRole('button', { name: 'Next month' }).click();
  await page.getByRole('button', { name: /^Mon, Sep 7, 2026: / }).waitFor();
}

/**
 * The Districts pages in a browser: the demo admin adds a district (an empty name refused
 * beside its field first), imports its .ics after reviewing what was understood, marks a day
 * without school and makes another a school day again, and finds both after a reload; the
 * same pages in Spanish on a phone; an advocate is told the pages are for administrators.
 */
describe('the Districts pages', () => {
  const world = new ConsoleWorld();
  let url: string;

  beforeAll(async () => {
    await world.start();
    url = world.url;
  }, 300_000);

  afterAll(async () => {
    await world.stop();
  });

  /** Signed in as the admin, on the Districts page reached through the menu. */
  const openDistricts = async (viewport: (typeof VIEWPORTS)[number], locale = 'en-US') => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, ADMIN);
    await page.waitForURL(`${url}/`);
    if (viewport.name === 'phone')
      await page.getByRole('button', { name: /^(Menu|Menú)$/ }).click();
    await page.getByRole('link', { name: /^(Districts|Distritos)$/ }).click();
    await page.waitForURL(`${url}/settings/districts`);
    await page.getByTestId('district').first().waitFor();
    return page;
  };

  it('adds a district, imports its calendar after a review, and changes its days off', async () => {
    const page = await openDistricts(DESKTOP);
    await page.getByRole('heading', { level: 2, name: 'Districts' }).waitFor();

    // An empty name: said beside the field; the choices made are kept.
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await choose(page, page.getByRole('combobox', { name: 'State', exact: true }), 'CA');
    await choose(
      page,
      page.getByRole('combobox', { name: 'Time zone', exact: true }),
      'Los Angeles (America)',
    );
    await page.getByRole('button', { name: 'Add district' }).click();
    expect(await errorOf(page, name)).toBe("Enter the district's name.");
    expect(await page.getByRole('combobox', { name: 'State', exact: true }).inputValue()).toBe(
      'CA',
    );
    await check(page, 'districts-add-error');

    await name.fill(DISTRICT);
    await page.getByRole('button', { name: 'Add district' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${DISTRICT} was added` })
      .waitFor();
    const line = page.getByTestId('district').filter({ hasText: DISTRICT });
    const current = schoolYearOf(dayFromNow(0));
    expect(await line.innerText()).toContain(
      `No school calendar for ${current}: school-day deadlines in this district are provisional`,
    );
    await check(page, 'districts-list');

    await line.getByRole('link', { name: DISTRICT }).click();
    await page.getByRole('heading', { level: 2, name: DISTRICT }).waitFor();
    await page.getByText('No school calendar yet.').waitFor();
    expect(
      await page.getByRole('link', { name: 'Schools of this district' }).getAttribute('href'),
    ).toMatch(/^\/settings\/schools\?district=[0-9a-f-]{36}$/);

    // A file that is not a calendar: said on the file field; nothing to review.
    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles({
      name: 'letter.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from('Dear parents, school starts on Monday.'),
    });
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByText('This is not an iCalendar (.ics) file.').waitFor();

    // The district's calendar: reviewed, then saved.
    await fileInput.setInputFiles(ICS);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('import-review');
    await review.getByRole('heading', { name: 'Review before saving: 2026-27' }).waitFor();
    const reviewed = await review.innerText();
    expect(await review.getByLabel('First day of school').inputValue()).toBe('2026-08-12');
    expect(await review.getByLabel('Last day of school').inputValue()).toBe('2027-06-04');
    expect(reviewed).toContain('School days: 190');
    expect(reviewed).toContain('Days without school (23)');
    expect(await review.getByTestId('review-closures').innerText()).toContain(
      'Mon, Dec 21, 2026 – Fri, Jan 1, 2027: Winter break',
    );
    expect(await review.getByTestId('review-ignored').innerText()).toContain(
      'Thu, Sep 17, 2026: Back to School Night — A school day: an early dismissal, a meeting or an event.',
    );
    expect(await page.getByTestId('school-year').count()).toBe(0);
    await check(page, 'districts-import-review');
    await review.getByRole('button', { name: 'Save this calendar' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The 2026-27 school calendar was saved: 23 days without school.' })
      .waitFor();
    expect(await page.getByTestId('school-year').innerText()).toMatch(
      /2026-27\s+Wed, Aug 12, 2026 – Fri, Jun 4, 2027\s+190 school days · 23 days without school/,
    );

    // A day without school added with its reason, and Labor Day made a school day.
    await showSeptember2026(page);
    await page.getByRole('button', { name: 'Wed, Sep 16, 2026: school day' }).click();
    await page.getByRole('textbox', { name: 'Reason (optional)' }).fill('Teacher workday');
    await page.getByRole('button', { name: 'Mark as no school' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Wed, Sep 16, 2026 is now a day without school.' })
      .waitFor();
    await page.getByRole('button', { name: 'Mon, Sep 7, 2026: no school (Labor Day)' }).click();
    await page.getByRole('button', { name: 'Make it a school day' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Mon, Sep 7, 2026 is a school day again.' })
      .waitFor();
    expect(await page.getByTestId('month-closures').innerText()).toBe(
      'Wed, Sep 16, 2026: Teacher workday',
    );
    await check(page, 'districts-calendar');

    // Kept: read back after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: DISTRICT }).waitFor();
    await showSeptember2026(page);
    await page
      .getByRole('button', { name: 'Wed, Sep 16, 2026: no school (Teacher workday)' })
      .waitFor();
    await page.getByRole('button', { name: 'Mon, Sep 7, 2026: school day' }).waitFor();
    expect(await page.getByTestId('school-year').innerText()).toContain('23 days without school');
    await page.context().close();
  });

  it('reads in Spanish on a phone', async () => {
    const page = await openDistricts(PHONE, 'es-US');
    await page.getByRole('heading', { level: 2, name: 'Distritos' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Agregar un distrito' }).waitFor();
    await check(page, 'districts-es-phone');
    await page.getByTestId('district').filter({ hasText: DISTRICT }).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: DISTRICT }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Días sin clases' }).waitFor();
    expect(await page.getByTestId('school-year').innerText()).toContain('23 días sin clases');
    await check(page, 'district-es-phone');
    await page.context().close();
  });

  /** Signed in as the admin, on a new district's page: its calendar not yet imported. */
  const openNewDistrict = async (
    viewport: (typeof VIEWPORTS)[number],
    locale: string,
    district: string,
  ) => {
    const page = await openDistricts(viewport, locale);
    const english = locale.startsWith('en');
    await choose(
      page,
      page.getByRole('combobox', { name: english ? 'State' : 'Estado', exact: true }),
      'TX',
    );
    await choose(
      page,
      page.getByRole('combobox', { name: english ? 'Time zone' : 'Zona horaria', exact: true }),
      'Chicago (America)',
    );
    await page
      .getByRole('textbox', { name: english ? 'Name' : 'Nombre', exact: true })
      .fill(district);
    await page.getByRole('button', { name: english ? 'Add district' : 'Agregar distrito' }).click();
    await page.getByTestId('district').filter({ hasText: district }).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: district }).waitFor();
    return page;
  };

  it("imports a district's calendar as published: reviewed, corrected, then saved", async () => {
    const page = await openNewDistrict(DESKTOP, 'en-US', TEXAS_DISTRICT);
    await page.locator('input[type=file]').setInputFiles(LONE_STAR);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('import-review');
    await review.getByRole('heading', { name: 'Review before saving: 2026-27' }).waitFor();

    // What was understood from the names: the year, 28 days without school, 179 school days.
    expect(await review.getByLabel('First day of school').inputValue()).toBe('2026-08-12');
    expect(await review.getByLabel('Last day of school').inputValue()).toBe('2027-05-27');
    expect(await review.getByTestId('review-school-days').innerText()).toBe('School days: 179');
    await review.getByText('Days without school (28)').waitFor();
    const closures = await review.getByTestId('review-closures').innerText();
    expect(closures).toContain('Mon, Dec 21, 2026 – Mon, Jan 4, 2027: Winter Break');
    expect(closures).toContain('Tue, Jan 5, 2027: Teacher Workday — No Students');
    expect(closures).toContain("Mon, Feb 15, 2027: Presidents' Day - Student Holiday");
    const ignored = await review.getByTestId('review-ignored').innerText();
    expect(ignored).toContain(
      'Fri, Mar 12, 2027: Early Release - Students dismissed at 12:30 p.m. — A school day',
    );
    expect(ignored).toContain('Tue, Feb 9, 2027: Board Workshop — It has a time of day');
    expect(ignored).toContain(
      'Fri, Feb 26, 2027: Rodeo Day — Not understood: its name is not one we know',
    );
    await check(page, 'districts-ics-review');

    // The district closes for Rodeo Day: one more day without school, one school day fewer.
    await review
      .getByRole('button', { name: 'Make Rodeo Day (Fri, Feb 26, 2027) a day without school' })
      .click();
    await review.getByText('Days without school (29)').waitFor();
    expect(await review.getByTestId('review-school-days').innerText()).toBe('School days: 178');
    expect(await review.getByTestId('review-closures').innerText()).toContain(
      'Fri, Feb 26, 2027: Rodeo Day (added in this review)',
    );
    await review.getByText('Your changes: 1').waitFor();
    await check(page, 'districts-ics-corrected');

    await review.getByRole('button', { name: 'Save this calendar' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The 2026-27 school calendar was saved: 29 days without school.' })
      .waitFor();
    expect(await page.getByTestId('school-year').innerText()).toMatch(
      /2026-27\s+Wed, Aug 12, 2026 – Thu, May 27, 2027\s+178 school days · 29 days without school/,
    );
    await page.context().close();
  });

  it('reviews a Spanish-language calendar in Spanish on a phone', async () => {
    const page = await openNewDistrict(PHONE, 'es-US', 'Valle del Sol ISD');
    await page.locator('input[type=file]').setInputFiles(VALLE_DEL_SOL);
    await page.getByRole('button', { name: 'Revisar', exact: true }).click();
    const review = page.getByTestId('import-review');
    await review.getByRole('heading', { name: 'Revise antes de guardar: 2026-27' }).waitFor();
    expect(await review.getByLabel('Primer día de clases').inputValue()).toBe('2026-08-17');
    expect(await review.getByLabel('Último día de clases').inputValue()).toBe('2027-06-03');
    expect(await review.getByTestId('review-school-days').innerText()).toBe('Días de clases: 182');
    await review.getByText('Días sin clases (27)').waitFor();
    expect(await review.getByTestId('review-ignored').innerText()).toContain(
      'Semana del Listón Rojo — No se entendió',
    );
    await check(page, 'districts-ics-review-es-phone');

    // The last day moved a day earlier: one school day fewer.
    const last = review.getByLabel('Último día de clases');
    await last.fill('2027-06-02');
    await last.press('Enter');
    await review.getByText('Días de clases: 181').waitFor();
    await check(page, 'districts-ics-corrected-es-phone');
    await review.getByRole('button', { name: 'Guardar este calendario' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Se guardó el calendario escolar 2026-27: 27 días sin clases.' })
      .waitFor();
    await page.context().close();
  });

  it('tells an advocate the pages are for administrators', async () => {
    const page = await world.open(DESKTOP);
    await world.signIn(page, ADVOCATE);
    await page.waitForURL(`${url}/`);
    expect(await page.getByRole('link', { name: 'Districts' }).count()).toBe(0);
    await page.goto(`${url}/settings/districts`);
    await page.getByRole('alert').filter({ hasText: 'For administrators' }).waitFor();
    expect(await page.getByTestId('district').count()).toBe(0);
    await page.context().close();
  });
});
