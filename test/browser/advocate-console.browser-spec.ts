import type { Page } from 'playwright-core';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ADVOCATE,
  CASELOAD_LINES,
  caseloadLinks,
  ANALYST,
  check,
  ConsoleWorld,
  dayFromNow,
  timelineItem,
  VIEWPORTS as viewports,
} from './console-kit';

/** The caseload table's rows' texts, once they are what `settled` expects (10 s at most). */
async function settledLines(page: Page, settled: (texts: string[]) => boolean): Promise<string[]> {
  const rows = page.locator(`table${CASELOAD_LINES} tbody tr`);
  for (let waited = 0; waited < 10_000; waited += 100) {
    const texts = await rows.allTextContents();
    if (texts.length && settled(texts)) return texts;
    await page.waitForTimeout(100);
  }
  throw new Error(`the caseload never showed what was expected: ${await rows.allTextContents()}`);
}

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(120_000);

describe('the advocate console in a browser', () => {
  const world = new ConsoleWorld();
  let url: string;

  beforeAll(async () => {
    await world.start();
    url = world.url;
  }, 300_000);

  afterAll(() => world.stop());

  const open = world.open.bind(world);
  const signIn = world.signIn.bind(world);

  it('serves the app at / and client routes, but leaves the api paths to the api', async () => {
    const html = await (
      await fetch(`${url}/caseload`, { headers: { accept: 'text/html' } })
    ).text();
    expect(html).toContain('<div id="root">');
    // No inline script: the page works under a CSP of script-src 'self'.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // Scripts go out compressed: a phone on a slow network loads a third of the bytes.
    const script = /<script[^>]*\bsrc="([^"]+)"/.exec(html)![1]!;
    const served = await fetch(`${url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(served.headers.get('content-encoding')).toBe('gzip');
    expect(served.headers.get('content-type')).toContain('javascript');
    expect((await served.text()).length).toBeGreaterThan(1000);
    const health = await fetch(`${url}/health`, { headers: { accept: 'text/html' } });
    expect(health.headers.get('content-type')).toContain('application/json');
    const missing = await fetch(`${url}/assets/missing.js`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
  });

  it('shows a mistake on the field that caused it', async () => {
    const page = await open();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const email = page.getByLabel('Email');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const error = page.locator(
      `[id="${describedBy.split(' ').find((id) => id.includes('error'))}"]`,
    );
    expect(await error.textContent()).toContain('Enter an email address');
    await check(page, 'sign-in-error');

    // A wrong password: the form keeps what was typed and says so.
    await page.getByLabel('Email').fill(ADVOCATE);
    await page.locator('input[type=password]').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(ADVOCATE);
    await page.context().close();
  });

  it('lands an advocate on Today with their overdue items, then opens a case from the caseload', async () => {
    for (const viewport of viewports) {
      const page = await open(viewport);
      await signIn(page, ADVOCATE);
      const overdue = page.getByRole('region', { name: /^Overdue/ });
      await overdue.waitFor();
      // A table on a desktop (header + items); on a phone a list of cards, never wider than it.
      if (viewport.name === 'phone') {
        expect(await overdue.getByRole('listitem').count()).toBeGreaterThan(0);
        expect(await overdue.getByRole('table').count()).toBe(0);
        // The page's own width: no wider than the phone's.
        const widest = await page.locator('body').evaluate((body) => body.scrollWidth);
        expect(widest).toBeLessThanOrEqual(viewport.width);
      } else expect(await overdue.getByRole('row').count()).toBeGreaterThan(1);
      expect(await overdue.getByText(/days? late/).count()).toBeGreaterThan(0);
      await check(page, 'today');

      // The session survives a reload of the tab (the refresh token is traded silently).
      await page.reload();
      await page.getByRole('region', { name: /^Overdue/ }).waitFor();

      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: 'Caseload' }).click();
      await page.getByRole('heading', { name: 'Caseload' }).waitFor();
      const firstCase = caseloadLinks(page).first();
      const family = (await firstCase.textContent()) ?? '';
      expect(family).not.toBe('');
      await check(page, 'caseload');
      if (viewport.name === 'phone') {
        // Cards, and the filters beyond search and order folded away: nothing wider than it.
        expect(await page.getByRole('table').count()).toBe(0);
        expect(await page.getByLabel('District').isVisible()).toBe(false);
        const widest = await page.locator('body').evaluate((body) => body.scrollWidth);
        expect(widest).toBeLessThanOrEqual(viewport.width);
      }

      await firstCase.click();
      await page.getByRole('heading', { level: 2, name: family }).waitFor();
      expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
      await page.getByRole('region', { name: 'Written requests' }).waitFor();
      await check(page, 'case');

      // The same pages in Spanish.
      if (viewport.name === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByLabel('Language').selectOption('es');
      await page.getByRole('region', { name: 'Solicitudes por escrito' }).waitFor();
      await check(page, 'case');
      await page.goto(url);
      await page.getByRole('region', { name: /^Vencidos/ }).waitFor();
      await check(page, 'today');
      await page.context().close();
    }
  }, 240_000);

  it('finds a case in the caseload by name, orders it by school, and comes back to the same list', async () => {
    const page = await open();
    await signIn(page, ADVOCATE);
    await page.getByRole('region', { name: /^Overdue/ }).waitFor();
    await page.goto(`${url}/caseload`);
    // The table once its page has arrived (it stays, busy, while the next one loads).
    const table = page.locator('table[aria-busy=false]');
    await table.getByRole('link').first().waitFor();
    // The most urgent first: the overdue column is the one sorted, descending.
    expect(
      await table.getByRole('columnheader', { name: 'Overdue' }).getAttribute('aria-sort'),
    ).toBe('descending');
    const overdue = await table.getByRole('row').locator('td:last-child').allTextContents();
    const counts = overdue.map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await page.getByLabel('Order').selectOption({ label: 'By school' });
    await page.waitForURL(/order=SCHOOL/);
    await page.waitForLoadState('networkidle');
    await table
      .getByRole('columnheader', { name: 'School' })
      .and(page.locator('[aria-sort=ascending]'))
      .waitFor();
    const schools = await table.getByRole('row').locator('td:nth-child(3)').allTextContents();
    expect(schools.length).toBeGreaterThan(1);
    expect(schools).toEqual(
      [...schools].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );

    // A family found by part of its name; the search survives a visit to the case.
    const family = (await table.getByRole('link').nth(1).textContent()) ?? '';
    const part = family.slice(0, 5);
    await page.getByLabel('Find a family or student').fill(part);
    // Each line has the part in its household's or its student's name (waited for: the
    // earlier list stays in view until the search's answer arrives).
    const lines = await settledLines(page, (texts) =>
      texts.every((text) => text.toLowerCase().includes(part.toLowerCase())),
    );
    const found = await table.getByRole('link').allTextContents();
    expect(found).toContain(family);
    expect(found.length).toBe(lines.length);
    await check(page, 'caseload-found');
    await table.getByRole('link', { name: family }).click();
    await page.getByRole('heading', { level: 2, name: family }).waitFor();
    await page.goBack();
    expect(await settledLines(page, (texts) => texts.length === lines.length)).toEqual(lines);
    expect(await page.getByLabel('Find a family or student').inputValue()).toBe(part);

    // Nothing matches: said so, not an empty table.
    await page.getByLabel('Find a family or student').fill('zzzz no such family');
    await page.getByText('No cases match.').waitFor();
    await page.context().close();
  });

  it('writes a new request: the event that starts the clock where the law has two, the letter with its deadline, saved as a draft', async () => {
    for (const viewport of viewports) {
      const page = await open(viewport);
      await signIn(page, ADVOCATE);
      await page.getByRole('region', { name: /^Overdue/ }).waitFor();
      await page.goto(`${url}/caseload`);
      const firstCase = caseloadLinks(page).first();
      await firstCase.click();
      await page.getByRole('link', { name: 'New request' }).click();
      await page.getByRole('heading', { name: /^New request for / }).waitFor();

      await page.getByRole('combobox', { name: 'What is asked' }).click();
      await page.getByRole('option', { name: 'Evaluation', exact: true }).click();
      // A Texas evaluation is timed from the written request or from consent: asked.
      await page.getByRole('combobox', { name: 'What starts the clock' }).click();
      await page.getByRole('option', { name: 'The school received the written request' }).click();
      await page.getByRole('combobox', { name: 'Send to' }).click();
      await page.getByRole('listbox').getByRole('option').first().click();
      await page.keyboard.press('Escape');
      const subject = `Evaluation request ${viewport.name} ${Date.now()}`;
      await page.getByLabel('Why it is asked').fill('Missed 23 days since September.');
      await page.getByRole('button', { name: 'Write the letter' }).click();
      const letter = page.getByRole('region', { name: 'The letter' });
      await letter.getByText(/the answer is due/).waitFor();
      expect(await letter.getByLabel('Letter').inputValue()).toContain(
        'Missed 23 days since September.',
      );
      await check(page, 'new-request');
      await letter.getByLabel('Subject').fill(subject);
      await letter.getByRole('button', { name: 'Save as a draft' }).click();
      const requests = page.getByRole('region', { name: 'Written requests' });
      const row = requests.getByRole('row').filter({ hasText: subject });
      await row.waitFor();
      expect(await row.getByText('Draft').count()).toBe(1);

      // Sent today by email: the request is followed up from now on, its deadline counted.
      await row.getByRole('button', { name: 'Record as sent' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Record as sent' }).waitFor();
      await check(page, 'record-sent');
      await dialog.getByRole('button', { name: 'Record as sent' }).click();
      await dialog.waitFor({ state: 'detached' });
      await row.getByText('Sent, awaiting answer').waitFor();
      expect(await row.getByRole('button', { name: 'Record as sent' }).count()).toBe(0);

      // The school defers for more data: recorded only with its whole plan, and not an answer
      // that ends the clock — the request is still awaiting one.
      await row.getByRole('button', { name: 'Record the answer' }).click();
      const answer = page.getByRole('dialog');
      await answer.getByRole('combobox', { name: 'What the school said' }).click();
      await page.getByRole('option', { name: 'Deferred: needs more data' }).click();
      await answer.getByRole('button', { name: 'Record the answer' }).click();
      const dataWhat = answer.getByLabel('What data it will collect');
      await expect(dataWhat.getAttribute('aria-invalid')).resolves.toBe('true');
      await check(page, 'record-answer');
      await answer.getByLabel('The promise, in the school').fill('We will collect data first');
      await dataWhat.fill('Attendance and behavior data');
      await answer.getByLabel('How it will collect it').fill('Teacher logs for four weeks');
      await answer.getByLabel('What happens in the meantime').fill('Current supports continue');
      await answer.getByLabel('By when').fill(dayFromNow(28));
      await answer.getByRole('button', { name: 'Record the answer' }).click();
      await answer.waitFor({ state: 'detached' });
      await row.getByText(/Deferred: needs more data/).waitFor();
      await row.getByText('Sent, awaiting answer').waitFor();

      // Then a no, with its reasons, from one of the people it was sent to: the form says
      // before saving that it answers the request; after, the row says so too.
      await row.getByRole('button', { name: 'Record the answer' }).click();
      const no = page.getByRole('dialog');
      await no.getByRole('combobox', { name: 'What the school said' }).click();
      await page.getByRole('option', { name: 'Denied', exact: true }).click();
      await no.getByText(/^The request is answered/).waitFor();
      // By keyboard: the field's box catches the pointer, the input the focus.
      await no.getByLabel('The reasons it gave').focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('option', { name: 'Not enough data' }).click();
      await page.getByRole('option', { name: 'Precedent or policy' }).click();
      await page.keyboard.press('Escape');
      await no.getByRole('combobox', { name: 'Who answered' }).click();
      await page.getByRole('listbox').getByRole('option').first().click();
      await no.getByLabel('Prior Written Notice came with it').check();
      await check(page, 'record-answer-denied');
      await no.getByRole('button', { name: 'Record the answer' }).click();
      await no.waitFor({ state: 'detached' });
      await row
        .getByText(/Denied \(Not enough data, Precedent or policy\) · with Prior Written Notice/)
        .waitFor();
      await row.getByText('Answered', { exact: true }).waitFor();
      await page.context().close();
    }
  });

  it('writes the letter of a new request in Spanish on a phone', async () => {
    const page = await open(viewports[1], 'es-US');
    await signIn(page, ADVOCATE);
    await page.getByRole('region', { name: /^Vencidos/ }).waitFor();
    await page.goto(`${url}/caseload`);
    await caseloadLinks(page).first().click();
    await page.getByRole('link', { name: 'Nueva solicitud' }).click();
    await page.getByRole('heading', { name: /^Nueva solicitud para / }).waitFor();
    await page.getByRole('combobox', { name: 'Qué se pide' }).click();
    await page.getByRole('option', { name: 'Expedientes', exact: true }).click();
    await page.getByRole('combobox', { name: 'Enviar a' }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Redactar la carta' }).click();
    const letter = page.getByRole('region', { name: 'La carta' });
    await letter.getByText(/la respuesta vence el/).waitFor();
    await check(page, 'new-request');
    await page.context().close();
  });

  it("says where a deadline was counted without the district's calendar, and adds the school year right there", async () => {
    // North Shore's calendar is gone (as for a district added without one).
    await superuserQuery(
      world.environment.db.adminUrl,
      `DELETE FROM school_year WHERE district_id IN
         (SELECT id FROM district WHERE name = 'North Shore Regional School District')`,
    );
    const page = await open();
    await signIn(page, ADVOCATE);
    await page.getByRole('region', { name: /^Overdue/ }).waitFor();
    await page.goto(`${url}/caseload?q=Brennan`);
    await caseloadLinks(page).filter({ hasText: 'Brennan household' }).click();
    await page.getByRole('link', { name: 'New request' }).click();
    await page.getByRole('combobox', { name: 'What is asked' }).click();
    // Massachusetts counts an evaluation's first answer in school days.
    await page.getByRole('option', { name: 'Evaluation', exact: true }).click();
    await page.getByRole('combobox', { name: 'Send to' }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Write the letter' }).click();
    const letter = page.getByRole('region', { name: 'The letter' });
    const missing = letter.getByText(
      /^North Shore Regional School District has no school calendar from/,
    );
    await missing.waitFor();
    // The reason was left out: said in words, not as the template's field name.
    await letter.getByText('Not on file, shown as placeholders: why it is asked').waitFor();
    await letter.getByLabel('Letter').fill('Please evaluate. (Edited before the calendar.)');

    await letter
      .getByRole('button', { name: /^Add North Shore Regional School District's school year$/ })
      .click();
    const year = letter.getByRole('form', { name: 'The school year' });
    await year.getByLabel('First day of school').fill(dayFromNow(-100));
    await year.getByLabel('Last day of school').fill(dayFromNow(-120));
    await year.getByRole('button', { name: 'Add the school year' }).click();
    const last = year.getByLabel('Last day of school');
    await expect(last.getAttribute('aria-invalid')).resolves.toBe('true');
    await year.getByText('The last day comes after the first.').waitFor();
    await check(page, 'new-request-no-calendar');
    await last.fill(dayFromNow(200));
    await year.getByRole('button', { name: 'Add the school year' }).click();
    await missing.waitFor({ state: 'detached' });
    await letter.getByText(/the answer is due/).waitFor();
    // Counted again; the letter as edited is kept.
    expect(await letter.getByLabel('Letter').inputValue()).toBe(
      'Please evaluate. (Edited before the calendar.)',
    );
    await page.context().close();
  });

  it('logs a contact from the case page in seconds, and says what is wrong beside its field in Spanish', async () => {
    /** A contact's row as stored, found by its note. */
    const stored = async (note: string) => {
      const rows = await superuserQuery<Record<string, unknown>>(
        world.environment.db.adminUrl,
        `SELECT c.case_id, c.party, c.guardian_id, g.name AS guardian_name, c.with_whom,
                c.channel, c.direction, c.occurred_at, c.duration_minutes, c.language, c.topics,
                c.visibility, c.note
           FROM contact_log_entry c LEFT JOIN guardian g ON g.id = c.guardian_id
          WHERE c.note = $1`,
        [note],
      );
      expect(rows).toHaveLength(1);
      return rows[0]!;
    };
    /** YYYY-MM-DDTHH:mm in Texas (the browser's zone): a datetime-local input's value. */
    const localMinute = (at: Date) =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone: 'America/Chicago',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .format(at)
        .replace(' ', 'T');
    const openCase = async (page: Page, overdue: RegExp) => {
      await signIn(page, ADVOCATE);
      await page.getByRole('region', { name: overdue }).waitFor();
      await page.goto(`${url}/caseload`);
      const firstCase = caseloadLinks(page).first();
      const family = (await firstCase.textContent()) ?? '';
      await firstCase.click();
      await page.getByRole('heading', { level: 2, name: family }).waitFor();
      return /\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    };

    // A desktop in English: a call with a guardian, with a note, on the timeline in seconds.
    const page = await open();
    const caseId = await openCase(page, /^Overdue/);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const note = `Mother called back about the evaluation meeting ${Date.now()}`;
    const started = Date.now();
    await timeline.getByRole('button', { name: 'Log a contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a contact' });
    await dialog.getByRole('combobox', { name: 'With', exact: true }).click();
    await page.getByRole('option', { name: 'A guardian' }).click();
    await dialog.getByRole('combobox', { name: 'How', exact: true }).click();
    await page.getByRole('option', { name: 'Phone call' }).click();
    // The family's guardian (preselected when it has one, picked otherwise).
    await dialog.getByRole('combobox', { name: 'Which guardian' }).click();
    const guardian = page.getByRole('listbox').getByRole('option').first();
    const guardianName = ((await guardian.textContent()) ?? '').replace(/ \(.*\)$/, '');
    expect(guardianName).not.toBe('');
    await guardian.click();
    await dialog.getByLabel('Note').fill(note);
    await dialog.getByRole('button', { name: 'Log the contact' }).click();
    await dialog.waitFor({ state: 'detached' });
    await timeline.getByText(note).waitFor();
    const elapsed = Date.now() - started;
    // The "done when": open, with whom, how, a note, saved, on the timeline — in 15 s.
    expect(elapsed).toBeLessThan(15_000);
    await timelineItem(timeline, note)
      .getByText(`Phone call, outgoing — ${guardianName}`)
      .waitFor();
    expect(await stored(note)).toMatchObject({
      case_id: caseId,
      party: 'GUARDIAN',
      guardian_name: guardianName,
      channel: 'PHONE',
      direction: 'OUTGOING',
      duration_minutes: null,
      language: 'en',
      topics: [],
      visibility: 'INTERNAL',
      with_whom: '',
    });

    // Every detail told: incoming, when, how long, in Spanish, about what, shared.
    const detailed = `Talked through the IEP draft ${Date.now()}`;
    await timeline.getByRole('button', { name: 'Log a contact' }).click();
    await dialog.getByRole('combobox', { name: 'With', exact: true }).click();
    await page.getByRole('option', { name: 'Another professional' }).click();
    await dialog.getByRole('combobox', { name: 'How', exact: true }).click();
    await page.getByRole('option', { name: 'Video call' }).click();
    expect(await dialog.getByRole('combobox', { name: 'Which guardian' }).count()).toBe(0);
    await dialog.getByLabel('Note').fill(detailed);
    await dialog.getByLabel('With whom, in words').fill('Dr. Ortiz, the family therapist');
    await dialog.getByText('Incoming', { exact: true }).click();
    const when = localMinute(new Date(Date.now() - 2 * 3_600_000));
    await dialog.getByLabel('When').fill(when);
    await dialog.getByLabel('Minutes').fill('25');
    await dialog.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Spanish' }).click();
    await dialog.getByLabel('Topics').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'IEP', exact: true }).click();
    await page.getByRole('option', { name: 'Behavior and discipline' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Share with the family').check();
    await check(page, 'log-contact');
    await dialog.getByRole('button', { name: 'Log the contact' }).click();
    await dialog.waitFor({ state: 'detached' });
    await timeline.getByText(detailed).waitFor();
    const item = timelineItem(timeline, detailed);
    await item
      .getByText('Video call, incoming — Dr. Ortiz, the family therapist (25 min)')
      .waitFor();
    await item.getByText(/ · IEP, Behavior and discipline$/).waitFor();
    await check(page, 'case-contact-logged');
    const row = await stored(detailed);
    expect(row).toMatchObject({
      case_id: caseId,
      party: 'PROFESSIONAL',
      guardian_id: null,
      with_whom: 'Dr. Ortiz, the family therapist',
      channel: 'VIDEO',
      direction: 'INCOMING',
      duration_minutes: 25,
      language: 'es',
      topics: ['IEP', 'BEHAVIOR_DISCIPLINE'],
      visibility: 'SHARED_WITH_FAMILY',
    });
    expect(localMinute(row['occurred_at'] as Date)).toBe(when);
    await page.context().close();

    // A phone in Spanish: nothing chosen, then a time to come — each said beside its field.
    const phone = await open(viewports[1], 'es-US');
    const phoneCaseId = await openCase(phone, /^Vencidos/);
    const cronologia = phone.getByRole('region', { name: 'Cronología' });
    await cronologia.getByRole('button', { name: 'Registrar un contacto' }).click();
    const dialogo = phone.getByRole('dialog', { name: 'Registrar un contacto' });
    await dialogo.getByRole('button', { name: 'Registrar el contacto' }).click();
    const withWhom = dialogo.getByRole('combobox', { name: 'Con quién', exact: true });
    await expect(withWhom.getAttribute('aria-invalid')).resolves.toBe('true');
    await dialogo.getByText('Elija con quién fue.').waitFor();
    await dialogo.getByText('Elija cómo fue.').waitFor();
    await withWhom.click();
    await phone.getByRole('option', { name: 'El estudiante' }).click();
    await dialogo.getByRole('combobox', { name: 'Cómo', exact: true }).click();
    await phone.getByRole('option', { name: 'Mensaje de texto' }).click();
    const texted = `Mateo confirmó que irá a la reunión ${Date.now()}`;
    await dialogo.getByLabel('Nota').fill(texted);
    const cuando = dialogo.getByLabel('Cuándo');
    await cuando.fill(localMinute(new Date(Date.now() + 2 * 86_400_000)));
    await dialogo.getByRole('button', { name: 'Registrar el contacto' }).click();
    // The api refuses a contact in the future: said in Spanish, beside "Cuándo".
    await dialogo.getByText('No puede ser en el futuro.').waitFor();
    await expect(cuando.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(
      await superuserQuery(
        world.environment.db.adminUrl,
        'SELECT 1 FROM contact_log_entry WHERE note = $1',
        [texted],
      ),
    ).toHaveLength(0);
    await check(phone, 'log-contact');
    const sent = localMinute(new Date(Date.now() - 30 * 60_000));
    await cuando.fill(sent);
    await dialogo.getByRole('button', { name: 'Registrar el contacto' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await cronologia.getByText(texted).waitFor();
    await timelineItem(cronologia, texted)
      .getByText('Mensaje de texto, saliente — El estudiante')
      .waitFor();
    const phoneRow = await stored(texted);
    expect(phoneRow).toMatchObject({
      case_id: phoneCaseId,
      party: 'STUDENT',
      guardian_id: null,
      channel: 'TEXT',
      direction: 'OUTGOING',
      visibility: 'INTERNAL',
    });
    expect(localMinute(phoneRow['occurred_at'] as Date)).toBe(sent);
    await phone.context().close();
  }, 240_000);

  it("shows 'not found' for another organization's case id in the address", async () => {
    const page = await open();
    await signIn(page, ADVOCATE);
    await page.getByRole('region', { name: /^Overdue/ }).waitFor();
    await page.goto(`${url}/cases/${world.otherOrganizationCaseId}`);
    await page.getByText('This case was not found in your organization.').waitFor();
    expect(await page.content()).not.toContain('Bravo-private');
    await check(page, 'case-not-found');
    await page.context().close();
  });

  it('lands an analyst on the outcome report, and refuses the rest of the console', async () => {
    const page = await open();
    await signIn(page, ANALYST);
    await page.waitForURL(/\/outcomes$/);
    await page.getByRole('heading', { level: 2, name: 'Outcomes' }).waitFor();
    await page.goto(`${url}/caseload`);
    await page.getByRole('alert').filter({ hasText: 'Not available for your role' }).waitFor();
    expect(await page.locator(CASELOAD_LINES).count()).toBe(0);
    expect(await page.getByRole('region', { name: /^Overdue/ }).count()).toBe(0);
    await check(page, 'analyst-refused');
    // The refusal points to what the analyst can open.
    await page.getByRole('link', { name: 'Open the outcome report' }).click();
    await page.waitForURL(/\/outcomes$/);
    await page.context().close();
  });

  it('signs out: the address of a page then asks to sign in again', async () => {
    const page = await open();
    await signIn(page, ADVOCATE);
    await page.getByRole('region', { name: /^Overdue/ }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${url}/caseload`);
    await page.waitForURL(/\/sign-in\?next=%2Fcaseload/);
    await page.context().close();
  });
});
