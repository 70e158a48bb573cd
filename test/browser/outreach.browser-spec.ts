import { superuserQuery } from '@onrecord/platform/database/testing';
import { ADVOCATE, check, ConsoleWorld, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(240_000);

// SCREENSHOTS_DIR keeps a screenshot of each page and dialog checked (console-kit's check).
const [DESKTOP, PHONE] = VIEWPORTS;

/**
 * Trainings and outreach events in the console (issue 24): recorded, listed newest first,
 * corrected and archived by an advocate, the api's refusals beside their fields.
 */
describe('trainings and outreach in the console', () => {
  const world = new ConsoleWorld();

  beforeAll(() => world.start(), 300_000);
  afterAll(() => world.stop());

  /** An event's row as stored, found by its title. */
  const stored = async (title: string) => {
    const rows = await superuserQuery<Record<string, unknown>>(
      world.environment.db.adminUrl,
      `SELECT kind, held_on::text AS held_on, format, language, topics, parents, professionals,
              students, notes, archived_at
         FROM outreach_activity WHERE title = $1`,
      [title],
    );
    expect(rows).toHaveLength(1);
    return rows[0]!;
  };

  it('records a training with every field, corrects it, refuses a blank title and archives it', async () => {
    const page = await world.open(DESKTOP);
    await world.signIn(page, ADVOCATE);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Outreach and trainings' }).click();
    await page.waitForURL(/\/outreach$/);
    await page.getByRole('heading', { level: 2, name: 'Outreach and trainings' }).waitFor();
    // Beside Contacts in the menu.
    const links = await nav.getByRole('link').allTextContents();
    expect(links[links.indexOf('Contacts') + 1]).toBe('Outreach and trainings');

    const title = `Your rights at an IEP meeting ${Date.now()}`;
    await page.getByRole('button', { name: 'Record a training or outreach event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a training or outreach event' });
    await dialog.getByLabel('Title').waitFor();
    await check(page, 'outreach-dialog');
    await dialog.getByText('Training', { exact: true }).click();
    await dialog.getByText('Virtual', { exact: true }).click();
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Day').fill('2026-11-18');
    await dialog.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Spanish' }).click();
    await dialog.getByRole('combobox', { name: 'Topics' }).click({ force: true });
    await page.getByRole('option', { name: 'IEP', exact: true }).click();
    await page.getByRole('option', { name: 'Evaluation', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Topics' }).press('Escape');
    await dialog.getByLabel('Parents').fill('25');
    await dialog.getByLabel('Professionals').fill('4');
    await dialog.getByLabel('Students').fill('2');
    await dialog.getByLabel('Notes').fill('Held on Zoom with the district’s parent liaison.');
    await dialog.getByRole('button', { name: 'Record the event' }).click();
    await dialog.waitFor({ state: 'detached' });

    const list = page.getByRole('list', { name: 'Trainings and outreach events, newest first' });
    const card = list.getByRole('listitem', { name: title });
    await card.waitFor();
    await card.getByText('Parents: 25 · Professionals: 4 · Students: 2').waitFor();
    for (const text of ['Training', 'Virtual', 'Wed, Nov 18, 2026 · Spanish', 'IEP, Evaluation'])
      expect(await card.getByText(text, { exact: true }).count()).toBe(1);
    expect(await stored(title)).toMatchObject({
      kind: 'TRAINING',
      held_on: '2026-11-18',
      format: 'VIRTUAL',
      language: 'es',
      topics: ['IEP', 'EVALUATION'],
      parents: 25,
      professionals: 4,
      students: 2,
      notes: 'Held on Zoom with the district’s parent liaison.',
      archived_at: null,
    });
    await check(page, 'outreach');

    // Corrected: the same dialog, filled in; the parents counted again.
    await card.getByRole('button', { name: `Edit ${title}` }).click();
    const edit = page.getByRole('dialog', { name: 'Correct a training or outreach event' });
    expect(await edit.getByLabel('Title').inputValue()).toBe(title);
    expect(await edit.getByLabel('Parents').inputValue()).toBe('25');
    await edit.getByLabel('Parents').fill('31');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await card.getByText('Parents: 31 · Professionals: 4 · Students: 2').waitFor();
    expect(await stored(title)).toMatchObject({ parents: 31, professionals: 4, format: 'VIRTUAL' });

    // A title of spaces: the api refuses it, said beside the title; nothing changes.
    await card.getByRole('button', { name: `Edit ${title}` }).click();
    await edit.getByLabel('Title').fill('   ');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await edit.getByText('Give the event a title (up to 200 characters).').waitFor();
    expect(await edit.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await check(page, 'outreach-refused');
    await edit.getByRole('button', { name: 'Close' }).click();
    await edit.waitFor({ state: 'detached' });
    await card.waitFor();

    // Archived: off the list, kept in the database.
    await card.getByRole('button', { name: `Archive ${title}` }).click();
    await card.waitFor({ state: 'detached' });
    expect((await stored(title))['archived_at']).not.toBeNull();
    await page.context().close();
  });

  it('works on a phone in Spanish', async () => {
    const phone = await world.open(PHONE, 'es-US');
    await world.signIn(phone, ADVOCATE);
    await phone.getByRole('button', { name: 'Menú' }).click();
    await phone
      .getByRole('navigation')
      .getByRole('link', { name: 'Difusión y capacitaciones' })
      .click();
    await phone.waitForURL(/\/outreach$/);
    await phone.getByRole('heading', { level: 2, name: 'Difusión y capacitaciones' }).waitFor();
    const titulo = `Feria de recursos para familias ${Date.now()}`;
    await phone
      .getByRole('button', { name: 'Registrar una capacitación o actividad de difusión' })
      .click();
    const dialogo = phone.getByRole('dialog', {
      name: 'Registrar una capacitación o actividad de difusión',
    });
    await dialogo.getByLabel('Título').waitFor();
    await check(phone, 'outreach-dialog');
    await dialogo.getByText('Difusión', { exact: true }).click();
    await dialogo.getByLabel('Título').fill(titulo);
    await dialogo.getByLabel('Padres').fill('40');
    await dialogo.getByLabel('Estudiantes').fill('10');
    await dialogo.getByRole('button', { name: 'Registrar la actividad' }).click();
    await dialogo.waitFor({ state: 'detached' });
    const lista = phone.getByRole('list', {
      name: 'Capacitaciones y actividades de difusión, las más recientes primero',
    });
    const tarjeta = lista.getByRole('listitem', { name: titulo });
    await tarjeta.getByText('Padres: 40 · Profesionales: 0 · Estudiantes: 10').waitFor();
    expect(await tarjeta.getByText('Difusión', { exact: true }).count()).toBe(1);
    expect(await tarjeta.getByText('En persona', { exact: true }).count()).toBe(1);
    expect(await stored(titulo)).toMatchObject({
      kind: 'OUTREACH',
      format: 'IN_PERSON',
      language: 'en',
      parents: 40,
      students: 10,
    });
    // Nothing runs past the phone's right edge.
    expect(
      await phone.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      ),
    ).toBeLessThanOrEqual(0);
    await check(phone, 'outreach');
    await phone.context().close();
  });
});
