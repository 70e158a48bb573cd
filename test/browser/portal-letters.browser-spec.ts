import { expect as jestExpect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { daysAfter } from '@onrecord/test-fixtures';
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
 * The family portal's letters and attendance pattern in Chromium against the built api: a
 * Spanish-speaking parent on a phone opens a letter from the case and reads it and the
 * school's answer in full (the letter in English, as written), is told another family's or
 * organization's letter and a draft are not found, then opens the pattern page and reads
 * captions that match the days logged; the same pages on a desktop in English. Axe on each.
 */
const SLOW = 180_000;
const world = new PortalWorld();

/** A letter of several paragraphs, as an advocate writes one, and the school's long answer. */
const SUBJECT = 'Request for a reintegration plan for Alpha Student';
const BODY = [
  'Dear Principal,',
  '',
  'I am writing on behalf of the Alpha family. Alpha Student has missed most Mondays since ' +
    'October because of severe anxiety in the morning. We ask the school to meet with the ' +
    'family within ten school days to write a plan for a gradual return: shorter days at ' +
    'first, a safe person on arrival, and a quiet place to go when it gets too much.',
  '',
  'Please answer in writing. A link with no spaces, to check wrapping: ' +
    'https://example.org/a-very-long-address-that-should-wrap-on-a-phone-screen/plan',
  '',
  'Thank you,',
  'Alpha advocate',
].join('\n');
const ANSWER =
  'We agree to meet. The counselor will call the family this week to set a day.\n\n' +
  'Until then Alpha Student may arrive at 9:30 and go to the counselor’s office first.';

/** Days the advocate logged: [weeks ago, weekday (0 Monday), status, triggers]. */
const DAYS: Array<[number, number, string, string[]]> = [
  [3, 0, 'ABSENT', ['Morning transition']],
  [3, 1, 'FULL', []],
  [3, 2, 'PARTIAL', ['Loud noise']],
  [2, 0, 'ABSENT', ['Morning transition']],
  [2, 1, 'FULL', []],
  [2, 2, 'PARTIAL', ['Loud noise']],
  [2, 3, 'ABSENT', []],
  [1, 0, 'ABSENT', ['Morning transition']],
  [1, 1, 'FULL', []],
  [1, 2, 'FULL', []],
  [1, 3, 'FULL', []],
];

let letterId = '';

/** The day `weekday` (0 Monday) of the week `weeksAgo` weeks before this one (UTC days). */
function dayOf(weeksAgo: number, weekday: number): string {
  const today = new Date().toISOString().slice(0, 10);
  const isoWeekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return daysAfter(today, -isoWeekday - 7 * weeksAgo + weekday);
}

beforeAll(async () => {
  await world.start();
  const { asA, a } = world;
  const { createWrittenRequest } = await asA.data<{ createWrittenRequest: { id: string } }>(
    'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
    {
      input: {
        caseId: a.caseId,
        type: 'REINTEGRATION_PLAN',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        subject: SUBJECT,
        body: BODY,
        recipientIds: [a.contactId],
      },
    },
  );
  letterId = createWrittenRequest.id;
  const sentOn = dayOf(1, 0);
  await asA.data(
    'mutation ($id: ID!, $input: SendWrittenRequestInput!) { sendWrittenRequest(id: $id, input: $input) { id } }',
    { id: letterId, input: { sentOn, receivedOn: sentOn, channel: 'EMAIL' } },
  );
  await asA.data(
    'mutation ($id: ID!, $input: SchoolResponseInput!) { recordSchoolResponse(requestId: $id, input: $input) { id } }',
    {
      id: letterId,
      input: {
        receivedOn: dayOf(1, 2),
        channel: 'EMAIL',
        outcome: 'MEETING_SCHEDULED',
        respondedByContactId: a.contactId,
        summary: ANSWER,
      },
    },
  );
  for (const [weeksAgo, weekday, status, triggers] of DAYS)
    await asA.data(
      'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
      {
        input: {
          studentId: a.studentId,
          date: dayOf(weeksAgo, weekday),
          status,
          triggers,
          ...(status === 'PARTIAL' ? { periodsMissed: [1, 2] } : {}),
        },
      },
    );
}, SLOW);

afterAll(() => world.stop(), SLOW);

/** Signed in from the email's link, on the case page. */
async function signIn(page: Page, button: string, firstHeading: string): Promise<void> {
  await page.goto(await world.requestLink());
  await page.getByRole('button', { name: button }).click();
  await heading(page, firstHeading);
}

/** Nothing wider than the screen: no sideways scrolling on a phone. */
const fitsTheScreen = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

/** The page's main text, with its line breaks as the browser lays them out. */
const mainText = (page: Page) => page.locator('main').innerText();

it(
  'a Spanish-speaking parent on a phone reads a letter and the answer in full, then the pattern',
  async () => {
    await world.setGuardianLanguage('es');
    const page = await world.newPage(PHONE, 'es-US');
    await signIn(page, 'Ver mi caso', 'Lo que sigue');
    const request = page.getByRole('article').filter({ hasText: SUBJECT });
    await request.getByRole('link', { name: 'Leer la carta' }).click();
    await heading(page, 'La carta');
    jestExpect(page.url()).toContain(`/portal/cases/${world.a.caseId}/requests/${letterId}`);
    await heading(page, 'Un plan para volver a la escuela');
    // The letter as written (in English), every paragraph; the page around it in Spanish.
    const text = await mainText(page);
    for (const paragraph of BODY.split('\n').filter(Boolean)) jestExpect(text).toContain(paragraph);
    jestExpect(text).toContain(`Asunto: ${SUBJECT}`);
    jestExpect(text).toContain('Para: Alpha Principal (director o directora de la escuela)');
    jestExpect(text).toMatch(/Enviada el lunes, \d+ de \w+ de \d{4}, por correo electrónico\./);
    await heading(page, 'Lo que respondió la escuela');
    jestExpect(text).toMatch(
      /El miércoles, \d+ de \w+ de \d{4}, Alpha Principal \(director o directora de la escuela\) respondió:/,
    );
    jestExpect(text).toContain('La escuela organizó una reunión para hablarlo.');
    for (const paragraph of ANSWER.split('\n').filter(Boolean))
      jestExpect(text).toContain(paragraph);
    // Nothing wider than the phone: the long address wraps.
    jestExpect(await fitsTheScreen(page)).toBe(true);
    await noSeriousViolations(page);
    await screenshot(page, 'letters-es-phone-letter');

    // Another organization's letter, another's draft: the portal's "not found" page.
    for (const id of [world.b.writtenRequestId, world.a.draftRequestId]) {
      await page.goto(`${world.url}/portal/cases/${world.a.caseId}/requests/${id}`);
      await heading(page, 'No encontrado');
      jestExpect(await mainText(page)).not.toMatch(/Bravo|meeting request/);
    }
    await noSeriousViolations(page);

    await page.getByRole('link', { name: 'Cómo va' }).click();
    await heading(page, 'Cómo van los días de escuela');
    await sees(page, 'Los lunes son los más difíciles: faltó 3 de 3.');
    // Mondays, Thursday 2 weeks ago: 4 of 11 missed, 2 in part; the last 2 weeks 1 of 4,
    // the 2 before 3 of 7.
    await sees(
      page,
      'En las últimas 8 semanas: 11 días de escuela anotados; faltó 4 y fue solo parte del día en 2.',
    );
    await sees(
      page,
      'Mejor últimamente: faltó 1 de 4 días en las últimas 2 semanas, frente a 3 de 7 antes.',
    );
    await sees(page, 'Lo que más se repitió: Prepararse en la mañana, en 3 días.');
    await noSeriousViolations(page);
    jestExpect(await fitsTheScreen(page)).toBe(true);
    await screenshot(page, 'letters-es-phone-pattern');

    // Four weeks: the same days, all within them.
    await page.getByText('4 semanas', { exact: true }).click();
    await sees(page, /^En las últimas 4 semanas: 11 días/);
  },
  SLOW,
);

it(
  'on a desktop in English: the letter from the case page, and the pattern',
  async () => {
    await world.setGuardianLanguage('en');
    const page = await world.newPage(DESKTOP, 'en-US');
    await signIn(page, 'Open my case', 'What happens next');
    await screenshot(page, 'letters-en-desktop-case');
    const request = page.getByRole('article').filter({ hasText: SUBJECT });
    await request.getByRole('link', { name: 'Read the letter' }).click();
    await heading(page, 'The letter');
    await heading(page, 'A plan to return to school');
    await sees(page, 'To: Alpha Principal (principal)');
    await sees(page, 'The school set up a meeting to discuss it.');
    await noSeriousViolations(page);
    await screenshot(page, 'letters-en-desktop-letter');
    await page.getByRole('link', { name: /Back to my case/ }).click();
    await heading(page, 'What happens next');

    await page.getByRole('link', { name: 'Patterns' }).click();
    await heading(page, 'How the school days are going');
    await sees(page, 'Mondays are the hardest: 3 of 3 missed.');
    await sees(page, 'What came up most: Getting ready in the morning, on 3 days.');
    await noSeriousViolations(page);
    await screenshot(page, 'letters-en-desktop-pattern');
  },
  SLOW,
);

it(
  'on a phone in English: the letter and the pattern, for the screenshots',
  async () => {
    const page = await world.newPage(PHONE, 'en-US');
    await signIn(page, 'Open my case', 'What happens next');
    await page.goto(`${world.url}/portal/cases/${world.a.caseId}/requests/${letterId}`);
    await heading(page, 'What the school answered');
    await screenshot(page, 'letters-en-phone-letter');
    await page.goto(`${world.url}/portal/pattern`);
    await sees(page, 'Mondays are the hardest: 3 of 3 missed.');
    await screenshot(page, 'letters-en-phone-pattern');
    // The family's own letter under another case's address: not found either.
    await page.goto(`${world.url}/portal/cases/${world.b.caseId}/requests/${letterId}`);
    await heading(page, 'Not found');
  },
  SLOW,
);
