import type { Page } from 'playwright-core';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { ADVOCATE, check, ConsoleWorld, timelineItem, VIEWPORTS as viewports } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(240_000);

/**
 * "Log a call" from anywhere in the console (issue 24): from Today, on no case (information
 * and referral) or on a case picked by its family's name; the organization's contacts listed
 * on their own page.
 */
describe('logging a call from anywhere in the console', () => {
  const world = new ConsoleWorld();

  beforeAll(() => world.start(), 300_000);
  afterAll(() => world.stop());

  /** A contact's row as stored, found by its note. */
  const stored = async (note: string) => {
    const rows = await superuserQuery<Record<string, unknown>>(
      world.environment.db.adminUrl,
      `SELECT case_id, party, guardian_id, with_whom, channel, direction, language, visibility
         FROM contact_log_entry WHERE note = $1`,
      [note],
    );
    expect(rows).toHaveLength(1);
    return rows[0]!;
  };

  /** Signed in as the demo advocate, on Today once it has arrived. */
  async function onToday(page: Page, overdue: RegExp): Promise<void> {
    await world.signIn(page, ADVOCATE);
    await page.getByRole('region', { name: overdue }).waitFor();
  }

  it('logs an information-only call from Today in seconds, and a call on a case picked by name', async () => {
    const page = await world.open();
    await onToday(page, /^Overdue/);

    // A parent who is not a client calls: on no case, their name in words — in 15 s.
    const caller = `Grace Whitman ${Date.now()}`;
    const note = `Asked how to request an evaluation ${Date.now()}`;
    const started = Date.now();
    await page.getByRole('banner').getByRole('button', { name: 'Log a call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a contact' });
    await dialog.getByRole('combobox', { name: 'With', exact: true }).click();
    await page.getByRole('option', { name: 'A guardian' }).click();
    await dialog.getByRole('combobox', { name: 'How', exact: true }).click();
    await page.getByRole('option', { name: 'Phone call' }).click();
    // No case: no guardian on file to choose, and nothing to share with a family.
    expect(await dialog.getByRole('combobox', { name: 'Which guardian' }).count()).toBe(0);
    expect(await dialog.getByLabel('Share with the family').count()).toBe(0);
    await dialog.getByLabel('With whom, in words').fill(caller);
    await dialog.getByLabel('Note').fill(note);
    await dialog.getByRole('button', { name: 'Log the contact' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Contact logged, on no case').waitFor();
    await page.getByRole('link', { name: 'See it among the contacts' }).click();
    await page.waitForURL(/\/contacts$/);
    const list = page.getByRole('list', { name: 'Contacts, newest first' });
    const line = list.getByRole('listitem').filter({ hasText: note });
    await line.waitFor();
    // The "done when": open, with whom, how, a note, saved, seen — in 15 s.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await line.getByText(`Phone call, outgoing — ${caller}`).count()).toBe(1);
    expect(await line.getByText('No case: information only').count()).toBe(1);
    expect(await stored(note)).toMatchObject({
      case_id: null,
      party: 'GUARDIAN',
      guardian_id: null,
      with_whom: caller,
      channel: 'PHONE',
      visibility: 'INTERNAL',
    });
    await check(page, 'contacts');
    // On no case: among those; not among the contacts on a case.
    await page.getByText('On no case', { exact: true }).click();
    await page.waitForURL(/\?on=none$/);
    await line.waitFor();
    await page.getByText('On a case', { exact: true }).click();
    await page.waitForURL(/\?on=case$/);
    await list.getByRole('link').first().waitFor();
    expect(await list.getByText(note).count()).toBe(0);

    // A call on a case, found by the family's name, from Today again.
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('region', { name: /^Overdue/ }).waitFor();
    const texted = `Confirmed the meeting time by text ${Date.now()}`;
    await page.getByRole('banner').getByRole('button', { name: 'Log a call' }).click();
    await dialog.getByRole('combobox', { name: 'Case' }).fill('Navarro');
    await page.getByRole('option', { name: /^Navarro household — Mateo Navarro/ }).click();
    await dialog.getByRole('combobox', { name: 'With', exact: true }).click();
    await page.getByRole('option', { name: 'A guardian' }).click();
    await dialog.getByRole('combobox', { name: 'How', exact: true }).click();
    await page.getByRole('option', { name: 'Text message' }).click();
    // The case's family's guardians, to choose from.
    await dialog.getByRole('combobox', { name: 'Which guardian' }).click();
    await page.getByRole('option', { name: /^Lucia Navarro/ }).click();
    await dialog.getByLabel('Note').fill(texted);
    await check(page, 'log-call-on-case');
    await dialog.getByRole('button', { name: 'Log the contact' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Contact logged on the case').waitFor();
    await page.getByRole('link', { name: /^Open the case: Navarro household/ }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText(texted).waitFor();
    await timelineItem(timeline, texted)
      .getByText('Text message, outgoing — Lucia Navarro')
      .waitFor();
    expect(await stored(texted)).toMatchObject({
      case_id: caseId,
      party: 'GUARDIAN',
      with_whom: '',
      channel: 'TEXT',
    });
    await page.context().close();
  });

  it('works on a phone in Spanish: the header button, the dialog and the contacts', async () => {
    const phone = await world.open(viewports[1], 'es-US');
    await onToday(phone, /^Vencidos/);
    const button = phone.getByRole('banner').getByRole('button', { name: 'Registrar una llamada' });
    await button.click();
    const dialogo = phone.getByRole('dialog', { name: 'Registrar un contacto' });
    await dialogo.getByRole('combobox', { name: 'Caso' }).waitFor();
    await check(phone, 'log-call');
    await dialogo.getByRole('combobox', { name: 'Con quién', exact: true }).click();
    await phone.getByRole('option', { name: 'Padre, madre o tutor' }).click();
    await dialogo.getByRole('combobox', { name: 'Cómo', exact: true }).click();
    await phone.getByRole('option', { name: 'Llamada telefónica' }).click();
    const llamada = `Preguntó por las cartas de asistencia ${Date.now()}`;
    await dialogo.getByLabel('Con quién, en palabras').fill('Rosa Morales');
    await dialogo.getByLabel('Nota').fill(llamada);
    await dialogo.getByRole('button', { name: 'Registrar el contacto' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await phone.getByText('Contacto registrado, sin caso').waitFor();
    await check(phone, 'call-logged');
    await phone.getByRole('link', { name: 'Verlo entre los contactos' }).click();
    const lista = phone.getByRole('list', { name: 'Contactos, los más recientes primero' });
    await lista.getByRole('listitem').filter({ hasText: llamada }).waitFor();
    await check(phone, 'contacts');
    expect(await stored(llamada)).toMatchObject({ case_id: null, with_whom: 'Rosa Morales' });
    await phone.context().close();
  });

  it('shows the contacts page on a desktop in Spanish and a phone in English', async () => {
    for (const [viewport, locale, overdue, contacts, list] of [
      [viewports[0], 'es-US', /^Vencidos/, 'Contactos', 'Contactos, los más recientes primero'],
      [viewports[1], 'en-US', /^Overdue/, 'Contacts', 'Contacts, newest first'],
    ] as const) {
      const page = await world.open(viewport, locale);
      await onToday(page, overdue);
      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: contacts, exact: true }).click();
      await page.getByRole('list', { name: list }).getByRole('listitem').first().waitFor();
      await check(page, 'contacts');
      await page.context().close();
    }
  });
});
