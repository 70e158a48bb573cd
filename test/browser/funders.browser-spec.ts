import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  joinAs,
  signUpAdmin,
  TEST_PASSWORD,
  type TestAuth,
} from '@onrecord/platform/testing';
import {
  EXPECTED_CASE_SERVICE,
  EXPECTED_OUTREACH,
  EXPECTED_PARENT_CENTER,
  EXPECTED_SURVEY,
  FUNDER_RANGE,
  seedFunderFixture,
  type FunderFixture,
} from '@onrecord/reports/testing';
import { check, ConsoleWorld, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
const SCREENSHOTS = process.env['SCREENSHOTS_DIR'];
const ADMIN = 'funders-browser';
const ANALYST = 'funders-analyst';
const COMMENT = 'Nos ayudaron mucho con la escuela.';
const AT_RANGE = `range=custom&from=${FUNDER_RANGE.from}&to=${FUNDER_RANGE.to}`;

/** The words the page shows for the fixture's figures, in each language. */
const WORDS = {
  en: {
    parentsServed: 'Parents served',
    childrenServed: 'Children served',
    contacts: 'Contacts',
    informationAndReferral: 'Information and referral',
    casesClosed: 'Cases closed',
    openAtEnd: 'Open at the end',
    medianDaysOpen: 'Median days open',
    median: '150 days',
    surveysSent: 'Surveys sent',
    answered: 'Answered',
    responseRate: 'Response rate',
    meetings: 'Meetings attended',
    meetingKinds: {
      IEP: 'IEP meeting',
      FACILITATED_IEP: 'Facilitated IEP meeting',
      DUE_PROCESS_HEARING: 'Due process hearing',
    },
    languages: "Parents' primary languages",
    languageRows: [
      ['Spanish', '2'],
      ['Declined to say', '1'],
      ['English', '1'],
      ['Vietnamese', '1'],
    ],
    disability: 'Children by disability category',
    disabilityRows: [
      ['Autism', '1'],
      ['Not recorded', '1'],
      ['Specific learning disability', '1'],
    ],
    race: 'Children by race or ethnicity',
    raceRows: [
      ['Asian', '1'],
      ['Hispanic or Latino', '1'],
      ['Not recorded', '1'],
    ],
    topics: 'Contacts by topic',
    firstTopic: ['Information and referral', '3'],
    question: EXPECTED_SURVEY.questions[0]!.textEn,
    commentLanguage: '(In Spanish)',
    closings: [
      ['Agency decision (hearing or state complaint)', '0', '0', '1', '1'],
      ['Negotiated settlement without litigation', '0', '1', '0', '1'],
      ['Not recorded', '1', '0', '0', '1'],
    ],
    outcomes: ['Closing reason', 'Family withdrew', 'Returned full-time', 'Services granted'],
    nav: ['Outcomes', 'Funder reports'],
    menu: 'Menu',
  },
  es: {
    parentsServed: 'Padres atendidos',
    childrenServed: 'Niños atendidos',
    contacts: 'Contactos',
    informationAndReferral: 'Información y referidos',
    casesClosed: 'Casos cerrados',
    openAtEnd: 'Abiertos al final',
    medianDaysOpen: 'Mediana de días abiertos',
    median: '150 días',
    surveysSent: 'Encuestas enviadas',
    answered: 'Respondidas',
    responseRate: 'Tasa de respuesta',
    meetings: 'Reuniones a las que se asistió',
    meetingKinds: {
      IEP: 'Reunión del IEP',
      FACILITATED_IEP: 'Reunión del IEP con facilitador',
      DUE_PROCESS_HEARING: 'Audiencia de debido proceso',
    },
    languages: 'Idioma principal de los padres',
    languageRows: [
      ['Español', '2'],
      ['Prefirió no decirlo', '1'],
      ['Inglés', '1'],
      ['Vietnamita', '1'],
    ],
    disability: 'Niños por categoría de discapacidad',
    disabilityRows: [
      ['Autismo', '1'],
      ['Sin registrar', '1'],
      ['Discapacidad específica del aprendizaje', '1'],
    ],
    race: 'Niños por raza u origen étnico',
    raceRows: [
      ['Asiático', '1'],
      ['Hispano o latino', '1'],
      ['Sin registrar', '1'],
    ],
    topics: 'Contactos por tema',
    firstTopic: ['Información y referidos', '3'],
    question: 'Conozco mejor los derechos de mi hijo.',
    commentLanguage: '(En español)',
    closings: [
      ['Decisión de la agencia (audiencia o queja estatal)', '0', '0', '1', '1'],
      ['Acuerdo negociado sin litigio', '0', '1', '0', '1'],
      ['Sin registrar', '1', '0', '0', '1'],
    ],
    outcomes: [
      'Motivo de cierre',
      'La familia desistió',
      'Regresó a tiempo completo',
      'Servicios concedidos',
    ],
    nav: ['Resultados', 'Informes para financiadores'],
    menu: 'Menú',
  },
};
type Words = (typeof WORDS)['en'];

/** The big number of one headline figure, as the page shows it. */
const figure = (page: Page, label: string) =>
  page.getByRole('group', { name: label, exact: true }).locator('[data-figure]');

/** The cells' texts of a table's body rows (each row's heading cell first). */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) =>
      (await row.locator('th, td').allTextContents()).map((text) =>
        text.replace(/\s+/g, ' ').trim(),
      ),
    ),
  );
}

