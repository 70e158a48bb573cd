import type { Locator, Page } from 'playwright-core';
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
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
const CASE_PAGE = /\/cases\/[0-9a-f-]{36}$/;
/** The demo organization's only admin (apps/api/src/demo/demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';
const ADMIN_NAME = 'Dana Whitfield';
const SCHOOL = 'Maple Valley Middle School (Maple Valley Unified School District)';

/** The message of the field `input` names, through its aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((part) => part.includes('error'));
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** Chooses `option` in the Mantine Select `select`, typing `search` first if given. */
async function choose(page: Page, select: Locator, option: string, search?: string) {
  await select.click();
  if (search) await select.fill(search);
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

/** How many GraphQL calls of `operation` the page made. */
function counter(page: Page, operation: string): () => number {
  let count = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.postData()?.includes(`"${operation}"`)) count += 1;
  });
  return () => count;
}

/**
 * Intake in a browser: the demo advocate opens a case for a new family (a bad email refused
 * beside its field, a refused case retried without a second family), lands on the case and
 * sees the family and the student; then a case for a family already there, with a new
 * student; both are in the caseload. In Spanish and on a phone; an analyst is refused.
 */
describe('the New case page', () => {
  const world = new ConsoleWorld();
  let url: string;

  beforeAll(async () => {
    await world.start();
    url = world.url;
  }, 300_000);

  afterAll(async () => {
    await world.stop();
  });

  const signedIn = async (viewport: Viewport = DESKTOP, locale = 'en-US', who = ADVOCATE) => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, who);
    await page.waitForURL(/\/$|\/outcomes$/);
    return page;
  };

  it('opens a case for a new family from the caseload, keeping what was typed on a refusal', async () => {
    const page = await signedIn();
    const createFamilyCalls = counter(page, 'IntakeCreateFamily');
    await page.getByRole('link', { name: 'Caseload', exact: true }).click();
    await page.getByRole('link', { name: 'New case' }).click();
    await page.waitForURL(`${url}/cases/new`);
    await page.getByRole('heading', { level: 2, name: 'New case' }).waitFor();

    await page.getByRole('textbox', { name: 'Household name' }).fill('Okafor household');
    await page.getByRole('textbox', { name: "Guardian's name" }).fill('Grace Okafor');
    await page.getByRole('combobox', { name: 'Relationship to the student' }).fill('Mother');
    const email = page.getByRole('textbox', { name: 'Email' });
    await email.fill('grace at example');
    await page.getByRole('textbox', { name: 'Phone' }).fill('(512) 555-0199');
    await page.getByRole('textbox', { name: "Student's name" }).fill('Chidi Okafor');
    await page.getByLabel('Date of birth').fill('2014-05-02');
    await page.getByRole('textbox', { name: 'Grade' }).fill('6');
    await choose(page, page.getByRole('combobox', { name: 'School' }), SCHOOL);
    const title = page.getByRole('textbox', { name: 'Case title' });
    await title.fill('Will not go in since October');
    await page.getByRole('checkbox', { name: 'School refusal' }).check();

    // The api refuses the email: said beside it, everything typed still there.
    await page.getByRole('button', { name: 'Open the case' }).click();
    expect(await errorOf(page, email)).toBe('Enter a valid email address, like name@example.org.');
    expect(await email.inputValue()).toBe('grace at example');
    expect(await page.getByRole('textbox', { name: "Student's name" }).inputValue()).toBe(
      'Chidi Okafor',
    );
    expect(await page.getByRole('checkbox', { name: 'School refusal' }).isChecked()).toBe(true);
    await check(page, 'intake-email-refused');

    // The family is saved but the case refused (as if the api turned the title down): the
    // refusal on the title, and the retry opens the case without a second family.
    let refuseOnce = true;
    await page.route('**/graphql', async (route) => {
      if (refuseOnce && route.request().postData()?.includes('"IntakeOpenCase"')) {
        refuseOnce = false;
        await route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [
              {
                message: 'Invalid input',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'title', message: 'must not be empty' }],
                },
              },
            ],
          }),
        });
      } else await route.fallback();
    });
    await email.fill('grace.okafor@example.org');
    await page.getByRole('button', { name: 'Open the case' }).click();
    expect(await errorOf(page, title)).toBe('Give the case a title.');
    await page
      .getByRole('status')
      .filter({ hasText: 'Okafor household and Chidi Okafor are saved' })
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Household name' }).isDisabled()).toBe(true);
    await check(page, 'intake-saved-retry');
    await title.fill('Will not go in since the October bus change');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.waitForURL(CASE_PAGE);
    expect(createFamilyCalls()).toBe(2); // the refused one, and the one saved: not a third

    await page.getByRole('heading', { level: 2, name: 'Okafor household' }).waitFor();
    await page.getByText('Chidi Okafor').first().waitFor();
    await page.getByText('Will not go in since the October bus change').first().waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Okafor household' }).waitFor();
    await check(page, 'intake-opened');
    await page.context().close();
  });

  it('opens a case for a family already there, from Today, and lists both in the caseload', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: 'New case' }).click();
    await page.waitForURL(`${url}/cases/new`);
    await page.getByRole('radio', { name: 'A family already in OnRecord' }).check();
    await choose(
      page,
      page.getByRole('combobox', { name: 'Family' }),
      'Okafor household',
      'okafor',
    );
    await page.getByText('Guardians: Grace Okafor (Mother)').waitFor();
    const chidi = page.getByRole('radio', { name: /^Chidi Okafor · grade 6/ });
    await chidi.check();
    // The student is the family's: no student fields to fill.
    expect(await page.getByRole('textbox', { name: "Student's name" }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Case title' }).fill('Lunchroom bullying');
    await page.getByRole('checkbox', { name: 'Bullying / avoidance' }).check();
    await check(page, 'intake-existing-family');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.waitForURL(CASE_PAGE);
    await page.getByRole('heading', { level: 2, name: 'Okafor household' }).waitFor();
    await page.getByText('Lunchroom bullying').first().waitFor();

    await page.goto(`${url}/caseload?q=okafor`);
    await caseloadLinks(page).first().waitFor();
    const texts = (await page.locator('[aria-busy=false]').innerText()).replace(/\s+/g, ' ');
    expect(texts).toContain('Lunchroom bullying');
    expect(texts).toContain('Will not go in since the October bus change');
    await page.context().close();
  });

  it('lets an admin add a student to a family and assign the case to an advocate', async () => {
    const page = await signedIn(DESKTOP, 'en-US', ADMIN);
    await page.goto(`${url}/cases/new`);
    await page.getByRole('radio', { name: 'A family already in OnRecord' }).check();
    await choose(
      page,
      page.getByRole('combobox', { name: 'Family' }),
      'Navarro household',
      'navarro',
    );
    await page.getByRole('radio', { name: 'Another student (add them now)' }).check();
    await page.getByRole('textbox', { name: "Student's name" }).fill('Camila Navarro');
    await page.getByRole('textbox', { name: 'Grade' }).fill('3');
    await page
      .getByRole('textbox', { name: 'Case title' })
      .fill('Attendance letters after surgery');
    await page.getByRole('checkbox', { name: 'Attendance letters' }).check();
    const advocate = page.getByRole('combobox', { name: 'Assigned to' });
    expect(await advocate.inputValue()).toBe(ADMIN_NAME);
    await choose(page, advocate, 'Priya Raman');
    const opened = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('"IntakeOpenCase"'),
    );
    await page.getByRole('button', { name: 'Open the case' }).click();
    const answer = (await (await opened).json()) as {
      data: { openCase: { advocates: { name: string }[] } };
    };
    expect(answer.data.openCase.advocates.map((a) => a.name)).toEqual(['Priya Raman']);
    await page.waitForURL(CASE_PAGE);
    await page.getByRole('heading', { level: 2, name: 'Navarro household' }).waitFor();
    await page.getByText('Camila Navarro').first().waitFor();
    await page.context().close();
  });

  it('shows the page in Spanish, on a phone and a desktop, required fields said beside them', async () => {
    // One sign-in: the phone's page, then the same page on a desktop.
    const page = await signedIn(PHONE, 'es-US');
    await page.getByRole('heading', { level: 2, name: 'Hoy' }).waitFor();
    await page.getByRole('link', { name: 'Nuevo caso' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nuevo caso' }).waitFor();
    await page.getByRole('combobox', { name: 'Escuela' }).waitFor();
    await check(page, 'intake');
    const widest = await page.locator('body').evaluate((body) => body.scrollWidth);
    expect(widest).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: 'Abrir el caso' }).click();
    const household = page.getByRole('textbox', { name: 'Nombre del hogar' });
    expect(await errorOf(page, household)).toBe('Obligatorio.');
    // Taken to the first field to fix, far up on a phone.
    expect(await page.evaluate('document.activeElement?.getAttribute("data-path")')).toBe(
      'householdName',
    );
    expect(await page.getByText('Marque al menos un motivo de preocupación.').isVisible()).toBe(
      true,
    );
    await check(page, 'intake-required');
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await check(page, 'intake-required');
    await page.context().close();
  });

  it('refuses an analyst the page', async () => {
    const page = await signedIn(DESKTOP, 'en-US', ANALYST);
    await page.goto(`${url}/cases/new`);
    await page.getByRole('alert').filter({ hasText: 'Not available for your role' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Household name' }).count()).toBe(0);
    await check(page, 'intake-refused');
    await page.context().close();
  });
});
