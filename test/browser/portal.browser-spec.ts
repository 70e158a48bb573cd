import { expect as jestExpect } from '@jest/globals';
import {
  DESKTOP,
  GUARDIAN_EMAIL,
  PHONE,
  PortalWorld,
  screenshot,
  heading,
  noSeriousViolations,
  sees,
} from './portal-kit';

/**
 * The family portal in Chromium against the built api: a guardian signs in from the email's
 * link on a phone and on a desktop, in Spanish and in English, reads the case, logs a day and
 * changes the language; a used link, another organization's case id and the "keep me signed
 * in" choice. Every page is checked by axe-core.
 */
const SLOW = 180_000;
const world = new PortalWorld();

beforeAll(() => world.start(), SLOW);
afterAll(() => world.stop(), SLOW);

it(
  'a Spanish-speaking parent on a phone asks for a link, reads the case, logs today and switches to English',
  async () => {
    await world.setGuardianLanguage('es');
    const page = await world.newPage(PHONE, 'es-US');
    await page.goto(`${world.url}/portal/sign-in`);
    await heading(page, 'Entre a su portal para familias');
    await noSeriousViolations(page);
    await screenshot(page, 'es-1-ask-for-link');

    const before = world.sink.received.length;
    await page.getByLabel('Su correo electrónico').fill(GUARDIAN_EMAIL);
    await page.getByRole('button', { name: 'Envíenme un enlace' }).click();
    await sees(page, /le llegará un enlace/);
    const link = await world.linkFromMail(before);

    await page.goto(link);
    await noSeriousViolations(page);
    await screenshot(page, 'es-1b-open-link');
    await page.getByRole('button', { name: 'Ver mi caso' }).click();
    await heading(page, 'Lo que sigue');
    // The school's answer in plain Spanish, not DEFERRED_NEEDS_DATA.
    await sees(page, 'La escuela todavía no decide: dice que primero necesita más información.');
    jestExpect(await page.locator('main').innerText()).not.toMatch(
      /DEFERRED_NEEDS_DATA|ANSWER_DUE/,
    );
    jestExpect(page.url()).toContain(`/portal/cases/${world.a.caseId}`);
    await noSeriousViolations(page);
    await screenshot(page, 'es-2-my-case');

    await page.getByRole('link', { name: 'Anotar un día' }).click();
    await heading(page, 'Anotar un día');
    await noSeriousViolations(page);
    await page.getByRole('radio', { name: 'Llegó tarde' }).click();
    await page.getByLabel('Hora de llegada').fill('09:40');
    // Mantine's chip is a visually hidden checkbox under its label: tap the label.
    await page.getByText('Prepararse en la mañana', { exact: true }).click();
    jestExpect(
      await page.getByRole('checkbox', { name: 'Prepararse en la mañana' }).isChecked(),
    ).toBe(true);
    // The student's support (the advocate's words), said to be in place that day.
    await page.getByText('Alpha late start', { exact: true }).click();
    jestExpect(await page.getByRole('checkbox', { name: 'Alpha late start' }).isChecked()).toBe(
      true,
    );
    await screenshot(page, 'es-3-log-day');
    await page.getByRole('button', { name: 'Guardar este día' }).click();
    await sees(page, /^Guardado\./);
    // Read back from the api: the day as recorded, by the family.
    await sees(page, /Llegó tarde \(09:40\) — anotado por usted/);
    // The advocate sees the family's day with its support.
    const { attendanceEntries } = await world.asA.data<{
      attendanceEntries: {
        edges: Array<{
          node: { recordedByGuardianId: string | null; supports: Array<{ name: string }> };
        }>;
      };
    }>(
      'query ($id: ID!) { attendanceEntries(studentId: $id, first: 50) { edges { node { recordedByGuardianId supports { name } } } } }',
      { id: world.a.studentId },
    );
    jestExpect(
      attendanceEntries.edges
        .filter((e) => e.node.recordedByGuardianId === world.a.guardianId)
        .map((e) => e.node.supports.map((s) => s.name)),
    ).toEqual([['Alpha late start']]);
    await noSeriousViolations(page);

    await page.getByRole('link', { name: 'Ajustes' }).click();
    await heading(page, 'Ajustes');
    await noSeriousViolations(page);
    await screenshot(page, 'es-4-settings');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Guardar ajustes' }).click();
    await sees(page, 'Your settings are saved.');
    await heading(page, 'Settings');
    await screenshot(page, 'en-phone-settings');
    const { guardian } = await world.asA.data<{ guardian: { preferredLanguage: string } }>(
      'query ($id: ID!) { guardian(id: $id) { preferredLanguage } }',
      { id: world.a.guardianId },
    );
    jestExpect(guardian.preferredLanguage).toBe('en');
  },
  SLOW,
);