/** How far the page runs past the window's right edge (0: nothing to scroll sideways). */
const OVERFLOW = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';

/** A breakdown's table, by its card's title. */
const breakdown = (page: Page, title: string) =>
  page.getByRole('region', { name: title, exact: true }).locator('table');

async function signIn(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel(/email|correo/i).fill(`${label}@example.org`);
  await page.locator('input[type=password]').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: /^(sign in|iniciar sesión)$/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

/** Every figure of both reports on the page equals the fixture's, counted by hand. */
async function expectFixtureFigures(page: Page, words: Words): Promise<void> {
  const pc = EXPECTED_PARENT_CENTER;
  await figure(page, words.casesClosed).waitFor();
  await figure(page, words.parentsServed).waitFor();
  expect(await figure(page, words.parentsServed).textContent()).toBe(String(pc.parentsServed));
  expect(await figure(page, words.childrenServed).textContent()).toBe(String(pc.childrenServed));
  expect(await figure(page, words.contacts).textContent()).toBe(String(pc.contacts));
  expect(await figure(page, words.informationAndReferral).textContent()).toBe(
    String(pc.informationAndReferral),
  );

  // The contacts table as the funder's form lays it out.
  const contacts = await rowsOf(page.getByTestId('contacts-table'));
  expect(contacts.map((row) => row.slice(1))).toEqual(
    pc.contactsByAudience.map((a) =>
      [a.phone, a.letters, a.emailsAndTexts, a.meetings, a.total].map(String),
    ),
  );
  const footer = await page.getByTestId('contacts-table').locator('tfoot td').allTextContents();
  expect(footer).toEqual(['5', '1', '3', '2', String(pc.contacts)]);

  // Trainings and outreach: events, parents, professionals, students, in the fixture's order.
  const outreach = await rowsOf(page.getByTestId('outreach-table'));
  expect(outreach.map((row) => row.slice(1))).toEqual(
    EXPECTED_OUTREACH.map((o) => [o.events, o.parents, o.professionals, o.students].map(String)),
  );

  // Meetings held by kind (every kind listed, the others zero).
  const meetings = await rowsOf(breakdown(page, words.meetings));
  expect(
    meetings
      .filter(([, n]) => n !== '0')
      .map((row) => row.join(': '))
      .sort(),
  ).toEqual(
    Object.values(words.meetingKinds)
      .map((kind) => `${kind}: 1`)
      .sort(),
  );
  expect(meetings).toHaveLength(12);
  expect(await rowsOf(breakdown(page, words.languages))).toEqual(words.languageRows);
  expect(await rowsOf(breakdown(page, words.disability))).toEqual(words.disabilityRows);
  expect(await rowsOf(breakdown(page, words.race))).toEqual(words.raceRows);
  const topics = await rowsOf(breakdown(page, words.topics));
  expect(topics[0]).toEqual(words.firstTopic);
  expect(topics).toHaveLength(pc.contactsByTopic.length);

  // The survey: 3 sent, 2 answered; the first statement agreed by 1 of the 2 who rated it.
  expect(await figure(page, words.surveysSent).textContent()).toBe(String(EXPECTED_SURVEY.sent));
  expect(await figure(page, words.answered).textContent()).toBe(String(EXPECTED_SURVEY.answered));
  expect(await figure(page, words.responseRate).textContent()).toMatch(/^67\s?%$/);
  const survey = await rowsOf(page.getByTestId('survey-table'));
  expect(survey[0]![0]).toBe(words.question);
  expect(survey[0]![1]).toMatch(/^50\s?%$/);
  expect(survey[0]!.slice(2)).toEqual(['0', '0', '1', '0', '1', '0']);
  expect(survey[1]![1]).toMatch(/^100\s?%$/);
  expect(survey[1]!.slice(2)).toEqual(['0', '0', '0', '1', '0', '1']);

  // Legal aid's case service report.
  const cs = EXPECTED_CASE_SERVICE;
  expect(await figure(page, words.casesClosed).textContent()).toBe(String(cs.casesClosed));
  expect(await figure(page, words.openAtEnd).textContent()).toBe(String(cs.openAtEnd));
  expect(await figure(page, words.medianDaysOpen).textContent()).toBe(words.median);
  const closings = page.getByTestId('closings-table');
  expect(
    (await closings.locator('thead th').allTextContents()).slice(0, words.outcomes.length),
  ).toEqual(words.outcomes);
  expect(await rowsOf(closings)).toEqual(words.closings);
}

/**
 * The funder reports in a browser, on a year of a parent center's work counted by hand
 * (libs/reports/src/testing/funder-fixture.ts): an admin reads every figure in English and
 * Spanish, on a desktop and a phone, follows a figure to its records and a record to its
 * case, downloads both CSV files and prints; an analyst without the grant to read family
 * records reads the same figures with no link to records.
 */
describe('the funder reports', () => {
  const world = new ConsoleWorld();
  let admin: TestAuth;
  let fixture: FunderFixture;

  beforeAll(async () => {
    await world.start({}, { demo: false });
    const adminUrl = world.environment.db.adminUrl;
    const anonymous = new ApiClient(world.url);
    admin = await signUpAdmin(anonymous, ADMIN, adminUrl);
    const organizationId = admin.activeOrganization!.id;
    fixture = await seedFunderFixture(adminUrl, organizationId);
    // A comment on Lucia's answered survey (admins read it, without her name).
    await superuserQuery(
      adminUrl,
      `UPDATE parent_survey_invitation SET comment = $2 WHERE guardian_id = $1`,
      [fixture.guardians.lucia, COMMENT],
    );
    // An analyst without the grant to read family records, who lands in this organization.
    const analyst = await joinAs(anonymous, adminUrl, ANALYST, organizationId, 'ANALYST');
    await superuserQuery(
      adminUrl,
      `UPDATE membership SET created_at = '2000-01-01' WHERE user_id = $1 AND organization_id = $2`,
      [analyst.user.id, organizationId],
    );
  }, 300_000);

  afterAll(() => world.stop());

  for (const viewport of [DESKTOP, PHONE])
    for (const locale of ['en-US', 'es-US'])
      it(`shows an admin every figure of the fixture's year (${viewport.name}, ${locale})`, async () => {
        const words = locale === 'en-US' ? WORDS.en : WORDS.es;
        const page = await world.open(viewport, locale);
        await signIn(page, world.url, ADMIN);
        // Beside the outcome report in the menu.
        if (viewport === PHONE) await page.getByRole('button', { name: words.menu }).click();
        const nav = page.getByRole('navigation');
        await nav.getByRole('link', { name: words.nav[1], exact: true }).waitFor();
        const links = await nav.getByRole('link').allTextContents();
        expect(links.slice(links.indexOf(words.nav[0]!), links.indexOf(words.nav[0]!) + 2)).toEqual(
          words.nav,
        );
        await nav.getByRole('link', { name: words.nav[1], exact: true }).click();
        await page.waitForURL(/\/funders$/);
        // The last complete federal program year (October to September) by default.
        const now = new Date();
        const endYear = now.getUTCMonth() >= 9 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
        const shown = (y: number, month: number, day: number) =>
          new Intl.DateTimeFormat(locale.slice(0, 2), {
            weekday: 'short',
            month: 'short',
            day: 'numeric',
            year: 'numeric',
            timeZone: 'UTC',
          }).format(new Date(Date.UTC(y, month - 1, day)));
        await page
          .getByTestId('funders-range')
          .filter({ hasText: shown(endYear - 1, 10, 1) })
          .filter({ hasText: shown(endYear, 9, 30) })
          .waitFor();

        await page.goto(`${world.url}/funders?${AT_RANGE}`);
        await expectFixtureFigures(page, words);
        // Admins read the survey's comments, with their language only.
        const comment = page.getByTestId('survey-comments').getByRole('listitem');
        await comment.waitFor();
        expect((await comment.textContent())?.replace(/\s+/g, ' ')).toBe(
          `${COMMENT} ${words.commentLanguage}`,
        );
        expect(await page.getByTestId('funders-printed-for').textContent()).toContain(
          `Org ${ADMIN}`,
        );
        // On a phone the wide tables scroll inside their box; the page itself does not.
        const overflow = await page.evaluate<number>(OVERFLOW);
        expect(overflow).toBeLessThanOrEqual(0);
        await check(page, 'funders');
        if (viewport === PHONE && locale === 'es-US') {
          // The parents served, every one once, listed in Spanish on a phone.
          await page
            .getByRole('group', { name: words.parentsServed, exact: true })
            .getByRole('link', { name: 'Ver los registros' })
            .click();
          await page.getByRole('heading', { level: 2, name: 'Padres atendidos' }).waitFor();
          await page.getByTestId('funder-record').first().waitFor();
          const parents = await rowsOf(page.getByTestId('funder-records'));
          expect(parents.map((row) => row[0]).sort()).toEqual([
            'Padre o madre',
            'Padre o madre',
            'Padre o madre',
            'Padre o madre sin ficha',
            'Padre o madre sin ficha',
          ]);
          await check(page, 'funders-records');
        }
        await page.context().close();
      });

  it('follows a figure to the records behind it, and a record to its case', async () => {
    const page = await world.open(DESKTOP);
    await signIn(page, world.url, ADMIN);
    await page.goto(`${world.url}/funders?${AT_RANGE}`);
    await figure(page, 'Parents served').waitFor();
    await page
      .getByTestId('contacts-table')
      .getByRole('link', { name: '3 — Parents, Phone: see the records' })
      .click();
    await page.waitForURL(/\/funders\/records\?.*figure=CONTACTS/);
    await page.getByRole('heading', { level: 2, name: 'Contacts: Parents, Phone' }).waitFor();
    const rows = page.getByTestId('funder-record');
    await rows.first().waitFor();
    expect(await rowsOf(page.getByTestId('funder-records'))).toEqual([
      ['Contact', 'A guardian · Phone call', 'Wed, Oct 15, 2025', 'Open the case'],
      ['Contact', 'A guardian · Phone call', 'Wed, Apr 1, 2026', ''],
      ['Contact', 'A guardian · Phone call', 'Fri, May 1, 2026', ''],
    ]);
    expect(await page.getByTestId('records-total').textContent()).toContain('3 records.');
    await check(page, 'funders-records');
    await page.getByRole('link', { name: 'Open the case' }).click();
    await page.waitForURL(new RegExp(`/cases/${fixture.cases.a1}$`));

    // The parents served, every one once; the closed cases behind a reason.
    await page.goto(`${world.url}/funders?${AT_RANGE}`);
    await page
      .getByRole('group', { name: 'Parents served', exact: true })
      .getByRole('link', { name: 'See the records' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Parents served' }).waitFor();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(EXPECTED_PARENT_CENTER.parentsServed);
    await page.getByRole('link', { name: 'Back to the funder reports' }).click();
    await page
      .getByRole('link', {
        name: '1 — Agency decision (hearing or state complaint): see the records',
      })
      .click();
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Cases closed: Agency decision (hearing or state complaint)',
      })
      .waitFor();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    await page.getByRole('link', { name: 'Open the case' }).click();
    await page.waitForURL(new RegExp(`/cases/${fixture.cases.b2}$`));

    // A training's events: the workshop, its day, no case.
    await page.goto(`${world.url}/funders?${AT_RANGE}`);
    await page.getByTestId('outreach-table').getByRole('link').first().waitFor();
    expect((await rowsOf(page.getByTestId('outreach-table'))).map((row) => row[0])).toEqual([
      'Trainings in person',
      'Trainings virtual',
      'Outreach in person',
      'Outreach virtual',
    ]);
    await page
      .getByTestId('outreach-table')
      .getByRole('link', { name: '1 — Trainings in person: see the records' })
      .click();
    await page.waitForURL(/\/funders\/records\?.*figure=OUTREACH&key=TRAINING%3AIN_PERSON/);
    await page
      .getByRole('heading', { level: 2, name: 'Trainings and outreach: Trainings in person' })
      .waitFor();
    await rows.first().waitFor();
    expect(await rowsOf(page.getByTestId('funder-records'))).toEqual([
      ['Training or outreach', 'Your rights at an IEP meeting', 'Tue, Mar 10, 2026'],
    ]);
    await page.context().close();
  });

  it('downloads both reports as CSV files over the range on screen', async () => {
    const page = await world.open(DESKTOP);
    await signIn(page, world.url, ADMIN);
    await page.goto(`${world.url}/funders?${AT_RANGE}`);
    await figure(page, 'Parents served').waitFor();
    const download = async (name: string, file: string) => {
      const [saved] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      expect(saved.suggestedFilename()).toBe(`${file}-${FUNDER_RANGE.from}-${FUNDER_RANGE.to}.csv`);
      return readFileSync(await saved.path(), 'utf8')
        .trim()
        .split(/\r?\n/);
    };
    const parentCenter = await download('Parent center report (CSV)', 'parent-center');
    expect(parentCenter[0]).toBe('section,item,count');
    expect(parentCenter).toEqual(
      expect.arrayContaining([
        'served,parents_unduplicated,5',
        'served,children,3',
        'contacts,all,11',
        'contacts,information_and_referral,4',
        'contacts_parents,phone,3',
        'contacts_professionals,emails_and_texts,1',
        'meetings_attended,IEP,1',
        'survey,sent,3',
        'survey,answered,2',
      ]),
    );
    const caseService = await download('Case service report (CSV)', 'case-service');
    expect(caseService).toEqual([
      'closing_reason,outcome,cases',
      ...EXPECTED_CASE_SERVICE.closings.map((c) => `${c.closingReason},${c.outcome},${c.cases}`),
    ]);
    await page.context().close();
  });

  it('prints the report alone on letter paper, with the organization and range', async () => {
    const page = await world.open(DESKTOP);
    await signIn(page, world.url, ADMIN);
    await page.goto(`${world.url}/funders?${AT_RANGE}`);
    await figure(page, 'Cases closed').waitFor();
    await page.getByTestId('survey-comments').waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    // Letter paper less its margins, at 96 pixels an inch.
    await page.setViewportSize({ width: 720, height: 960 });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Parent center report (CSV)' }).isVisible()).toBe(
      false,
    );
    expect(await page.getByText('Range', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'Funder reports' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByTestId('funders-printed-for').textContent()).toBe(
      `Org ${ADMIN} · Wed, Oct 1, 2025 to Wed, Sep 30, 2026`,
    );
    // Nothing is cut at the right edge: the wide tables print whole.
    const overflow = await page.evaluate<number>(OVERFLOW);
    expect(overflow).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Two reports, the second on a page of its own.
    const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
    expect(pages).toBeGreaterThanOrEqual(2);
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'funders-print-en.png'), fullPage: true });
      await page.pdf({ path: join(SCREENSHOTS, 'funders-print-en.pdf'), format: 'Letter' });
    }
    await page.context().close();
  });

  it('shows an analyst without the grant the figures, with no link to any record', async () => {
    const page = await world.open(PHONE, 'es-US');
    await signIn(page, world.url, ANALYST);
    await page.waitForURL(/\/outcomes$/);
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('navigation').getByRole('link', { name: WORDS.es.nav[1] }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(
      WORDS.es.nav,
    );
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Informes para financiadores' })
      .click();
    await page.waitForURL(/\/funders$/);
    await page.goto(`${world.url}/funders?${AT_RANGE}`);
    await expectFixtureFigures(page, WORDS.es);
    expect(await page.getByRole('main').getByRole('link').count()).toBe(0);
    // The comments are for admins.
    expect(await page.getByTestId('survey-comments').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Comentarios' }).count()).toBe(0);
    await check(page, 'funders-analyst');
    // The records themselves are refused by the api.
    await page.goto(`${world.url}/funders/records?${AT_RANGE}&figure=CONTACTS`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Los registros detrás de las cifras son para quienes pueden leer' })
      .waitFor();
    await page.context().close();
  });
});
