import type { Locator, Page } from 'playwright-core';
import { ADVOCATE, check, ConsoleWorld, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
/** The demo organization's only admin (apps/api/src/demo/demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';
const DISTRICT = 'Brazos Bend Independent School District';
const SCHOOL = 'Brazos Bend Elementary';

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

/** The names in the escalation chain, in the order shown. */
async function chainNames(page: Page): Promise<string[]> {
  return page.getByTestId('chain-name').allInnerTexts();
}

/** Waits until the chain shows `names`, in that order (a drop settles after an animation). */
async function chainBecomes(page: Page, names: string[]): Promise<void> {
  for (let tries = 0; tries < 40; tries++) {
    if (JSON.stringify(await chainNames(page)) === JSON.stringify(names)) return;
    await page.waitForTimeout(100);
  }
  expect(await chainNames(page)).toEqual(names);
}

/** Focuses `target`, again if the page moves the focus elsewhere just after. */
async function focusSettled(target: Locator): Promise<void> {
  for (let tries = 0; tries < 20; tries++) {
    await target.focus();
    await target.page().waitForTimeout(150);
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
  }
  throw new Error('the focus did not stay on the handle');
}

/** Drags `from` (a handle) with the mouse, in small steps, to the middle of `to`. */
async function drag(page: Page, from: Locator, to: Locator, above: boolean): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + (above ? -8 : 8), { steps: 4 });
  await page.mouse.move(a.x + a.width / 2, b.y + (above ? b.height * 0.25 : b.height * 0.75), {
    steps: 12,
  });
  await page.mouse.up();
}

/**
 * Schools and contacts in a browser: the demo admin adds a school (its missing name said
 * first), two contacts (a bad email said on its field), orders the escalation chain by
 * dragging, by keyboard and with the buttons, saves it and finds it kept after a reload, and
 * sees the api refuse an archived contact in the chain; the pages in Spanish and on a phone
 * pass axe; an advocate is told the pages are for administrators.
 */
