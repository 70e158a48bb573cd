import type { Locator, Page } from 'playwright-core';
import {
  caseloadLinks,
  ADVOCATE,
  check,
  ConsoleWorld,
  dayFromNow,
  VIEWPORTS as viewports,
} from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

/** The day cards of the week shown, Monday to Friday (named by their date). */
const dayCards = (page: Page, weekdays: RegExp) => page.getByRole('region', { name: weekdays });
const EN_DAYS = /^(Mon|Tue|Wed|Thu|Fri), /;

/** Whether `card`'s status radio named `status` is the one chosen. */
const chosen = (card: Locator, status: string) =>
  card.getByRole('radio', { name: status, exact: true }).isChecked();

describe("a student's attendance in the advocate console", () => {
  const world = new ConsoleWorld();
  let url: string;
  /** The attendance page of the first case's student, at the week the first test filled in. */
  let weekUrl = '';
  /** "Mon, Nov 16, 2026": that week's Monday as the English page writes it. */
  let monday = '';

  beforeAll(async () => {
    await world.start();
    url = world.url;
  }, 300_000);

  afterAll(() => world.stop());

  it('fills in a week from a phone call, shows a mistake beside its field, saves and reads it back', async () => {
    const page = await world.open();
    await world.signIn(page, ADVOCATE);
    await page.getByRole('region', { name: /^Overdue/ }).waitFor();
    await page.getByRole('link', { name: 'Caseload' }).click();
    await caseloadLinks(page).first().click();
    await page.getByRole('heading', { level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Attendance', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Attendance: / }).waitFor();
    expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}\/students\/[0-9a-f-]{36}\/attendance$/);

    // This week is the default; go back to a week whose five days were all school days (the
    // demo's calendar has breaks; today's week may still have days ahead).
    const heading = page.getByRole('heading', { name: /^Week of / });
    const thisWeek = (await heading.textContent()) ?? '';
    expect(thisWeek).not.toBe('');
    expect(await page.getByRole('button', { name: 'Next week' }).isDisabled()).toBe(true);
    for (let tries = 0; tries < 8; tries++) {
      const before = await heading.textContent();
      await page.getByRole('button', { name: 'Previous week' }).click();
      await page
        .getByRole('heading', { name: before ?? '', exact: true })
        .waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      await dayCards(page, EN_DAYS).first().waitFor();
      if ((await page.getByText(/^No school: /).count()) === 0) break;
    }
    expect(await page.getByText(/^No school: /).count()).toBe(0);
    monday = ((await heading.textContent()) ?? '').replace(/^Week of /, '');
    weekUrl = page.url();
    expect(weekUrl).toMatch(/\?week=\d{4}-\d{2}-\d{2}$/);

    const days = dayCards(page, EN_DAYS);
    expect(await days.count()).toBe(5);
    const [mon, tue, wed, thu, fri] = [0, 1, 2, 3, 4].map((i) => days.nth(i)) as [
      Locator,
      Locator,
      Locator,
      Locator,
      Locator,
    ];
    // "She went every day, except…": every day not entered becomes a full day in one click.
    for (const day of [mon, tue, wed, thu, fri])
      await day.getByRole('radio', { name: 'Not entered' }).check();
    const fill = page.getByRole('button', { name: 'Full day for the days not entered' });
    await fill.click();
    for (const day of [mon, tue, wed, thu, fri]) expect(await chosen(day, 'Full day')).toBe(true);
    expect(await fill.isDisabled()).toBe(true);
    await tue.getByRole('radio', { name: 'Late arrival' }).check();
    await tue.getByLabel('Arrival time').fill('08:50');
    if ((await tue.getByText('Morning transition').count()) === 0) {
      await tue.getByLabel('Triggers or barriers').click();
      await page.getByRole('listbox').getByRole('option', { name: 'Morning transition' }).click();
      await page.keyboard.press('Escape');
    }
    await tue.getByText('Morning transition').waitFor();
    // Part of the day, with neither the periods missed nor an arrival time: the api refuses.
    await wed.getByRole('radio', { name: 'Part of the day' }).check();
    await wed.getByLabel('Arrival time').fill('');
    for (const box of await wed.getByRole('checkbox').all()) await box.uncheck();
    await thu.getByRole('radio', { name: 'Absent' }).check();

    await page.getByRole('button', { name: 'Save the week' }).click();
    await page.getByRole('alert').filter({ hasText: 'The week was not saved' }).waitFor();
    // Beside the periods of that day, in the words of the api.
    const periods = wed.getByRole('group', { name: 'Periods missed' });
    await wed.getByText('a PARTIAL day needs the periods missed or the arrival time').waitFor();
    expect(await periods.count()).toBe(1);
    // Nothing typed is lost.
    expect(await tue.getByLabel('Arrival time').inputValue()).toBe('08:50');
    expect(await chosen(thu, 'Absent')).toBe(true);
    await check(page, 'attendance-field-error');

    // Changing week with edits not saved asks first; staying keeps them.
    await page.getByRole('button', { name: 'Previous week' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave this week without saving?' });
    await leave.waitFor();
    // Checked once it has faded in (half-faded text is too faint for axe, rightly).
    await page.waitForFunction(
      "(() => { const d = document.querySelector('[role=dialog]'); return !!d && getComputedStyle(d).opacity === '1'; })()",
    );
    await check(page, 'attendance-unsaved');
    await leave.getByRole('button', { name: 'Stay on this week' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: `Week of ${monday}` }).count()).toBe(1);
    expect(await tue.getByLabel('Arrival time').inputValue()).toBe('08:50');

    await wed.getByRole('checkbox', { name: 'Period 1', exact: true }).check();
    await wed.getByRole('checkbox', { name: 'Period 2', exact: true }).check();
    // The problem goes once its field is changed.
    expect(
      await wed.getByText('a PARTIAL day needs the periods missed or the arrival time').count(),
    ).toBe(0);
    await page.getByRole('button', { name: 'Save the week' }).click();
    await page.getByRole('status').filter({ hasText: 'The week is saved.' }).waitFor();

    // Read back from the api after a reload.
    await page.reload();
    await page.getByRole('heading', { name: `Week of ${monday}` }).waitFor();
    await days.first().waitFor();
    expect(await chosen(mon, 'Full day')).toBe(true);
    expect(await chosen(tue, 'Late arrival')).toBe(true);
    expect(await tue.getByLabel('Arrival time').inputValue()).toBe('08:50');
    await tue.getByText('Morning transition').waitFor();
    expect(await chosen(wed, 'Part of the day')).toBe(true);
    expect(await wed.getByRole('checkbox', { name: 'Period 1', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await wed.getByRole('checkbox', { name: 'Period 2', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await wed.getByRole('checkbox', { name: 'Period 3', exact: true }).isChecked()).toBe(
      false,
    );
    expect(await chosen(thu, 'Absent')).toBe(true);
    expect(await chosen(fri, 'Full day')).toBe(true);

    // The pattern: that week is (1 + 1 + 5/7 + 0 + 1) / 5 = 74% of 5 days, by the api's rule
    // (7 periods a day), in the table a screen reader reads and drawn as bars.
    const byWeek = page.getByRole('table', { name: 'Attendance by week' });
    const row = byWeek.getByRole('row').filter({ hasText: monday });
    expect(((await row.textContent()) ?? '').replace(monday, '')).toBe('74%5');
    const byTrigger = page.getByRole('table', { name: 'Triggers and barriers' });
    expect(await byTrigger.getByRole('row').filter({ hasText: 'Morning transition' }).count()).toBe(
      1,
    );
    const figure = page.getByRole('figure', { name: 'Attendance by week' });
    expect(await figure.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await figure.locator('svg text').allTextContents()).toEqual(
      expect.arrayContaining(['Week of', 'Attendance (%)']),
    );
    await check(page, 'attendance');
    await page.context().close();
  });

  it('reads in Spanish and on a phone without scrolling sideways', async () => {
    expect(weekUrl).not.toBe('');
    for (const viewport of viewports) {
      for (const locale of ['es-US', 'en-US']) {
        const page = await world.open(viewport, locale);
        await world.signIn(page, ADVOCATE);
        await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
        await page.goto(weekUrl);
        const spanish = locale === 'es-US';
        await page
          .getByRole('heading', { level: 2, name: spanish ? /^Asistencia: / : /^Attendance: / })
          .waitFor();
        const table = page.getByRole('table', {
          name: spanish ? 'Asistencia por semana' : 'Attendance by week',
        });
        await table.waitFor({ state: 'attached' });
        // The week filled in above, as this language writes a percentage.
        expect(await table.getByRole('cell', { name: /^74\s?%$/ }).count()).toBe(1);
        const late = page.getByRole('radio', {
          name: spanish ? 'Llegó tarde' : 'Late arrival',
          checked: true,
        });
        expect(await late.count()).toBe(1);
        if (spanish) {
          await page.getByRole('figure', { name: 'Antes y después de cada apoyo' }).waitFor();
          await page.getByRole('button', { name: 'Guardar la semana' }).waitFor();
        }
        const widest = await page.locator('body').evaluate((body) => body.scrollWidth);
        expect(widest).toBeLessThanOrEqual(viewport.width);
        await check(page, 'attendance-look');
        await page.context().close();
      }
    }
  });

  it('charts attendance before and after a support, and offers the support on the days it was in place', async () => {
    for (const [viewport, locale] of [
      [viewports[0], 'en-US'],
      [viewports[1], 'es-US'],
    ] as const) {
      const spanish = locale === 'es-US';
      const page = await world.open(viewport, locale);
      await world.signIn(page, ADVOCATE);
      await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
      await page.goto(`${url}/caseload`);
      // The demo's Navarro family: a counselor's check-in on arrival started mid-term.
      await page.getByRole('link', { name: 'Navarro household' }).click();
      await page
        .getByRole('link', { name: spanish ? 'Asistencia' : 'Attendance', exact: true })
        .click();
      const support = 'Check-in with counselor on arrival';
      const table = page.getByRole('table', {
        name: spanish ? 'Antes y después de cada apoyo' : 'Before and after each support',
      });
      await table.waitFor({ state: 'attached' });
      const cells = await table
        .getByRole('row')
        .filter({ hasText: support })
        .getByRole('cell')
        .allTextContents();
      // Its name, the rate before and after it started (each over some days), and the change.
      expect(cells[0]).toBe(support);
      const rate = spanish ? /^\d+\s?% de \d+ días?$/ : /^\d+% of \d+ days?$/;
      expect(cells[1]).toMatch(rate);
      expect(cells[2]).toMatch(rate);
      expect(cells[3]).toMatch(spanish ? /^-?\d+ puntos?$/ : /^-?\d+ points?$/);
      // The drawing has a bar before and after it, with a legend.
      const figure = page.getByRole('figure', {
        name: spanish ? 'Antes y después de cada apoyo' : 'Before and after each support',
      });
      expect(await figure.locator('.recharts-bar-rectangle').count()).toBe(2);
      await figure
        .locator('div[aria-hidden="true"]')
        .getByText(spanish ? 'Después' : 'After', { exact: true })
        .waitFor();
      // This week's Monday (never in the future) can say the support was in place.
      const monday = dayCards(page, spanish ? /^lun, / : /^Mon, /);
      await monday.getByRole('radio', { name: spanish ? 'Todo el día' : 'Full day' }).check();
      await monday.getByLabel(spanish ? 'Apoyos vigentes' : 'Supports in place').click();
      await page.getByRole('listbox').getByRole('option', { name: support }).waitFor();
      await page.keyboard.press('Escape');
      const widest = await page.locator('body').evaluate((body) => body.scrollWidth);
      expect(widest).toBeLessThanOrEqual(viewport.width);
      await check(page, 'attendance-supports');
      await page.context().close();
    }
  });

  it('adds a support the school put in place, and ends it', async () => {
    const page = await world.open();
    await world.signIn(page, ADVOCATE);
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await page.goto(`${url}/caseload?q=Reyes`);
    await page.getByRole('link', { name: 'Reyes household' }).click();
    await page.getByRole('link', { name: 'Attendance', exact: true }).click();
    const section = page.getByRole('region', { name: 'Supports' });
    await section.getByRole('button', { name: 'Add a support' }).click();
    const form = section.getByRole('form', { name: 'Add a support' });
    // Nothing said: refused beside the field, before anything is sent.
    await form.getByRole('button', { name: 'Add the support' }).click();
    const name = form.getByLabel('What it is');
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByText('Say what the support is.').waitFor();
    await check(page, 'attendance-support-error');
    const support = `Late start ${Date.now()}`;
    await name.fill(support);
    await form.getByLabel('Started on').fill(dayFromNow(-3));
    await form.getByRole('button', { name: 'Add the support' }).click();
    const item = section.getByRole('listitem').filter({ hasText: support });
    await item.getByText(/^in place since /).waitFor();
    // Kept after a reload, and ended today.
    await page.reload();
    const end = item.getByRole('button', { name: `Ended today: ${support}` });
    await end.click();
    await item.getByText(/^from .* to /).waitFor();
    // Gone once the page has drawn the ended support (on a loaded machine, a frame later).
    await end.waitFor({ state: 'detached' });
    expect(await item.getByRole('button').count()).toBe(0);
    await page.context().close();
  });

  it("shows 'not found' for another organization's case or student in the address", async () => {
    expect(weekUrl).not.toBe('');
    const [, caseId, studentId] = /\/cases\/([^/]+)\/students\/([^/?]+)\//.exec(weekUrl) ?? [];
    const page = await world.open();
    await world.signIn(page, ADVOCATE);
    await page.getByRole('region', { name: /^Overdue/ }).waitFor();
    for (const address of [
      `/cases/${world.otherOrganizationCaseId}/students/${studentId}/attendance`,
      `/cases/${caseId}/students/${world.otherOrganizationStudentId}/attendance`,
      `/cases/${world.otherOrganizationCaseId}/students/${world.otherOrganizationStudentId}/attendance`,
    ]) {
      await page.goto(`${url}${address}`);
      await page
        .getByText("This student's attendance was not found in your organization.")
        .waitFor();
      expect(await page.getByRole('button', { name: 'Save the week' }).count()).toBe(0);
      expect(await page.content()).not.toContain('Bravo-private');
    }
    await check(page, 'attendance-not-found');
    await page.context().close();
  });
});
