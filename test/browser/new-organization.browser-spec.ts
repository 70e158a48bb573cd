import type { Locator, Page } from 'playwright-core';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { check, ConsoleWorld, dayFromNow, VIEWPORTS } from './console-kit';

// One long journey through the console on a shared 2-core machine: a generous limit.
jest.setTimeout(300_000);

const [DESKTOP, PHONE] = VIEWPORTS;
const PASSWORD = 'a paper trail for every family';
const ADMIN = 'ines.ruiz@riverbend-advocacy.example';
const ADVOCATE = 'theo.park@riverbend-advocacy.example';
const DISTRICT = 'Riverbend ISD';
const SCHOOL = 'Cedar Creek Middle School';
const PRINCIPAL = 'Maria Flores';

/** YYYYMMDD, as an iCalendar all-day date. */
const icsDay = (day: string) => day.replaceAll('-', '');
/** The day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The district's calendar for the school year today is in (July to June), as a district
 * publishes it: first and last day, and the days without school (a break is one event).
 */
function schoolCalendar(today: string) {
  const year = Number(today.slice(0, 4));
  const start = Number(today.slice(5, 7)) >= 7 ? year : year - 1;
  const first = `${start}-08-17`;
  const last = `${start + 1}-06-25`;
  const closures: Array<[string, string, string]> = [
    ['Labor Day', `${start}-09-07`, `${start}-09-07`],
    ['Thanksgiving break', `${start}-11-23`, `${start}-11-27`],
    ['Winter break', `${start}-12-21`, `${start + 1}-01-01`],
    ['Spring break', `${start + 1}-03-15`, `${start + 1}-03-19`],
  ];
  const event = (uid: string, summary: string, category: string, from: string, to: string) =>
    [
      'BEGIN:VEVENT',
      `UID:${uid}@riverbend.example`,
      'DTSTAMP:20260601T000000Z',
      `DTSTART;VALUE=DATE:${icsDay(from)}`,
      `DTEND;VALUE=DATE:${icsDay(nextDay(to))}`,
      `SUMMARY:${summary}`,
      `CATEGORIES:${category}`,
      'END:VEVENT',
    ].join('\r\n');
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Riverbend ISD//Calendar//EN',
    event('first', 'First day of school', 'FIRST_INSTRUCTIONAL_DAY', first, first),
    ...closures.map(([name, from, to], i) => event(`closed-${i}`, name, 'NO_SCHOOL', from, to)),
    event('last', 'Last day of school', 'LAST_INSTRUCTIONAL_DAY', last, last),
    'END:VCALENDAR',
  ].join('\r\n');
  const closed = (day: string) => closures.some(([, from, to]) => from <= day && day <= to);
  /** A day the district's students are in school. */
  const schoolDay = (day: string) => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return day >= first && day <= last && weekday !== 0 && weekday !== 6 && !closed(day);
  };
  return { ics, label: `${start}-${String((start + 1) % 100).padStart(2, '0')}`, schoolDay };
}

/** The nth school day after `day` (the day itself not counted), by the calendar. */
function schoolDaysAfter(day: string, n: number, schoolDay: (day: string) => boolean): string {
  let counted = 0;
  let current = day;
  while (counted < n) {
    current = nextDay(current);
    if (schoolDay(current)) counted++;
  }
  return current;
}

/** A day as the console writes it in English: "Fri, Jan 8, 2027". */
const written = (day: string) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/** Chooses `option` in the Mantine Select `select`. */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

/**
 * The acceptance, in a browser: a new organization signs up and, following its
 * getting-started checklist, invites an advocate who joins from the email, adds a district
 * whose calendar is imported from an .ics file and reviewed, a school with a contact and an
 * escalation chain, and its follow-up policy; then it opens its first case and sends its
 * first request, whose deadline is the one the district's calendar gives (15 school days in
 * Texas for an evaluation), not a provisional one.
 */
