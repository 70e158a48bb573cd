import type { Locator, Page } from 'playwright-core';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ADVOCATE,
  ANALYST,
  caseloadLinks,
  check,
  ConsoleWorld,
  VIEWPORTS,
  type Viewport,
} from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(240_000);

const [DESKTOP, PHONE] = VIEWPORTS;
/** The demo organization's only admin (apps/api/src/demo/demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';

/** The message of the field `input` names, through its aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((part) => part.includes('error'));
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** Chooses `option` in the Mantine Select `select`, typing `search` first if given. */
async function choose(page: Page, select: Locator, option: string | RegExp, search?: string) {
  await select.click();
  if (search) await select.fill(search);
  await page
    .getByRole('listbox')
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .click();
}

/**
 * Demographics, a case's closing reason and the parent survey in the console: an advocate
 * records a family's demographics (a ZIP code the api refuses, said beside it; then "declined
 * to say"), resolves a case with how much was done, and sees it; an admin rewords, adds and
 * reorders the survey's statements and sends the survey by hand on a case; an analyst's case
 * page asks for no demographics. Desktop and phone, English and Spanish; axe on every page.
 */
describe('demographics, closing reasons and the parent survey', () => {
  const world = new ConsoleWorld();
  const db = () => world.environment.db.adminUrl;

  beforeAll(async () => {
    await world.start();
    // The demo's families were asked already: these families were not, here.
    for (const statement of [
      `UPDATE student SET race_ethnicity = NULL, primary_disability = NULL`,
      `UPDATE guardian SET primary_language = NULL, primary_language_declined = false`,
      `UPDATE family SET county = NULL, postal_code = NULL, place_declined = false`,
    ])
      await superuserQuery(db(), statement);
  }, 300_000);
  afterAll(() => world.stop());

  async function signedIn(who: string, viewport: Viewport = DESKTOP, locale = 'en-US') {
    const page = await world.open(viewport, locale);
    await world.signIn(page, who);
    await page.waitForURL(/\/$|\/outcomes$/);
    return page;
  }

  /** The id of the demo's case of `household`. */
  async function caseOf(household: string): Promise<string> {
    const rows = await superuserQuery<{ id: string }>(
      db(),
      `SELECT c.id FROM case_record c JOIN family f ON f.id = c.family_id
        WHERE f.household_name = $1`,
      [household],
    );
    expect(rows).toHaveLength(1);
    return rows[0]!.id;
  }

  /** The case of `household`, opened from the caseload's search. */
  async function openCase(page: Page, household: string): Promise<void> {
    await page.goto(`${world.url}/caseload?q=${encodeURIComponent(household.split(' ')[0]!)}`);
    await caseloadLinks(page).filter({ hasText: household }).first().click();
    await page.waitForURL(`${world.url}/cases/${await caseOf(household)}`);
  }

  /** The demo organization's (the other organization has a survey of its own). */
  const DEMO_ORGANIZATION = `(SELECT organization_id FROM family WHERE household_name = 'Navarro household')`;

  const stored = async (household: string) => {
    const rows = await superuserQuery<Record<string, unknown>>(
      db(),
      `SELECT s.race_ethnicity, s.primary_disability, f.county, f.postal_code,
              f.place_declined, g.primary_language, g.primary_language_declined
         FROM family f JOIN student s ON s.family_id = f.id JOIN guardian g ON g.family_id = f.id
        WHERE f.household_name = $1`,
      [household],
    );
    expect(rows).toHaveLength(1);
    return rows[0]!;
  };

  it('records demographics with the api refusal beside its field, then "declined to say"', async () => {
    const page = await signedIn(ADVOCATE);
    const saves = { count: 0 };
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && /"Set\w+Demographics"/.test(r.postData() ?? ''))
        saves.count += 1;
    });
    await openCase(page, 'Navarro household');
    const section = page.getByRole('region', { name: 'Demographics (for funder reports)' });
    await section.getByText("Mateo Navarro's race or ethnicity:").waitFor();
    await section.getByText('Not asked yet').first().waitFor();
    await section.getByRole('button', { name: 'Record demographics' }).click();
    const dialog = page.getByRole('dialog', { name: 'Demographics (for funder reports)' });
    await dialog.getByText(/Every question here is optional/).waitFor();
    await dialog.getByText(/funder reports count them and never list a family/).waitFor();
    await check(page, 'demographics-dialog');

    await choose(
      page,
      dialog.getByRole('combobox', { name: 'Race or ethnicity' }),
      'Hispanic or Latino',
    );
    await choose(page, dialog.getByRole('combobox', { name: 'Disability category' }), 'Autism');
    // The language select is searchable, its languages named by the browser.
    await choose(page, dialog.getByRole('combobox', { name: /^Lucia Navarro/ }), 'Spanish', 'span');
    await dialog.getByRole('textbox', { name: 'County' }).fill('Maple County');
    const zip = dialog.getByRole('textbox', { name: 'ZIP code' });
    await zip.fill('9410');
    await dialog.getByRole('button', { name: 'Save demographics' }).click();
    // The api refuses the ZIP code: said beside it in words, the rest saved already.
    expect(await errorOf(page, zip)).toBe(
      'Enter a ZIP code like 78701 or 78701-1234, or leave it empty.',
    );
    await check(page, 'demographics-zip-refused');
    expect(await stored('Navarro household')).toMatchObject({
      race_ethnicity: 'HISPANIC_OR_LATINO',
      primary_disability: 'AUTISM',
      primary_language: 'es',
      county: null,
      postal_code: null,
    });
    const afterFirst = saves.count;
    await zip.fill('94107');
    await dialog.getByRole('button', { name: 'Save demographics' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Only the family's part was sent again.
    expect(saves.count).toBe(afterFirst + 1);
    expect(await stored('Navarro household')).toMatchObject({
      county: 'Maple County',
      postal_code: '94107',
      place_declined: false,
    });
    await section.getByText('Maple County, 94107').waitFor();
    await section.getByText('Hispanic or Latino').waitFor();
    await section.getByText('Spanish', { exact: true }).waitFor();

    // Declined: the disability, the language and where they live.
    await section.getByRole('button', { name: 'Record demographics' }).click();
    await choose(
      page,
      dialog.getByRole('combobox', { name: 'Disability category' }),
      'Declined to say',
    );
    await choose(page, dialog.getByRole('combobox', { name: /^Lucia Navarro/ }), 'Declined to say');
    await dialog.getByRole('checkbox', { name: 'Declined to say where they live' }).check();
    expect(await dialog.getByRole('textbox', { name: 'County' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Save demographics' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await stored('Navarro household')).toEqual({
      race_ethnicity: 'HISPANIC_OR_LATINO',
      primary_disability: 'DECLINED_TO_STATE',
      primary_language: null,
      primary_language_declined: true,
      county: null,
      postal_code: null,
      place_declined: true,
    });
    await expect(section.getByText('Declined to say').count()).resolves.toBe(3);
    await check(page, 'demographics-recorded');
    await page.context().close();
  });

  it('resolves a case with how much was done, and shows it on the case', async () => {
    const page = await signedIn(ADVOCATE);
    await openCase(page, 'Osei household');
    await page.getByRole('button', { name: 'Change status' }).click();
    const dialog = page.getByRole('dialog', { name: "Change the case's status" });
    await choose(page, dialog.getByRole('combobox', { name: 'New status' }), 'Resolved');
    const reason = dialog.getByRole('combobox', {
      name: 'How much was done (for legal aid reports)',
    });
    await reason.click();
    // Each reason says what it means.
    await page
      .getByRole('listbox')
      .getByText('Settled with the school without a complaint or hearing request filed.')
      .waitFor();
    // (axe runs once the list is closed: a listbox is scrolled from its combobox, by arrow keys)
    if (process.env['SCREENSHOTS_DIR'])
      await page.screenshot({
        path: `${process.env['SCREENSHOTS_DIR']}/closing-reasons-en-1366.png`,
      });
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^Negotiated without litigation/ })
      .click();
    await dialog.getByRole('button', { name: 'Change the status' }).click();
    // How it ended is required to resolve.
    expect(await errorOf(page, dialog.getByRole('combobox', { name: 'How it ended' }))).toBe(
      'Say how the case ended.',
    );
    await choose(
      page,
      dialog.getByRole('combobox', { name: 'How it ended' }),
      'Returned full-time',
    );
    await dialog.getByLabel('Notes on how it ended').fill('Back every day since the new plan.');
    await check(page, 'closing-dialog');
    await dialog.getByRole('button', { name: 'Change the status' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/How much was done: Negotiated without litigation/).waitFor();
    await page.getByText(/Outcome: Returned full-time/).waitFor();
    const [row] = await superuserQuery<Record<string, unknown>>(
      db(),
      `SELECT c.status, c.outcome, c.closing_reason, c.outcome_notes
         FROM case_record c JOIN family f ON f.id = c.family_id
        WHERE f.household_name = 'Osei household'`,
    );
    expect(row).toEqual({
      status: 'RESOLVED',
      outcome: 'RETURNED_FULL_TIME',
      closing_reason: 'NEGOTIATED_WITHOUT_LITIGATION',
      outcome_notes: 'Back every day since the new plan.',
    });
    // Ended with the survey on: its guardian is offered the survey.
    const survey = page.getByRole('region', { name: 'Parent survey' });
    await survey.getByRole('cell', { name: /Ama Osei/ }).waitFor();
    await survey.getByText('Sent when the case ended').waitFor();
    await check(page, 'closing-shown');
    await page.context().close();
  });

  it("edits the survey's statements as an admin, side by side in English and Spanish", async () => {
    for (const viewport of VIEWPORTS) {
      const page = await signedIn(ADMIN, viewport);
      if (viewport === PHONE) await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: 'Parent survey' }).click();
      await page.waitForURL(`${world.url}/settings/parent-survey`);
      await page.getByRole('heading', { level: 2, name: 'Parent survey' }).waitFor();
      await check(page, `survey-settings-${viewport.name}`);
      if (viewport === PHONE) {
        await page.context().close();
        continue;
      }
      const statement = (n: number) => page.getByRole('group', { name: `Statement ${n}` });
      await statement(1)
        .getByLabel('In English')
        .fill('I know more about my child’s rights at school.');
      await page.getByRole('button', { name: 'Add a statement' }).click();
      // Empty: said beside it, nothing sent.
      await page.getByRole('button', { name: 'Save the survey' }).click();
      expect(await errorOf(page, statement(5).getByLabel('In Spanish'))).toBe(
        'Write it here; it cannot be empty.',
      );
      await statement(5).getByLabel('In English').fill('Staff answered my questions quickly.');
      await statement(5)
        .getByLabel('In Spanish')
        .fill('El personal respondió mis preguntas rápidamente.');
      await page.getByRole('button', { name: 'Move statement 5 up' }).click();
      await page.getByRole('button', { name: 'Take out statement 5' }).click();
      await page.getByRole('switch', { name: 'Send it when a case ends' }).uncheck();
      await page.getByRole('button', { name: 'Save the survey' }).click();
      await page.getByRole('status').filter({ hasText: 'The survey is saved.' }).waitFor();
      await check(page, 'survey-settings-saved');

      const questions = await superuserQuery<{
        position: number;
        text_en: string;
        text_es: string;
      }>(
        db(),
        `SELECT q.position, q.text_en, q.text_es FROM parent_survey_question q
          WHERE q.archived_at IS NULL AND q.organization_id = ${DEMO_ORGANIZATION}
          ORDER BY q.position`,
      );
      expect(questions.map((q) => q.text_en)).toEqual([
        'I know more about my child’s rights at school.',
        'I am better able to participate in decisions about my child’s education.',
        'I know better where to find help for my child.',
        'Staff answered my questions quickly.',
      ]);
      expect(questions[3]!.text_es).toBe('El personal respondió mis preguntas rápidamente.');
      const [survey] = await superuserQuery<{ send_when_case_ends: boolean }>(
        db(),
        `SELECT send_when_case_ends FROM parent_survey WHERE organization_id = ${DEMO_ORGANIZATION}`,
      );
      expect(survey!.send_when_case_ends).toBe(false);
      await page.context().close();
    }
  });

  it('sends the parent survey by hand on a case, lists who got it, and says when all have', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await signedIn(ADMIN, viewport);
      await page.goto(`${world.url}/cases/${await caseOf('Kowalski household')}`);
      const survey = page.getByRole('region', { name: 'Parent survey' });
      if (viewport === DESKTOP) {
        await survey.getByText('Not sent yet.').waitFor();
        await survey.getByRole('button', { name: 'Send the parent survey' }).click();
        const dialog = page.getByRole('dialog', { name: 'Send the parent survey now?' });
        await dialog.getByText(/Anna Kowalski \(anna\.kowalski@example\.org\)/).waitFor();
        await check(page, 'survey-send-dialog');
        await dialog.getByRole('button', { name: 'Send it now' }).click();
        await dialog.waitFor({ state: 'detached' });
      }
      await survey.getByRole('cell', { name: /Anna Kowalski/ }).waitFor();
      await survey.getByText('Sent by hand').waitFor();
      await survey.getByRole('cell', { name: 'Not yet' }).waitFor();
      const rows = await superuserQuery<{ reason: string; answered_at: string | null }>(
        db(),
        `SELECT i.reason, i.answered_at FROM parent_survey_invitation i
           JOIN case_record c ON c.id = i.case_id JOIN family f ON f.id = c.family_id
          WHERE f.household_name = 'Kowalski household'`,
      );
      expect(rows).toEqual([{ reason: 'BY_HAND', answered_at: null }]);

      // Again: the api says everyone with an email had it, and the dialog says so.
      await survey.getByRole('button', { name: 'Send the parent survey' }).click();
      const dialog = page.getByRole('dialog', { name: 'Send the parent survey now?' });
      await dialog.getByRole('button', { name: 'Send it now' }).click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: 'has already had the survey for this case' })
        .waitFor();
      await check(page, `survey-already-sent-${viewport.name}`);
      await page.context().close();
    }
  });

  it("shows an analyst's case page without demographics and without an error", async () => {
    const id = await caseOf('Navarro household');
    const page = await signedIn(ANALYST);
    const asked: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) asked.push(r.postData() ?? '');
    });
    page.on('response', async (r) => {
      if (!r.url().endsWith('/graphql')) return;
      const body = await r.text().catch(() => '');
      if (body.includes('"errors"')) errors.push(body);
    });
    await page.goto(`${world.url}/cases/${id}`);
    // The console's cases are not the analyst's: the page says so, and nothing is asked.
    await page
      .getByRole('alert')
      .filter({ hasText: /Analyst/ })
      .waitFor();
    await check(page, 'analyst-case');
    expect(await page.getByRole('region', { name: /Demographics/ }).count()).toBe(0);
    expect(asked.filter((body) => /demographics/i.test(body))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('does it all in Spanish on a phone', async () => {
    const page = await signedIn(ADVOCATE, PHONE, 'es-US');
    await openCase(page, 'Brennan household');
    const section = page.getByRole('region', {
      name: 'Datos demográficos (para los informes a financiadores)',
    });
    await section.getByRole('button', { name: 'Registrar datos demográficos' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Datos demográficos (para los informes a financiadores)',
    });
    await choose(
      page,
      dialog.getByRole('combobox', { name: 'Raza u origen étnico' }),
      'Prefirió no decirlo',
    );
    await choose(page, dialog.getByRole('combobox', { name: /^Kate Brennan/ }), 'Inglés', 'ingl');
    await dialog.getByRole('textbox', { name: 'Código postal' }).fill('12');
    await dialog.getByRole('button', { name: 'Guardar los datos demográficos' }).click();
    expect(await errorOf(page, dialog.getByRole('textbox', { name: 'Código postal' }))).toBe(
      'Escriba un código postal como 78701 o 78701-1234, o déjelo vacío.',
    );
    await check(page, 'demographics-dialog-phone');
    await dialog.getByRole('textbox', { name: 'Código postal' }).fill('01960');
    await dialog.getByRole('button', { name: 'Guardar los datos demográficos' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [kate] = await superuserQuery<Record<string, unknown>>(
      db(),
      `SELECT g.primary_language, s.race_ethnicity, f.postal_code FROM guardian g
         JOIN family f ON f.id = g.family_id JOIN student s ON s.family_id = f.id
        WHERE g.name = 'Kate Brennan'`,
    );
    expect(kate).toEqual({
      primary_language: 'en',
      race_ethnicity: 'DECLINED_TO_STATE',
      postal_code: '01960',
    });
    await section.getByText('Prefirió no decirlo').waitFor();

    // The Brennans' case is at intake: it can be closed, with how much was done.
    await page.getByRole('button', { name: 'Cambiar el estado' }).click();
    const status = page.getByRole('dialog', { name: 'Cambiar el estado del caso' });
    await choose(page, status.getByRole('combobox', { name: 'Nuevo estado' }), 'Cerrado');
    await choose(
      page,
      status.getByRole('combobox', { name: 'Cómo terminó' }),
      'La familia desistió',
    );
    await choose(
      page,
      status.getByRole('combobox', {
        name: 'Cuánto se hizo (para los informes de asistencia legal)',
      }),
      /^Consejo y orientación/,
    );
    await check(page, 'closing-dialog-phone');
    await status.getByRole('button', { name: 'Cambiar el estado' }).click();
    await status.waitFor({ state: 'detached' });
    await page.getByText(/Cuánto se hizo: Consejo y orientación/).waitFor();
    await check(page, 'case-page-phone');
    await page.context().close();

    const admin = await signedIn(ADMIN, DESKTOP, 'es-US');
    await admin.goto(`${world.url}/settings/parent-survey`);
    await admin.getByRole('heading', { level: 2, name: 'Encuesta a las familias' }).waitFor();
    await admin.getByRole('group', { name: 'Frase 1' }).getByLabel('En español').waitFor();
    await check(admin, 'survey-settings-es');
    await admin.context().close();
  });
});
