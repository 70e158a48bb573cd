import type { Page } from 'playwright-core';
import {
  caseloadLinks,
  ADVOCATE,
  check,
  ConsoleWorld,
  dayFromNow,
  VIEWPORTS as viewports,
} from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(240_000);

/** A YYYY-MM-DD day the way the console writes it ("Fri, Dec 4, 2026"). */
function shownDay(day: string, language = 'en-US'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri, Dec 4, 2026" back to 2026-12-04. */
function readDay(shown: string): string {
  const [, month, day, year] = /^\w{3}, (\w{3}) (\d+), (\d{4})$/.exec(shown)!;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(MONTHS.indexOf(month!) + 1)}-${pad(Number(day))}`;
}

describe('meetings in the advocate console', () => {
  const world = new ConsoleWorld();

  beforeAll(() => world.start(), 300_000);
  afterAll(() => world.stop());

  /** Signed in as the demo advocate, on the first case of the caseload. */
  async function openFirstCase(page: Page): Promise<void> {
    await world.signIn(page, ADVOCATE);
    await page.getByRole('region', { name: /^(Overdue|Vencidos)/ }).waitFor();
    await page.goto(`${world.url}/caseload`);
    await caseloadLinks(page).first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('region', { name: 'Meetings' }).waitFor();
  }

  it('schedules a meeting with people by name, opens it, and marks its written concerns sent', async () => {
    for (const viewport of viewports) {
      const page = await world.open(viewport);
      await openFirstCase(page);
      const caseUrl = page.url();
      const meetings = page.getByRole('region', { name: 'Meetings' });
      await meetings.getByRole('button', { name: 'Schedule a meeting' }).click();
      const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
      await dialog.waitFor();

      // Everything but the day: the form says so beside the day and keeps the rest.
      const place = `Room 114 (${viewport.name} ${Date.now()})`;
      await dialog.getByRole('combobox', { name: 'Kind of meeting' }).click();
      await page
        .getByRole('listbox')
        .getByRole('option', { name: 'IEP meeting', exact: true })
        .click();
      await dialog.getByLabel('Time').fill('14:30');
      await dialog.getByLabel('Where').fill(place);
      await dialog.getByRole('combobox', { name: 'Who attends' }).click();
      const staff = page.getByRole('listbox').getByRole('option').first();
      const staffLabel = (await staff.textContent()) ?? '';
      const staffName = staffLabel.split(' — ')[0]!.trim();
      expect(staffName).not.toBe('');
      await staff.click();
      await page.keyboard.press('Tab');
      await dialog.getByRole('button', { name: 'Add a person by name' }).click();
      await dialog.getByLabel('Person 1: name').fill('Dr. Lena Ortiz');
      await dialog.getByLabel('Person 1: role').fill('private therapist');
      await dialog.getByRole('button', { name: 'Schedule the meeting' }).click();
      const day = dialog.getByLabel('Day');
      await expect(day.getAttribute('aria-invalid')).resolves.toBe('true');
      const describedBy = (await day.getAttribute('aria-describedby')) ?? '';
      const error = page.locator(
        `[id="${describedBy.split(' ').find((id) => id.includes('error'))}"]`,
      );
      expect(await error.textContent()).toBe('Enter the day of the meeting.');
      expect(await dialog.getByLabel('Where').inputValue()).toBe(place);
      expect(await dialog.getByLabel('Person 1: name').inputValue()).toBe('Dr. Lena Ortiz');
      await check(page, 'schedule-meeting-error');

      // Ten days from now at 2:30 in the afternoon, the browser's (Texas) time.
      const meetingDay = dayFromNow(10);
      await day.fill(meetingDay);
      await page.keyboard.press('Tab');
      await dialog.getByRole('button', { name: 'Schedule the meeting' }).click();
      await dialog.waitFor({ state: 'detached' });

      // On the case page, it links to its own page.
      const item = meetings.getByRole('listitem').filter({ hasText: place });
      await item.waitFor();
      expect(await item.textContent()).toContain('IEP meeting');
      await item.getByRole('link').click();
      await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      const meetingUrl = page.url();
      await page.getByRole('heading', { level: 2, name: 'IEP meeting' }).waitFor();
      const details = page.getByRole('region', { name: 'When and where' });
      expect(await details.textContent()).toContain(place);
      expect(await details.textContent()).toMatch(/2:30\s?PM/);
      expect(await details.textContent()).toContain('Central');
      const attendees = page.getByRole('region', { name: 'Who attends' });
      const people = await attendees.getByRole('listitem').allTextContents();
      expect(people).toHaveLength(2);
      expect(people[0]).toContain(staffName);
      expect(people[1]).toBe('Dr. Lena Ortiz — private therapist');
      expect(await page.getByText('Upcoming', { exact: true }).count()).toBe(1);

      // The two written items, each due around the meeting, neither sent yet.
      const items = page.getByRole('region', { name: 'Written items' });
      const concerns = items.getByRole('article', { name: 'Written concerns, before the meeting' });
      const summary = items.getByRole('article', { name: 'Written summary, after the meeting' });
      for (const card of [concerns, summary]) {
        expect(await card.getByText(/^Due /).textContent()).toMatch(
          /^Due \w{3}, \w{3} \d+, \d{4}$/,
        );
        expect(await card.getByText('To send', { exact: true }).count()).toBe(1);
      }
      const concernsDue = (await concerns.getByText(/^Due /).textContent())!.slice(4);
      const summaryDue = (await summary.getByText(/^Due /).textContent())!.slice(4);
      // Concerns before the meeting's day, the summary after it.
      expect(readDay(concernsDue) < meetingDay).toBe(true);
      expect(readDay(summaryDue) > meetingDay).toBe(true);
      if (viewport.name === 'phone') {
        const widest = await page.locator('body').evaluate((body) => body.scrollWidth);
        expect(widest).toBeLessThanOrEqual(viewport.width);
      }
      // Under the pointer too: Mantine's light buttons lost contrast on hover (4.0:1).
      await page.getByRole('button', { name: 'Change details and attendees' }).hover();
      await check(page, 'meeting');

      // The concerns went out today: marked sent, and still so after a reload.
      await concerns.getByRole('button', { name: 'Mark as sent' }).click();
      const sent = page.getByRole('dialog');
      await sent.getByLabel('Sent on').waitFor();
      expect(await sent.getByLabel('Sent on').inputValue()).toBe(dayFromNow(0));
      await check(page, 'meeting-mark-sent');
      // Carried by a written request of the case (the first case has one sent).
      await sent.getByRole('combobox', { name: 'The written request that carried it' }).click();
      const carrier = page.getByRole('listbox').getByRole('option').first();
      const subject = ((await carrier.textContent()) ?? '').trim();
      expect(subject).not.toBe('');
      await carrier.click();
      await sent.getByRole('button', { name: 'Mark as sent' }).click();
      await sent.waitFor({ state: 'detached' });
      await page.reload();
      await concerns.getByText('Sent', { exact: true }).waitFor();
      expect(await concerns.getByText(`Sent ${shownDay(dayFromNow(0))} — ${subject}`).count()).toBe(
        1,
      );
      expect(await concerns.getByRole('button', { name: 'Not sent after all' }).count()).toBe(1);
      expect(await summary.getByText('To send', { exact: true }).count()).toBe(1);

      // Moved to 4 o'clock: read back from the page after a reload.
      await page.getByRole('button', { name: 'Move the meeting' }).click();
      const move = page.getByRole('dialog');
      expect(await move.getByLabel('Time').inputValue()).toBe('14:30');
      await move.getByLabel('Time').fill('16:00');
      await move.getByRole('button', { name: 'Move it' }).click();
      await move.waitFor({ state: 'detached' });
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'IEP meeting' }).waitFor();
      expect(await details.textContent()).toMatch(/4:00\s?PM/);

      // One more person by name; the form starts from what is on file, and a name left
      // empty is refused beside it with everything else kept.
      await page.getByRole('button', { name: 'Change details and attendees' }).click();
      const edit = page.getByRole('dialog', { name: "Change the meeting's details" });
      expect(await edit.getByLabel('Where').inputValue()).toBe(place);
      expect(await edit.getByLabel('Person 1: name').inputValue()).toBe('Dr. Lena Ortiz');
      await edit.getByText(staffLabel, { exact: true }).waitFor();
      await edit.getByRole('button', { name: 'Add a person by name' }).click();
      await edit.getByLabel('Person 2: role').fill('interpreter');
      await edit.getByRole('button', { name: 'Save the changes' }).click();
      const unnamed = edit.getByLabel('Person 2: name');
      await expect(unnamed.getAttribute('aria-invalid')).resolves.toBe('true');
      await edit.getByText("Enter this person's name, or remove the row.").waitFor();
      expect(await edit.getByLabel('Person 2: role').inputValue()).toBe('interpreter');
      await check(page, 'meeting-edit-error');
      await unnamed.fill('Ana Ruiz');
      await edit.getByRole('button', { name: 'Save the changes' }).click();
      await edit.waitFor({ state: 'detached' });
      await page.reload();
      await attendees.getByRole('listitem').nth(2).waitFor();
      expect(await attendees.getByRole('listitem').allTextContents()).toEqual([
        people[0],
        'Dr. Lena Ortiz — private therapist',
        'Ana Ruiz — interpreter',
      ]);

      // The same pages in Spanish.
      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByLabel('Language').selectOption('es');
      await page.getByRole('region', { name: 'Escritos' }).waitFor();
      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Menú' }).click();
      expect(
        await page
          .getByRole('article', { name: 'Inquietudes por escrito, antes de la reunión' })
          .getByText('Enviado', { exact: true })
          .count(),
      ).toBe(1);
      // Its documents' words too, loaded with the meeting page (not only the case page's).
      expect(await page.getByText('Todavía no hay documentos aquí.').count()).toBe(1);
      await check(page, 'meeting');
      await page.goto(caseUrl);
      const reuniones = page.getByRole('region', { name: 'Reuniones' });
      await reuniones.getByRole('button', { name: 'Programar una reunión' }).click();
      const programar = page.getByRole('dialog', { name: 'Programar una reunión' });
      await programar.getByRole('button', { name: 'Programar la reunión' }).click();
      await programar.getByText('Indique el día de la reunión.').waitFor();
      await check(page, 'schedule-meeting-error');
      await page.context().close();

      // Cancelled (once is enough): it says so, and leaves the case's list.
      if (viewport.name === 'desktop') {
        const again = await world.open(viewport);
        await world.signIn(again, ADVOCATE);
        await again.getByRole('region', { name: /^Overdue/ }).waitFor();
        await again.goto(meetingUrl);
        await again.getByRole('button', { name: 'Cancel the meeting' }).click();
        const confirm = again.getByRole('dialog', { name: 'Cancel this meeting?' });
        await confirm.getByRole('button', { name: 'Cancel the meeting' }).click();
        await confirm.waitFor({ state: 'detached' });
        await again.getByText('Cancelled', { exact: true }).waitFor();
        expect(await again.getByRole('button', { name: 'Restore the meeting' }).count()).toBe(1);
        expect(await again.getByRole('button', { name: 'Mark as sent' }).count()).toBe(0);
        await again.goto(caseUrl);
        await again.getByRole('region', { name: 'Meetings' }).waitFor();
        await again.getByRole('button', { name: 'Schedule a meeting' }).waitFor();
        expect(await again.getByText(place).count()).toBe(0);
        await again.context().close();
      }
    }
  });

  it("shows 'not found' for another organization's meeting id in the address", async () => {
    const cases = [
      {
        viewport: viewports[0],
        locale: 'en-US',
        text: 'This meeting was not found in your organization.',
      },
      {
        viewport: viewports[1],
        locale: 'es-US',
        text: 'Esta reunión no se encontró en su organización.',
      },
    ];
    for (const { viewport, locale, text } of cases) {
      const page = await world.open(viewport, locale);
      await world.signIn(page, ADVOCATE);
      await page.getByRole('region', { name: /^(Overdue|Vencidos)/ }).waitFor();
      await page.goto(`${world.url}/meetings/${world.otherOrganizationMeetingId}`);
      await page.getByText(text).waitFor();
      expect(await page.content()).not.toContain('Bravo-private');
      await check(page, 'meeting-not-found');
      await page.context().close();
    }
  });
});