describe('a new organization, from sign-up to its first sent request', () => {
  const world = new ConsoleWorld();
  const sink = new SmtpSink();

  beforeAll(async () => {
    await sink.start();
    await world.start({ SMTP_URL: sink.url }, { demo: false });
  }, 300_000);

  afterAll(async () => {
    await world.stop();
    await sink.stop();
  });

  /** The link in the newest email to `to` that has `path`. */
  async function linkMailedTo(to: string, path: string, since: number): Promise<string> {
    const mail = await sink.waitForMatch(
      (m) => m.envelopeTo.includes(to) && (m.parsed.text ?? '').includes(path),
      since,
    );
    const pattern = new RegExp(`https?://\\S+${path.replace(/[/?]/g, '\\$&')}\\S+`);
    return pattern.exec(mail.parsed.text ?? '')![0];
  }

  /** The checklist's line "N of 6 steps done", once it says `done`. */
  async function progressIs(page: Page, done: number): Promise<void> {
    await page.goto(`${world.url}/settings/start`);
    await page
      .getByTestId('progress')
      .filter({ hasText: `${done} of 6 steps done` })
      .waitFor();
  }

  /** The checklist's step `title`, its button followed. */
  async function followStep(page: Page, title: string, button: string): Promise<void> {
    await page.goto(`${world.url}/settings/start`);
    const step = page.getByRole('region', { name: title });
    await step.getByRole('link', { name: button }).click();
  }

  it('sets itself up in the browser and sends a request with the deadline the calendar gives', async () => {
    const page = await world.open(DESKTOP);

    // Sign up: the organization and its first admin, confirmed from the email.
    await page.goto(`${world.url}/sign-up`);
    await page.getByLabel('Your name').fill('Inés Ruiz');
    await page.getByLabel('Email').fill(ADMIN);
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.getByLabel('Organization name').fill('Riverbend Family Advocacy');
    await page.getByRole('combobox', { name: 'Home state' }).fill('TX');
    await page.getByRole('option', { name: 'TX' }).click();
    let since = sink.received.length;
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.goto(await linkMailedTo(ADMIN, '/sign-up/confirm?token=', since));
    await page.getByRole('heading', { level: 2, name: 'Getting started' }).waitFor();
    await page.getByTestId('progress').filter({ hasText: '0 of 6 steps done' }).waitFor();

    // 1. The team: an advocate invited, who joins from the email on a phone.
    await followStep(page, 'Invite your team', 'Members');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(ADVOCATE);
    await choose(page, page.getByRole('combobox', { name: 'Role', exact: true }), 'Advocate');
    since = sink.received.length;
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const invitation = await linkMailedTo(ADVOCATE, '/invitations/accept?token=', since);
    const phone = await world.open(PHONE);
    await phone.goto(invitation);
    await phone.getByRole('heading', { name: 'Join your organization' }).waitFor();
    await phone.getByLabel('Your name').fill('Theo Park');
    await phone.getByRole('textbox', { name: 'Password' }).fill('a long enough passphrase 42');
    await phone.getByRole('button', { name: 'Join' }).click();
    await phone.getByRole('region', { name: /^Overdue/ }).waitFor();
    await phone.context().close();
    await progressIs(page, 1);

    // 2 and 3. The district, and its calendar imported from .ics and reviewed before saving.
    const today = dayFromNow(0);
    const calendar = schoolCalendar(today);
    await followStep(page, 'Add the districts you work with', 'Districts');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(DISTRICT);
    await choose(page, page.getByRole('combobox', { name: 'State', exact: true }), 'TX');
    await choose(
      page,
      page.getByRole('combobox', { name: 'Time zone', exact: true }),
      'Chicago (America)',
    );
    await page.getByRole('button', { name: 'Add district' }).click();
    await page.getByTestId('district').filter({ hasText: DISTRICT }).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: DISTRICT }).waitFor();

    // Until its calendar is added, the checklist names the district, in Spanish on a phone too.
    const spanish = await world.open(PHONE, 'es-US');
    await spanish.goto(`${world.url}/sign-in?next=/settings/start`);
    await spanish.getByLabel(/correo/i).fill(ADMIN);
    await spanish.locator('input[type=password]').fill(PASSWORD);
    await spanish.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await spanish
      .getByRole('region', { name: 'Agregue sus calendarios escolares' })
      .getByRole('link', {
        name: `${DISTRICT} no tiene calendario escolar para ${calendar.label}.`,
      })
      .waitFor();
    await check(spanish, 'new-organization-calendar-missing');
    await spanish.context().close();
    await page.locator('input[type=file]').setInputFiles({
      name: 'riverbend.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(calendar.ics),
    });
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const review = page.getByTestId('import-review');
    await review
      .getByRole('heading', { name: `Review before saving: ${calendar.label}` })
      .waitFor();
    expect(await review.getByTestId('review-closures').innerText()).toContain('Winter break');
    await review.getByRole('button', { name: 'Save this calendar' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The ${calendar.label} school calendar was saved` })
      .waitFor();
    await progressIs(page, 3);

    // 4 and 5. A school of the district, its principal, and its escalation chain.
    await followStep(page, 'Add their schools', 'Schools');
    const addSchool = page.locator('section', {
      has: page.getByRole('heading', { name: 'Add a school' }),
    });
    await choose(page, addSchool.getByRole('combobox', { name: 'District' }), DISTRICT);
    await addSchool.getByRole('textbox', { name: 'School name' }).fill(SCHOOL);
    await addSchool.getByRole('button', { name: 'Add the school' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${SCHOOL} was added.` })
      .waitFor();
    await page.getByRole('link', { name: 'Add its contacts and escalation chain' }).click();
    await page.getByRole('heading', { level: 2, name: SCHOOL }).waitFor();
    await page.getByRole('button', { name: 'Add a contact', exact: true }).click();
    const contact = page.getByRole('dialog', { name: 'Add a contact' });
    await contact.getByRole('textbox', { name: 'Name' }).fill(PRINCIPAL);
    await choose(page, contact.getByRole('combobox', { name: 'Role' }), 'Principal');
    await contact.getByRole('textbox', { name: 'Email' }).fill('m.flores@riverbend.example');
    await contact.getByRole('button', { name: 'Add the contact' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${PRINCIPAL} was saved.` })
      .waitFor();
    await choose(page, page.getByRole('combobox', { name: 'Add someone to the chain' }), PRINCIPAL);
    await page.getByRole('button', { name: 'Add to the chain' }).click();
    await page.getByRole('button', { name: 'Save the chain' }).click();
    await page.getByRole('status').filter({ hasText: 'The escalation chain was saved.' }).waitFor();
    await progressIs(page, 5);

    // 6. The follow-up policy, looked at and saved as the organization's own.
    await followStep(page, 'Set your follow-up policy', 'Follow-up policy');
    await page.getByRole('heading', { level: 2, name: 'Follow-up policy' }).waitFor();
    await page.getByRole('button', { name: 'Save the policy' }).click();
    await page.getByRole('status').filter({ hasText: 'The policy is saved' }).waitFor();
    await progressIs(page, 6);
    await check(page, 'new-organization-set-up');

    // The first case: a new family, its guardian and student at the new school.
    await page.getByRole('link', { name: 'Open a case' }).click();
    await page.getByRole('heading', { level: 2, name: 'New case' }).waitFor();
    await page.getByRole('textbox', { name: 'Household name' }).fill('Alvarez household');
    await page.getByRole('textbox', { name: "Guardian's name" }).fill('Rosa Alvarez');
    await page.getByRole('combobox', { name: 'Relationship to the student' }).fill('Mother');
    await page.getByRole('textbox', { name: 'Email' }).fill('rosa.alvarez@example.org');
    await page.getByRole('textbox', { name: "Student's name" }).fill('Mateo Alvarez');
    await choose(page, page.getByRole('combobox', { name: 'School' }), `${SCHOOL} (${DISTRICT})`);
    await page.getByRole('textbox', { name: 'Case title' }).fill('Has not attended since October');
    await page.getByRole('checkbox', { name: 'School refusal' }).check();
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 2, name: 'Alvarez household' }).waitFor();

    // The first request: an evaluation, written from the organization's letter, sent today.
    await page.getByRole('link', { name: 'New request' }).click();
    await page.getByRole('heading', { name: /^New request for / }).waitFor();
    await choose(page, page.getByRole('combobox', { name: 'What is asked' }), 'Evaluation');
    await choose(
      page,
      page.getByRole('combobox', { name: 'What starts the clock' }),
      'The school received the written request',
    );
    await page.getByRole('combobox', { name: 'Send to' }).click();
    await page
      .getByRole('listbox')
      .getByRole('option', { name: new RegExp(PRINCIPAL) })
      .click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Why it is asked').fill('Mateo has missed 31 days since October.');
    await page.getByRole('button', { name: 'Write the letter' }).click();
    const letter = page.getByRole('region', { name: 'The letter' });
    await letter.getByText(/the answer is due/).waitFor();
    const subject = 'Request for a full individual and initial evaluation';
    await letter.getByLabel('Subject').fill(subject);
    await letter.getByRole('button', { name: 'Save as a draft' }).click();
    const row = page
      .getByRole('region', { name: 'Written requests' })
      .getByRole('row')
      .filter({ hasText: subject });
    await row.getByRole('button', { name: 'Record as sent' }).click();
    const sent = page.getByRole('dialog');
    await sent.getByRole('button', { name: 'Record as sent' }).click();
    await sent.waitFor({ state: 'detached' });
    await row.getByText('Sent, awaiting answer').waitFor();

    // 15 school days after the day the school received it, by the district's calendar: the
    // law's deadline, not a provisional one.
    const due = schoolDaysAfter(today, 15, calendar.schoolDay);
    await row.getByText(written(due)).waitFor();
    expect((await row.innerText()).toLowerCase()).not.toContain('provisional');
    await check(page, 'new-organization-first-request');
    await page.context().close();
  });
});