it(
  'on a desktop in English: the case from the link; a used link says so; another organization’s case is not found; sign out',
  async () => {
    await world.setGuardianLanguage('en');
    const link = await world.requestLink();
    const page = await world.newPage(DESKTOP, 'en-US');
    await page.goto(link);
    await heading(page, 'Sign in to your family portal');
    await noSeriousViolations(page);
    await page.getByRole('button', { name: 'Open my case' }).click();
    await heading(page, 'What happens next');
    await sees(page, 'The school has not decided yet: it says it needs more information first.');
    await heading(page, 'What we asked the school');
    await noSeriousViolations(page);
    await screenshot(page, 'en-desktop-my-case');

    await page.goto(`${world.url}/portal/cases/${world.b.caseId}`);
    await heading(page, 'Not found');
    jestExpect(await page.locator('main').innerText()).not.toContain('Bravo');
    await noSeriousViolations(page);

    await page.goto(link);
    await page.getByRole('button', { name: 'Open my case' }).click();
    await sees(page, 'This link was already used. Each link works only once.');
    await heading(page, 'Get a new sign-in link');
    await noSeriousViolations(page);

    await page.goto(`${world.url}/portal/`);
    await heading(page, 'What happens next');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Get a new sign-in link');
    await page.goto(`${world.url}/portal/`);
    await heading(page, 'Get a new sign-in link');
  },
  SLOW,
);

it(
  'ends the session with the tab unless "keep me signed in on this device" is chosen',
  async () => {
    const page = await world.newPage(PHONE, 'en-US');
    await page.goto(await world.requestLink());
    await page.getByRole('button', { name: 'Open my case' }).click();
    await heading(page, 'What happens next');
    await screenshot(page, 'en-phone-my-case');
    // A new tab has its own sessionStorage, as a browser opened again does.
    const otherTab = await page.context().newPage();
    await otherTab.goto(`${world.url}/portal/`);
    await heading(otherTab, 'Get a new sign-in link');

    await page.goto(await world.requestLink());
    await page.getByLabel('Keep me signed in on this device').check();
    await page.getByRole('button', { name: 'Open my case' }).click();
    await heading(page, 'What happens next');
    const thirdTab = await page.context().newPage();
    await thirdTab.goto(`${world.url}/portal/`);
    await heading(thirdTab, 'What happens next');
  },
  SLOW,
);

it(
  'before its script arrives, the link’s page is already drawn in the browser’s language, and its tap signs in',
  async () => {
    await world.setGuardianLanguage('es');
    const page = await world.newPage(PHONE, 'es-MX');
    // A phone on a slow network: the page's scripts have not arrived yet.
    const scripts = '**/assets/*.js';
    await page.context().route(scripts, (route) => route.abort());
    const link = await world.requestLink();

    // Another site's form cannot spend the link (nor sign this browser in to another portal).
    const forged = await fetch(link, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        origin: 'https://elsewhere.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'keep=1',
    });
    jestExpect(forged.status).toBe(403);

    await page.goto(link);
    await heading(page, 'Entre a su portal para familias');
    // (Strings: they run in the page, which the tests' types do not describe.)
    jestExpect(await page.evaluate('document.documentElement.lang')).toBe('es');
    const open = page.getByRole('button', { name: 'Ver mi caso' });
    // Drawn and styled (Mantine's filled button), with no script run.
    jestExpect(
      await page.evaluate(
        `getComputedStyle(document.querySelector('main form button[type=submit]')).backgroundColor`,
      ),
    ).toBe('rgb(25, 113, 194)');
    await noSeriousViolations(page);
    await page.getByText('Mantener mi sesión abierta en este aparato').click();
    await screenshot(page, 'es-0-link-before-script');

    // The tap posts the form; the api signs in and sends the browser to the portal, whose
    // script (arrived by now) keeps the session on this device as chosen.
    await page.context().unroute(scripts);
    await open.click();
    await heading(page, 'Lo que sigue');
    jestExpect(page.url()).not.toContain('session=');
    jestExpect(
      await page.evaluate(`localStorage.getItem('onrecord.portal.session')`),
    ).not.toBeNull();

    // The same link again, tapped before the script: it says why it cannot work.
    await page.context().route(scripts, (route) => route.abort());
    await page.goto(link);
    await page.context().unroute(scripts);
    await page.getByRole('button', { name: 'Ver mi caso' }).click();
    await sees(page, 'Este enlace ya se usó. Cada enlace sirve una sola vez.');
    await heading(page, 'Pedir un enlace nuevo');
    await noSeriousViolations(page);
  },
  SLOW,
);
