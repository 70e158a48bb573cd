import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ApiClient, AUTH_FIELDS, type TestAuth } from '@onrecord/platform/testing';
import { ADVOCATE, ANALYST, check, ConsoleWorld, DEMO_PASSWORD, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
const ADMIN = 'dana.admin@demo.onrecord.example';

interface Figures {
  requests: number;
  overdueNow: number;
  deadlines: { decided: number; answeredByDeadline: number; deferred: number };
}
const FIGURES = 'requests overdueNow deadlines { decided answeredByDeadline deferred }';

/** YYYY-MM-DD today in Texas (the browser's zone in these tests). */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
/** The school year so far, as the page's default range computes it (from 1 July). */
function schoolYearSoFar(): { from: string; to: string } {
  const day = today();
  const year = Number(day.slice(0, 4));
  return { from: `${Number(day.slice(5, 7)) >= 7 ? year : year - 1}-07-01`, to: day };
}

/** What `read` gives once `ok` accepts it (10 s at most); else the test fails saying what it saw. */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let waited = 0; !ok(value) && waited < 10_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  if (!ok(value)) throw new Error(`the page never showed what was expected: ${String(value)}`);
  return value;
}

/** The same day a year earlier (29 February becomes the 28th), as the page compares. */
function yearEarlier(day: string): string {
  const earlier = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return earlier.endsWith('-02-29') ? earlier.replace(/29$/, '28') : earlier;
}

/** The big number of one headline figure, as the page shows it. */
const figure = (page: Page, label: string) =>
  page.getByRole('group', { name: label, exact: true }).locator('[data-figure]');

/**
 * The outcomes dashboard in a browser: the demo analyst lands on it and reads the same
 * figures the api gives, narrows it by a request type and a range, downloads CSV files; an
 * advocate is told the report is not for their role.
 */
