import { expect as jestExpect } from '@jest/globals';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import {
  GUARDIAN_EMAIL,
  PHONE,
  PortalWorld,
  heading,
  noSeriousViolations,
  screenshot,
  sees,
} from './portal-kit';

/**
 * The parent survey in Chromium against the built api and worker: an advocate sends it, the
 * worker emails it to a Spanish-speaking parent, who opens the link on a phone with no
 * account, is told which statements still need an answer, answers, and sees the thank-you;
 * the link then says it was answered, and a made-up one says it does not work. Every page is
 * checked by axe-core.
 */
const SLOW = 180_000;
const world = new PortalWorld();
let worker: AppProcess | undefined;

beforeAll(async () => {
  await world.start();
  const healthPort = await freePort();
  worker = new AppProcess(ENTRY.worker, {
    ...world.environment.env,
    WORKER_HEALTH_PORT: String(healthPort),
  });
  await worker.waitForHealth(`http://127.0.0.1:${healthPort}/health`);
}, SLOW);
afterAll(async () => {
  await worker?.stop();
  await world.stop();
}, SLOW);

it(
  'a Spanish-speaking parent answers the survey on a phone from the emailed link',
  async () => {
    await world.setGuardianLanguage('es');
    const before = world.sink.received.length;
    await world.asA.data('mutation ($id: ID!) { sendParentSurvey(caseId: $id) { id } }', {
      id: world.a.caseId,
    });
    const mail = await world.sink.waitForMatch(
      (m) => m.envelopeTo.includes(GUARDIAN_EMAIL),
      before,
      30_000,
    );
    jestExpect(mail.parsed.subject).toContain('quiere saber cómo le ayudamos');
    const link = /(http\S+\/portal\/survey\?token=[A-Za-z0-9_%-]+)/.exec(
      mail.parsed.text ?? '',
    )?.[1];
    jestExpect(link).toBeDefined();

    const page = await world.newPage(PHONE, 'es-US');
    await page.goto(link!);
    await heading(page, '¿Cómo le ayudamos?');
    await sees(page, '1. Conozco mejor los derechos de mi hijo o hija.');
    await noSeriousViolations(page);
    await screenshot(page, 'es-survey-0-form');

    // Sent with nothing chosen: each statement says it needs an answer, nothing is sent.
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await sees(page, '4 frases todavía no tienen respuesta.');
    await noSeriousViolations(page);
    await screenshot(page, 'es-survey-1-missing');

    const statements = page.locator('fieldset');
    jestExpect(await statements.count()).toBe(4);
    const choices = ['Muy de acuerdo', 'De acuerdo', 'No se aplica a nosotros', 'Muy de acuerdo'];
    for (const [i, choice] of choices.entries())
      await statements.nth(i).getByRole('radio', { name: choice, exact: true }).check();
    await page.getByLabel('¿Hay algo más que quiera decirnos?').fill('Gracias por todo.');
    await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
    await heading(page, '¡Gracias!');
    await noSeriousViolations(page);
    await screenshot(page, 'es-survey-2-thanks');

    const stored = await superuserQuery<{ rating: number | null }>(
      world.environment.db.adminUrl,
      `SELECT a.rating FROM parent_survey_answer a
         JOIN parent_survey_question q ON q.id = a.question_id ORDER BY q.position`,
    );
    jestExpect(stored.map((row) => row.rating)).toEqual([5, 4, null, 5]);

    // The same link again: answered already. A made-up one: it does not work.
    await page.goto(link!);
    await heading(page, 'Ya respondida');
    await noSeriousViolations(page);
    await page.goto(`${world.url}/portal/survey?token=ors_${'x'.repeat(43)}`);
    await heading(page, 'Este enlace de encuesta no funciona');
    await noSeriousViolations(page);
  },
  SLOW,
);
