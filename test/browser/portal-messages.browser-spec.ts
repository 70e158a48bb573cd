import { expect as jestExpect } from '@jest/globals';
import { TEST_PASSWORD } from '@onrecord/platform/testing';
import {
  DESKTOP,
  PHONE,
  PortalWorld,
  screenshot,
  heading,
  noSeriousViolations,
  sees,
} from './portal-kit';

/**
 * A family writes to its advocate from the portal, in Chromium against the built api: a
 * Spanish-speaking parent on a phone opens the page from the case, is told an empty message
 * cannot go, sends one and sees it listed; the advocate finds it on the case's timeline in the
 * console. The same page in English on a phone. Every page is checked by axe-core.
 */
const SLOW = 180_000;
const world = new PortalWorld();
/** A's admin opened the case, so is its advocate (signUpAdmin's address and password). */
const ADVOCATE_EMAIL = 'portal-a@example.org';
const ADVOCATE_NAME = 'Admin PORTAL-A';
const SPANISH_MESSAGE =
  'Buenos días. Hoy Alpha no quiso bajarse del carro otra vez.\nLa consejera dice que la espera a las 9. ¿Podemos hablar mañana?';

beforeAll(() => world.start(), SLOW);
afterAll(() => world.stop(), SLOW);

/** The guardian, signed in from a fresh emailed link, on their case. */
async function signedInGuardian(options: typeof PHONE, locale: string, button: string) {
  const page = await world.newPage(options, locale);
  await page.goto(await world.requestLink());
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(/\/portal\/cases\//);
  return page;
}

it(
  'a Spanish-speaking parent on a phone writes to the advocate, who reads it on the case timeline',
  async () => {
    await world.setGuardianLanguage('es');
    const page = await signedInGuardian(PHONE, 'es-US', 'Ver mi caso');
    await heading(page, 'Lo que sigue');
    await screenshot(page, 'es-message-0-case');
    await page.getByRole('link', { name: 'Enviarle un mensaje' }).click();
    await heading(page, 'Escríbale a su defensor o defensora');
    jestExpect(page.url()).toContain(`/portal/cases/${world.a.caseId}/message`);
    await sees(page, `${ADVOCATE_NAME} lo leerá junto con su caso.`);
    await sees(page, 'Todavía no ha enviado ningún mensaje.');
    await noSeriousViolations(page);
    await screenshot(page, 'es-message-1-empty');

    // Nothing written: the box says so, and nothing is sent.
    await page.getByRole('button', { name: 'Enviar mi mensaje' }).click();
    await sees(page, 'Primero escriba su mensaje.');
    await noSeriousViolations(page);
    await screenshot(page, 'es-message-2-nothing-written');

    await page.getByLabel('Su mensaje').fill(SPANISH_MESSAGE);
    await sees(page, `${SPANISH_MESSAGE.length} de 2000 caracteres`);
    await page.getByRole('button', { name: 'Enviar mi mensaje' }).click();
    await sees(page, `Enviado. ${ADVOCATE_NAME} lo verá.`);
    jestExpect(await page.getByLabel('Su mensaje').inputValue()).toBe('');
    const listed = page.getByRole('article').first();
    jestExpect(await listed.innerText()).toContain('¿Podemos hablar mañana?');
    jestExpect(await listed.innerText()).toMatch(/\d{4}/);
    await noSeriousViolations(page);
    await screenshot(page, 'es-message-3-sent');

    // Read back after a reload: from the api, not from the page's memory.
    await page.reload();
    await heading(page, 'Mensajes que usted envió');
    await sees(page, /Hoy Alpha no quiso bajarse del carro/);

    // The advocate, in the console: on the case's timeline, with who wrote it.
    for (const [options, locale, title, name] of [
      [DESKTOP, 'en-US', 'Message from Alpha Parent (family portal)', 'en-desktop'],
      [PHONE, 'es-US', 'Mensaje de Alpha Parent (portal para familias)', 'es-phone'],
    ] as const) {
      const advocate = await world.newPage(options, locale);
      await advocate.goto(world.url);
      await advocate.waitForURL(/\/sign-in/);
      await advocate.getByLabel(/email|correo/i).fill(ADVOCATE_EMAIL);
      await advocate.locator('input[type=password]').fill(TEST_PASSWORD);
      await advocate.getByRole('button', { name: /^(sign in|iniciar sesión)$/i }).click();
      await advocate.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await advocate.goto(`${world.url}/cases/${world.a.caseId}`);
      await sees(advocate, title);
      await sees(advocate, /Hoy Alpha no quiso bajarse del carro otra vez\./);
      await advocate.waitForLoadState('networkidle');
      await noSeriousViolations(advocate);
      await screenshot(advocate, `console-case-timeline-${name}`);
    }
  },
  SLOW,
);

it(
  'in English on a phone: the page from the case, a message sent, and the earlier one listed',
  async () => {
    await world.setGuardianLanguage('en');
    const page = await signedInGuardian(PHONE, 'en-US', 'Open my case');
    await heading(page, 'What happens next');
    await page.getByRole('link', { name: 'Write to your advocate' }).click();
    await heading(page, 'Write to your advocate');
    await heading(page, 'Messages you sent');
    // The earlier one, written in Spanish, is listed as the family wrote it.
    await sees(page, /Hoy Alpha no quiso bajarse del carro/);
    await noSeriousViolations(page);
    await screenshot(page, 'en-message-1');

    await page.getByLabel('Your message').fill('  The meeting works for us on Tuesday.  ');
    await page.getByRole('button', { name: 'Send my message' }).click();
    await sees(page, `Sent. ${ADVOCATE_NAME} will see it.`);
    const newest = page.getByRole('article').first();
    jestExpect(await newest.innerText()).toContain('The meeting works for us on Tuesday.');
    await noSeriousViolations(page);
    await screenshot(page, 'en-message-2-sent');

    // Another organization's case: not found, as on the case page.
    await page.goto(`${world.url}/portal/cases/${world.b.caseId}/message`);
    await heading(page, 'Not found');
    jestExpect(await page.locator('main').innerText()).not.toContain('Bravo');
    await noSeriousViolations(page);

    await page.getByRole('link', { name: 'Go to my case' }).click();
    await heading(page, 'What happens next');
  },
  SLOW,
);