describe('the Schools and contacts pages', () => {
  const world = new ConsoleWorld();
  let url: string;

  beforeAll(async () => {
    await world.start();
    url = world.url;
  }, 300_000);

  afterAll(async () => {
    await world.stop();
  });

  /** Signed in as the admin, on the Schools page reached through the menu. */
  const openSchools = async (viewport: (typeof VIEWPORTS)[number], locale = 'en-US') => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, ADMIN);
    await page.waitForURL(`${url}/`);
    if (viewport.name === 'phone')
      await page.getByRole('button', { name: /^(Menu|Menú)$/ }).click();
    await page.getByRole('link', { name: /^(Schools and contacts|Escuelas y contactos)$/ }).click();
    await page.waitForURL(`${url}/settings/schools`);
    await page.getByTestId('school').first().waitFor();
    return page;
  };

  it('adds a school and its contacts, and keeps the escalation chain in the order given', async () => {
    const page = await openSchools(DESKTOP);
    await page.getByRole('heading', { level: 2, name: 'Schools and contacts' }).waitFor();
    expect(await page.getByTestId('district-group').count()).toBeGreaterThan(3);

    // One district: the address says which (the districts page links here that way).
    await choose(
      page,
      page.getByRole('combobox', { name: 'District', exact: true }).first(),
      DISTRICT,
    );
    await page.waitForURL(/\?district=/);
    await page.getByRole('heading', { level: 3, name: `Schools of ${DISTRICT}` }).waitFor();
    expect(await page.getByTestId('school').allInnerTexts()).toEqual([
      expect.stringContaining('Brazos Bend Middle School'),
    ]);
    await page.reload();
    await page.getByRole('heading', { level: 3, name: `Schools of ${DISTRICT}` }).waitFor();
    await page.getByText('Dr. Helen Okafor').waitFor();

    // No name: said beside the field; the district chosen above is preselected.
    const form = page.locator('section', {
      has: page.getByRole('heading', { name: 'Add a school' }),
    });
    expect(await form.getByRole('combobox', { name: 'District' }).inputValue()).toBe(DISTRICT);
    const name = form.getByRole('textbox', { name: 'School name' });
    await form.getByRole('button', { name: 'Add the school' }).click();
    expect(await errorOf(page, name)).toBe("Enter the school's name.");
    await check(page, 'schools-add-error');
    await name.fill(SCHOOL);
    await form.getByRole('button', { name: 'Add the school' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${SCHOOL} was added.` })
      .waitFor();
    expect(await page.getByTestId('school').allInnerTexts()).toEqual([
      expect.stringContaining('Brazos Bend Elementary'),
      expect.stringContaining('Brazos Bend Middle School'),
    ]);

    // Archived: gone from the list, unless archived schools are shown; then restored.
    const schools = page.getByTestId('school');
    await page.getByRole('button', { name: `Archive ${SCHOOL}` }).click();
    await schools.filter({ hasText: SCHOOL }).waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Show archived schools' }).check();
    await schools.filter({ hasText: SCHOOL }).getByText('Archived').waitFor();
    await page.getByRole('button', { name: `Restore ${SCHOOL}` }).click();
    await schools.filter({ hasText: SCHOOL }).getByText('Archived').waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Add its contacts and escalation chain' }).click();
    await page.getByRole('heading', { level: 2, name: SCHOOL }).waitFor();
    const schoolUrl = page.url();
    await page.getByText('No contacts at this school yet.').waitFor();

    // A contact with a bad email: the api's refusal on the email field, what was typed kept.
    const addContact = async (who: string, role: string, email: string, phone = '') => {
      await page.getByRole('button', { name: 'Add a contact', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a contact' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(who);
      await choose(page, dialog.getByRole('combobox', { name: 'Role' }), role);
      await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
      await dialog.getByRole('textbox', { name: 'Phone' }).fill(phone);
      await dialog.getByRole('button', { name: 'Add the contact' }).click();
      return dialog;
    };
    const dialog = await addContact('Ana Torres', 'Case manager', 'ana at bbisd', '(512) 555-0123');
    const email = dialog.getByRole('textbox', { name: 'Email' });
    expect(await errorOf(page, email)).toBe('Enter a valid email address, like name@example.org.');
    expect(await dialog.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Ana Torres');
    await check(page, 'school-contact-error');
    await email.fill('a.torres@bbisd.example');
    await dialog.getByRole('button', { name: 'Add the contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Ana Torres was saved.' }).waitFor();
    await addContact('Luis Ortega', 'Principal', 'l.ortega@bbisd.example');
    await page.getByRole('status').filter({ hasText: 'Luis Ortega was saved.' }).waitFor();
    const contacts = page.getByTestId('contact');
    await contacts.filter({ hasText: 'Luis Ortega' }).waitFor();
    expect(await contacts.filter({ hasText: 'Ana Torres' }).innerText()).toMatch(
      /Case manager[\s\S]*a\.torres@bbisd\.example[\s\S]*\+15125550123/,
    );

    // Edited: the title added, said in the list.
    // (Named: the dialog that added Luis Ortega may still be closing.)
    await page.getByRole('button', { name: 'Edit Ana Torres' }).click();
    const edit = page.getByRole('dialog', { name: "Change Ana Torres's details" });
    await edit.getByRole('textbox', { name: 'Job title' }).fill('Grades 3–5');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await contacts.filter({ hasText: 'Case manager · Grades 3–5' }).waitFor();

    // The chain: both, and the district's special education director.
    expect(await page.getByText('No one in the chain yet').isVisible()).toBe(true);
    for (const who of ['Ana Torres', 'Luis Ortega', 'Dr. Helen Okafor']) {
      await choose(page, page.getByRole('combobox', { name: 'Add someone to the chain' }), who);
      await page.getByRole('button', { name: 'Add to the chain' }).click();
    }
    expect(await chainNames(page)).toEqual(['Ana Torres', 'Luis Ortega', 'Dr. Helen Okafor']);

    // Dragged with the mouse: the director first.
    const handle = (who: string) =>
      page.getByRole('button', { name: `Drag ${who} to another place` });
    const step = (who: string) => page.getByTestId('chain-step').filter({ hasText: who });
    await drag(page, handle('Dr. Helen Okafor'), step('Ana Torres'), true);
    await chainBecomes(page, ['Dr. Helen Okafor', 'Ana Torres', 'Luis Ortega']);

    // By keyboard: the principal picked up with Space, moved up, dropped.
    // (Each key waits for what a screen reader is told, so none lands before the last is done.)
    const told = (text: string) => page.getByText(text).waitFor({ state: 'attached' });
    // dnd-kit gives the focus back to the handle dragged last, a frame or so after the drop.
    await focusSettled(handle('Luis Ortega'));
    await page.keyboard.press('Space');
    await told('Picked up Luis Ortega, at place 3 of 3.');
    await page.waitForTimeout(100); // the sensor listens for the arrows from its next task
    await page.keyboard.press('ArrowUp');
    await told('Luis Ortega is over place 2 of 3.');
    await page.keyboard.press('Space');
    await told('Luis Ortega was dropped at place 2 of 3.');
    await chainBecomes(page, ['Dr. Helen Okafor', 'Luis Ortega', 'Ana Torres']);

    // With the buttons.
    await page.getByRole('button', { name: 'Move Ana Torres up' }).click();
    expect(await chainNames(page)).toEqual(['Dr. Helen Okafor', 'Ana Torres', 'Luis Ortega']);
    expect(await page.getByText('Changes not saved yet.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Save the chain' }).click();
    await page.getByRole('status').filter({ hasText: 'The escalation chain was saved.' }).waitFor();
    await check(page, 'school-chain');

    await page.reload();
    await page.getByTestId('chain-step').first().waitFor();
    expect(await chainNames(page)).toEqual(['Dr. Helen Okafor', 'Ana Torres', 'Luis Ortega']);
    expect(page.url()).toBe(schoolUrl);

    // An archived contact stays in the chain, marked; the api refuses a chain naming them.
    await page.getByRole('button', { name: 'Archive Luis Ortega' }).click();
    await step('Luis Ortega').getByText('Archived').waitFor();
    await page.getByRole('button', { name: 'Move Luis Ortega up' }).click();
    await page.getByRole('button', { name: 'Save the chain' }).click();
    await page.getByRole('alert').filter({ hasText: 'The chain was not saved' }).waitFor();
    expect(await step('Luis Ortega').getByRole('alert').innerText()).toContain(
      'This contact is archived',
    );
    await page.getByRole('button', { name: 'Remove Luis Ortega from the chain' }).click();
    await page.getByRole('button', { name: 'Save the chain' }).click();
    await page.getByRole('status').filter({ hasText: 'The escalation chain was saved.' }).waitFor();
    await page.reload();
    await page.getByTestId('chain-step').first().waitFor();
    expect(await chainNames(page)).toEqual(['Dr. Helen Okafor', 'Ana Torres']);
    await page.context().close();
  });

  it('shows the pages in Spanish and on a phone, with nothing to scroll sideways', async () => {
    for (const [viewport, locale] of [
      [PHONE, 'es-US'],
      [DESKTOP, 'es-US'],
    ] as const) {
      const page = await openSchools(viewport, locale);
      const spanish = locale === 'es-US';
      const fits = async () =>
        expect(await page.locator('body').evaluate((body) => body.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
      await page
        .getByRole('heading', {
          level: 2,
          name: spanish ? 'Escuelas y contactos' : 'Schools and contacts',
        })
        .waitFor();
      await check(page, 'schools');
      await fits();

      await page.getByRole('link', { name: 'Maple Valley Middle School' }).click();
      await page.getByRole('heading', { level: 2, name: 'Maple Valley Middle School' }).waitFor();
      await page.getByTestId('chain-step').first().waitFor();
      expect(await chainNames(page)).toEqual(['Renee Alvarez', 'Tom Becker', 'Dr. Helen Okafor']);
      await check(page, 'school');
      await fits();

      await page
        .getByRole('button', {
          name: spanish ? 'Agregar un contacto' : 'Add a contact',
          exact: true,
        })
        .click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: spanish ? 'Agregar el contacto' : 'Add the contact' })
        .click();
      expect(
        await errorOf(
          page,
          page.getByRole('dialog').getByRole('textbox', { name: spanish ? 'Nombre' : 'Name' }),
        ),
      ).toBe(spanish ? 'Escriba el nombre del contacto.' : "Enter the contact's name.");
      await check(page, 'school-contact-dialog');
      await page.context().close();
    }
  });

  it('tells an advocate the pages are for administrators, and shows them no link to them', async () => {
    const page = await world.open(PHONE, 'es-US');
    await world.signIn(page, ADVOCATE);
    await page.waitForURL(`${url}/`);
    for (const path of [
      '/settings/schools',
      '/settings/schools/00000000-0000-4000-8000-000000000000',
    ]) {
      await page.goto(`${url}${path}`);
      await page.getByRole('alert').filter({ hasText: 'Para administradores' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toContain(
        'Su rol en esta organización es Defensor',
      );
      expect(await page.getByTestId('school').count()).toBe(0);
    }
    await check(page, 'schools-refused');
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('link', { name: 'Hoy' }).waitFor();
    expect(await page.getByRole('link', { name: 'Escuelas y contactos' }).count()).toBe(0);
    await page.context().close();
  });
});
