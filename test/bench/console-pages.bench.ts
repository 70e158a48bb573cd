/* eslint-disable no-console -- benchmarks print their figures */
import '../setup/register-paths';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../browser/browser';
import { ADVOCATE, ANALYST, DEMO_PASSWORD } from '../browser/console-kit';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';

/**
 * The advocate console's two busiest pages on this machine, against the demo data: the time
 * from navigation until Today shows its overdue items, and until a 25-case caseload shows its
 * 25 cases (the page is drawn by its script, so shown means usable). Desktop Chromium, no
 * throttling, cache off, signed in (the session is restored from its refresh token, as when
 * an advocate opens the console in the morning); median of ROUNDS loads. Beside them, as a
 * baseline, the sign-in page, which loads no data. Budget: ≤ 1 s each. Also the demo analyst's
 * outcome dashboard until its figures and chart tables are drawn (budget ≤ 1.5 s).
 * Needs `npm run build` first: `npm run bench:console-pages`.
 */
const ROUNDS = Number(process.env['ROUNDS'] ?? 7);
const BUDGET_MS = 1000;
/** The outcome report's dashboard (issue 16's budget). */
const DASHBOARD_BUDGET_MS = 1500;
const SEED_DEMO = join(__dirname, '../../dist/apps/api/src/seed-demo.js');
/** Cases added to the demo advocate's, so that a caseload page holds 25. */
const EXTRA_CASES = 25;

/** A tab with the browser's cache off. */
async function uncachedTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

/** Milliseconds from navigation until `ready` (an expression run in the page) is true. */
async function timeUntil(page: Page, url: string, ready: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start. (A string: it runs in the page.)
  const readyAt = await page.waitForFunction(`(${ready}) ? performance.now() : null`, undefined, {
    polling: 'raf',
    timeout: 60_000,
  });
  return (await readyAt.jsonValue()) as number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Loads `url` ROUNDS times in the same tab (a signed-in tab keeps its session). */
async function measure(page: Page, url: string, ready: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) times.push(await timeUntil(page, url, ready));
  return median(times);
}

/** 25 more cases for the demo advocate, each with its own family, student and school. */
async function addCases(adminUrl: string): Promise<void> {
  const [member] = await superuserQuery<{ id: string; organization_id: string }>(
    adminUrl,
    `SELECT m.id, m.organization_id FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE u.email = $1`,
    [ADVOCATE],
  );
  if (!member) throw new Error('the demo advocate is missing: is the demo seeded?');
  await superuserQuery(
    adminUrl,
    `WITH d AS (SELECT id FROM district WHERE organization_id = $1 ORDER BY name LIMIT 1),
          n AS (SELECT generate_series(1, $3::int) AS i),
          s AS (INSERT INTO school (organization_id, district_id, name)
                SELECT $1, d.id, 'Bench School ' || n.i FROM d, n RETURNING id, name),
          f AS (INSERT INTO family (organization_id, household_name)
                SELECT $1, 'Bench household ' || n.i FROM n RETURNING id, household_name),
          st AS (INSERT INTO student (organization_id, family_id, name, grade, school_id)
                 SELECT $1, f.id, 'Bench student ' || substr(f.household_name, 17), '7', s.id
                   FROM f JOIN s ON substr(s.name, 14) = substr(f.household_name, 17)
                 RETURNING id, family_id, name),
          c AS (INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
                SELECT $1, st.family_id, st.id, 'Case of ' || st.name, '{SCHOOL_REFUSAL}', 'ACTIVE', current_date - 30
                  FROM st RETURNING id)
     INSERT INTO case_assignment (organization_id, case_id, membership_id) SELECT $1, c.id, $2 FROM c`,
    [member.organization_id, member.id, EXTRA_CASES],
  );
}

async function main(): Promise<void> {
  await globalSetup();
  let environment: TestEnvironment | undefined;
  let api: AppProcess | undefined;
  let browser: Browser | undefined;
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    environment = await createTestEnvironment('redis', {
      LOG_LEVEL: 'silent',
      API_PORT: String(port),
      NODE_ENV: 'production',
      PUBLIC_URL: url,
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.bench>',
    });
    await promisify(execFile)(process.execPath, [SEED_DEMO], {
      env: { PATH: process.env['PATH'] ?? '', ...environment.env },
    });
    await addCases(environment.db.adminUrl);
    api = new AppProcess(ENTRY.api, environment.env);
    await api.waitForHealth(`${url}/health`, 60_000);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
      timezoneId: 'America/Chicago',
    });

    const signedOut = await measure(
      await uncachedTab(context),
      `${url}/sign-in`,
      `document.querySelector('button[type=submit]')`,
    );
    // Signed in once; each load after restores the session from the tab's refresh token.
    const signedIn = async (email: string, landing: string) => {
      const tab = await uncachedTab(context);
      await tab.goto(`${url}/sign-in`);
      await tab.getByLabel('Email').fill(email);
      await tab.locator('input[type=password]').fill(DEMO_PASSWORD);
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.waitForURL(`${url}${landing}`);
      return tab;
    };
    const page = await signedIn(ADVOCATE, '/');
    const today = await measure(
      page,
      `${url}/`,
      `document.querySelectorAll('section[aria-labelledby=overdue-heading] tbody tr').length > 0`,
    );
    const caseload = await measure(
      page,
      `${url}/caseload`,
      `document.querySelectorAll('table[aria-busy=false] tbody tr').length === 25`,
    );
    // The analyst's dashboard: its figures counted and its charts' tables drawn.
    const dashboard = await measure(
      await signedIn(ANALYST, '/outcomes'),
      `${url}/outcomes`,
      `document.querySelector('[data-testid=outcomes-freshness]')?.textContent?.startsWith('Figures as of') &&
        document.querySelectorAll('main table').length > 0`,
    );
    console.log(`advocate console on this machine, desktop, cache off, median of ${ROUNDS} loads`);
    console.log('page                            until shown with its data');
    const row = (label: string, ms: number, budget?: number) =>
      console.log(
        `${label.padEnd(32)}${`${Math.round(ms)} ms`.padEnd(10)}${budget ? `(budget ${budget} ms)` : ''}`,
      );
    row('Today (overdue items)', today, BUDGET_MS);
    row('Caseload (25 cases)', caseload, BUDGET_MS);
    row('Outcomes dashboard (analyst)', dashboard, DASHBOARD_BUDGET_MS);
    row('baseline: sign-in (no data)', signedOut);
  } finally {
    await browser?.close();
    await api?.stop();
    await environment?.cleanUp();
    await globalTeardown();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