describe('the outcomes dashboard', () => {
  const world = new ConsoleWorld();
  let analyst: ApiClient;

  const logIn = async (email: string) => {
    const anonymous = new ApiClient(world.url);
    const { logIn: auth } = await anonymous.data<{ logIn: TestAuth }>(
      `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { email, password: DEMO_PASSWORD } },
    );
    return anonymous.as(auth.accessToken);
  };

  const report = async (
    range: { from: string; to: string },
    filter: Record<string, string[]> = {},
  ): Promise<Figures> =>
    (
      await analyst.data<{ outcomeReport: Figures }>(
        `query ($range: ReportRangeInput!, $filter: OutcomeReportFilter) {
           outcomeReport(range: $range, filter: $filter) { ${FIGURES} } }`,
        { range, filter },
      )
    ).outcomeReport;

  beforeAll(async () => {
    await world.start();
    analyst = await logIn(ANALYST);
  }, 300_000);

  afterAll(() => world.stop());

  for (const viewport of [DESKTOP, PHONE])
    for (const locale of ['en-US', 'es-US'])
      it(`lands the analyst on the demo's outcomes (${viewport.name}, ${locale})`, async () => {
        const expected = await report(schoolYearSoFar());
        // The demo's requests were sent this school year: the default range has them.
        expect(expected.requests).toBeGreaterThanOrEqual(10);
        expect(expected.overdueNow).toBeGreaterThan(0);
        const english = locale === 'en-US';
        const page = await world.open(viewport, locale);
        await world.signIn(page, ANALYST);
        await page.waitForURL(/\/outcomes$/);
        await until(
          () => figure(page, english ? 'Requests sent' : 'Solicitudes enviadas').textContent(),
          (v) => v === String(expected.requests),
        );
        expect(await figure(page, english ? 'Overdue now' : 'Vencidas ahora').textContent()).toBe(
          String(expected.overdueNow),
        );
        const share = Math.round(
          (100 * expected.deadlines.answeredByDeadline) / expected.deadlines.decided,
        );
        expect(
          await figure(
            page,
            english ? 'Answered by the deadline' : 'Respondidas dentro del plazo',
          ).textContent(),
        ).toMatch(new RegExp(`^${share}\\s?%$`));
        // The default stack has no read replica: the figures are current, said in a quiet line
        // (no notice) with the time in the interface's language.
        const freshness = page.getByTestId('outcomes-freshness');
        await until(
          () => freshness.textContent(),
          (v) =>
            (english
              ? /^Figures as of \d{1,2}:\d{2}\s[AP]M\.$/
              : /^Cifras actualizadas a las? \d{1,2}:\d{2}\.$/
            ).test(v ?? ''),
        );
        expect(await freshness.getAttribute('role')).toBeNull();
        // The charts' figures are there as tables too.
        await page
          .getByRole('table', {
            name: english ? 'How schools answered' : 'Cómo respondieron las escuelas',
          })
          .waitFor();
        // The analyst's menu has the reports only.
        if (viewport === PHONE)
          await page.getByRole('button', { name: english ? 'Menu' : 'Menú' }).click();
        const nav = page.getByRole('navigation');
        expect(await nav.getByRole('link').allTextContents()).toEqual(
          english ? ['Outcomes', 'Funder reports'] : ['Resultados', 'Informes para financiadores'],
        );
        if (viewport === PHONE)
          await page.getByRole('button', { name: english ? 'Menu' : 'Menú' }).click();
        await check(page, 'outcomes');
        await page.context().close();
      });

  for (const [viewport, locale] of [
    [DESKTOP, 'en-US'],
    [PHONE, 'es-US'],
  ] as const)
    it(`says calmly when figures from a replica are behind (${viewport.name}, ${locale})`, async () => {
      // As a replica 12 minutes behind, with 3 requests the worker has yet to recompute,
      // would answer: the api's own answer, its freshness changed.
      const page = await world.open(viewport, locale);
      await page.route('**/graphql', async (route) => {
        if (!route.request().postData()?.includes('"operationName":"OutcomeReport"'))
          return route.fallback();
        const response = await route.fetch();
        const body = (await response.json()) as {
          data?: { outcomeReport?: { freshness: Record<string, unknown> } };
        };
        if (body.data?.outcomeReport)
          body.data.outcomeReport.freshness = {
            ...body.data.outcomeReport.freshness,
            asOf: new Date(Date.now() - 12 * 60_000).toISOString(),
            replica: true,
            requestsAwaitingRecompute: 3,
          };
        await route.fulfill({ response, json: body });
      });
      await world.signIn(page, ANALYST);
      await page.waitForURL(/\/outcomes$/);
      const notice = page.getByTestId('outcomes-freshness');
      const english = locale === 'en-US';
      await until(
        () => notice.textContent(),
        (v) =>
          (english
            ? /^These figures are as of \d{1,2}:\d{2}\s[AP]M \(12 minutes ago\); 3 recent requests are not counted yet\. They update within a few minutes\.$/
            : /^Estas cifras están actualizadas a las? \d{1,2}:\d{2} \(hace 12 minutos\); aún no incluyen 3 solicitudes recientes\. Se actualizarán en unos minutos\.$/
          ).test(v ?? ''),
      );
      // A notice the screen reader hears, not an error.
      expect(await notice.getAttribute('role')).toBe('status');
      await check(page, 'outcomes-freshness-behind');
      await page.context().close();
    });

  it('narrows the report by request type and range, and says where too few requests count', async () => {
    const page = await world.open(DESKTOP);
    await world.signIn(page, ANALYST);
    await page.waitForURL(/\/outcomes$/);
    const all = await report(schoolYearSoFar());
    await until(
      () => figure(page, 'Requests sent').textContent(),
      (v) => v === String(all.requests),
    );

    const records = await report(schoolYearSoFar(), { requestTypes: ['RECORDS'] });
    expect(records.requests).toBeGreaterThan(0);
    expect(records.requests).toBeLessThan(all.requests);
    await page.getByRole('combobox', { name: 'Request types' }).click();
    await page.getByRole('option', { name: 'Records', exact: true }).click();
    await page.keyboard.press('Escape');
    await until(
      () => figure(page, 'Requests sent').textContent(),
      (v) => v === String(records.requests),
    );
    expect(page.url()).toContain('type=RECORDS');
    const onTime = page.getByRole('group', { name: 'Answered by the deadline' });
    if (records.deadlines.decided < 5)
      expect(await onTime.textContent()).toContain('too few (fewer than 5) for a fair figure');
    else expect(await onTime.locator('[data-figure]').textContent()).toMatch(/%$/);

    // Last school year (whatever the demo sent then: the page shows the api's figure).
    const last = await report({
      from: `${Number(schoolYearSoFar().from.slice(0, 4)) - 1}-07-01`,
      to: schoolYearSoFar().from.replace(/-07-01$/, '-06-30'),
    });
    await page.getByText('Last school year').click();
    const lastYear = String(Number(schoolYearSoFar().from.slice(0, 4)) - 1);
    await until(
      () => page.getByTestId('outcomes-range').textContent(),
      (v) => (v ?? '').includes(lastYear),
    );
    if (last.requests === 0)
      await page
        .getByText('No written request was sent in this range with these filters.')
        .waitFor();
    else
      await until(
        () => figure(page, 'Requests sent').textContent(),
        (v) => v === String(last.requests),
      );

    // Back to this year (still records only), compared with the same days a year earlier.
    const range = schoolYearSoFar();
    const earlier = await report(
      { from: yearEarlier(range.from), to: yearEarlier(range.to) },
      { requestTypes: ['RECORDS'] },
    );
    await page.getByText('This school year so far').click();
    // The range shown is this school year's again before the comparison is switched on.
    await until(
      () => page.getByTestId('outcomes-range').textContent(),
      (v) =>
        (v ?? '').includes(String(Number(range.from.slice(0, 4)))) && !(v ?? '').includes(lastYear),
    );
    await page.getByRole('switch', { name: 'Compare with the same days a year earlier' }).click();
    const requestsSent = page.getByRole('group', { name: 'Requests sent', exact: true });
    await until(
      () => requestsSent.textContent(),
      (v) => (v ?? '').includes(`A year earlier: ${earlier.requests}`),
    );
    expect(await figure(page, 'Requests sent').textContent()).toBe(String(records.requests));
    await check(page, 'outcomes-filtered');
    await page.context().close();
  });

  it("lists the requests behind a figure and behind a school's late answers", async () => {
    const expected = await report(schoolYearSoFar());
    const { outcomeReport } = await analyst.data<{
      outcomeReport: { schools: Array<{ id: string; name: string; late: number }> };
    }>(
      `query ($range: ReportRangeInput!) { outcomeReport(range: $range) { schools { id name late } } }`,
      { range: schoolYearSoFar() },
    );
    const lateSchool = outcomeReport.schools.find((s) => s.late > 0)!;
    const page = await world.open(DESKTOP);
    await world.signIn(page, ANALYST);
    await page.waitForURL(/\/outcomes$/);
    await page
      .getByRole('group', { name: 'Overdue now', exact: true })
      .getByRole('link', { name: 'See these requests' })
      .click();
    await page.waitForURL(/\/outcomes\/requests\?.*figure=OVERDUE_NOW/);
    await page.getByRole('heading', { level: 2, name: 'Requests overdue now' }).waitFor();
    const rows = page.getByTestId('behind-request');
    await until(
      () => rows.count(),
      (n) => n === expected.overdueNow,
    );
    // Every one is overdue, and an analyst reads figures, not families' cases.
    expect(new Set(await rows.locator('td:nth-child(6)').allTextContents())).toEqual(
      new Set(['Overdue']),
    );
    expect(await page.getByRole('link', { name: 'Open the case' }).count()).toBe(0);
    await check(page, 'outcomes-behind');

    await page.getByRole('link', { name: 'Back to the outcome report' }).click();
    await page.waitForURL(/\/outcomes$/);
    await page
      .getByRole('link', { name: `${lateSchool.late} late at ${lateSchool.name}: see them` })
      .click();
    await page
      .getByRole('heading', { level: 2, name: 'Requests answered late or overdue' })
      .waitFor();
    expect(new URL(page.url()).searchParams.getAll('school')).toEqual([lateSchool.id]);
    await until(
      () => rows.count(),
      (n) => n === lateSchool.late,
    );
    expect(new Set(await rows.locator('td:nth-child(2)').allTextContents())).toEqual(
      new Set([lateSchool.name]),
    );
    await page.context().close();

    // An admin opens a case from the list; on a phone, in Spanish, the rows are cards.
    const phone = await world.open(PHONE, 'es-US');
    await world.signIn(phone, ADMIN);
    await phone.waitForURL(`${world.url}/`);
    await phone.goto(`${world.url}/outcomes/requests?figure=OVERDUE_NOW`);
    await phone.getByRole('heading', { level: 2, name: 'Solicitudes vencidas ahora' }).waitFor();
    await until(
      () => phone.getByTestId('behind-request').count(),
      (n) => n === expected.overdueNow,
    );
    await check(phone, 'outcomes-behind');
    await phone.getByRole('link', { name: 'Abrir el caso' }).first().click();
    await phone.waitForURL(/\/cases\/[0-9a-f-]+$/);
    await phone.context().close();
  });

  it('downloads the report as CSV files with the range and filters on screen', async () => {
    const page = await world.open(DESKTOP);
    await world.signIn(page, ANALYST);
    await page.waitForURL(/\/outcomes$/);
    const all = await report(schoolYearSoFar());
    await until(
      () => figure(page, 'Requests sent').textContent(),
      (v) => v === String(all.requests),
    );

    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      const range = schoolYearSoFar();
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^outcome-[a-z-]+-${range.from}-${range.to}\\.csv$`),
      );
      return readFileSync(await file.path(), 'utf8')
        .trim()
        .split(/\r?\n/);
    };
    const summary = await download('Summary');
    expect(summary[0]).toBe('figure,value');
    expect(summary).toContain(`requests,${all.requests}`);
    const requests = await download('Each request');
    expect(requests[0]).toMatch(/^request_id,case_id,type,state,/);
    expect(requests[0]).toContain('due_set_by_hand');
    expect(requests.length - 1).toBe(all.requests);
    await page.context().close();
  });

  it('gives an admin the report beside the console, over days chosen in the address', async () => {
    const page = await world.open(DESKTOP);
    await world.signIn(page, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Caseload' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Outcomes' }).click();
    await page.waitForURL(/\/outcomes$/);
    // The last 30 days, as a link someone shared.
    const to = today();
    const from = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(
      new Date(Date.now() - 30 * 86_400_000),
    );
    const recent = await report({ from, to });
    expect(recent.requests).toBeLessThan((await report(schoolYearSoFar())).requests);
    await page.goto(`${world.url}/outcomes?range=custom&from=${from}&to=${to}`);
    expect(await page.getByRole('textbox', { name: 'From' }).inputValue()).toContain(
      String(Number(from.slice(8, 10))),
    );
    if (recent.requests === 0) await page.getByText('No written request was sent').waitFor();
    else
      await until(
        () => figure(page, 'Requests sent').textContent(),
        (v) => v === String(recent.requests),
      );
    await page.context().close();
  });

  it("tells an advocate the report is for admins and analysts (the api's answer)", async () => {
    const page = await world.open(PHONE, 'es-US');
    await world.signIn(page, ADVOCATE);
    await page.waitForURL((u) => u.pathname === '/');
    await page.goto(`${world.url}/outcomes`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'El informe de resultados es para administradores y analistas' })
      .waitFor();
    expect(await page.getByRole('group', { name: 'Solicitudes enviadas' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Resumen', exact: true }).count()).toBe(0);
    // Nothing to choose when the report is not theirs.
    expect(await page.getByLabel('Distritos').count()).toBe(0);
    await page.getByRole('button', { name: 'Menú' }).click();
    expect(
      await page.getByRole('navigation').getByRole('link', { name: 'Resultados' }).count(),
    ).toBe(0);
    await page.getByRole('button', { name: 'Menú' }).click();
    await check(page, 'outcomes-advocate');
    await page.context().close();
  });
});
