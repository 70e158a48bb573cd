import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  ApiClient,
  createTestEnvironment,
  signUpAdmin,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import { createOrganizationRecords } from '../e2e/organization-records';
import { launchChromium, seriousViolations } from './browser';

const SEED_DEMO = join(__dirname, '../../dist/apps/api/src/seed-demo.js');
export const DEMO_PASSWORD = 'paper trail makes schools answer';
export const ADVOCATE = 'marcus.advocate@demo.onrecord.example';
export const ANALYST = 'jordan.analyst@demo.onrecord.example';
/** Set to a folder to keep a screenshot of every page checked (phone and desktop). */
const SCREENSHOTS = process.env['SCREENSHOTS_DIR'];

export const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];

/** YYYY-MM-DD `days` from today in Texas (the browser's zone in these tests). */
export function dayFromNow(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(day);
}

/**
 * The advocate console as an advocate uses it: the built web app served by the built api,
 * with the worker running, on a database seeded with the demo organization, in Chromium;
 * and another organization with a case of its own, whose id the demo's people must not reach.
 */
export class ConsoleWorld {
  environment!: TestEnvironment;
  api!: AppProcess;
  worker!: AppProcess;
  browser!: Browser;
  url = '';
  otherOrganizationCaseId = '';
  otherOrganizationFollowUpId = '';
  /** A meeting on that case: its location names 'Bravo-private'. */
  otherOrganizationMeetingId = '';
  otherOrganizationStudentId = '';

  /**
   * `env` adds to or overrides the processes' environment (an SMTP server, say); `demo: false`
   * starts with no demo organization (a test of a new one).
   */
  async start(env: Record<string, string> = {}, { demo = true } = {}): Promise<void> {
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    this.url = `http://127.0.0.1:${apiPort}`;
    this.environment = await createTestEnvironment('redis', {
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      NODE_ENV: 'production',
      PUBLIC_URL: this.url,
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      LOG_LEVEL: 'warn',
      ...env,
    });
    if (demo)
      await promisify(execFile)(process.execPath, [SEED_DEMO], {
        env: { PATH: process.env['PATH'] ?? '', ...this.environment.env },
      });
    this.api = new AppProcess(ENTRY.api, this.environment.env);
    this.worker = new AppProcess(ENTRY.worker, this.environment.env);
    await Promise.all([
      this.api.waitForHealth(`${this.url}/health`, 120_000),
      this.worker.waitForHealth(`http://127.0.0.1:${workerPort}/health`, 120_000),
    ]);
    const other = await signUpAdmin(
      new ApiClient(this.url),
      'bravo-browser',
      this.environment.db.adminUrl,
    );
    const records = await createOrganizationRecords(
      new ApiClient(this.url, other.accessToken),
      'Bravo-private',
      'bravo tag',
    );
    this.otherOrganizationCaseId = records.caseId;
    this.otherOrganizationFollowUpId = records.followUpId;
    this.otherOrganizationMeetingId = records.meetingId;
    this.otherOrganizationStudentId = records.studentId;
    this.browser = await launchChromium();
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await Promise.all([this.api?.stop(), this.worker?.stop()]);
    await this.environment?.cleanUp();
  }

  /** A fresh browser tab (no session) at the given size and language. */
  async open(viewport: Viewport = VIEWPORTS[0], locale = 'en-US'): Promise<Page> {
    const context = await this.browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      locale,
      // An advocate in Texas: "today" in the forms is never ahead of the schools' day (the
      // demo's districts are in Central and Eastern time), whatever the test machine's zone.
      timezoneId: 'America/Chicago',
    });
    return context.newPage();
  }

  /** A fresh tab signed in as `email`, on the first screen it lands on. */
  async signIn(page: Page, email: string): Promise<void> {
    await page.goto(this.url);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel(/email|correo/i).fill(email);
    await page.locator('input[type=password]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /^(sign in|iniciar sesión)$/i }).click();
  }
}

/** The caseload's lines (a table, or cards on a phone) once their page has arrived. */
export const CASELOAD_LINES = '[aria-busy=false]';

/** The links to the cases on the caseload page (table or cards), once loaded. */
export function caseloadLinks(page: Page): Locator {
  return page.locator(CASELOAD_LINES).getByRole('link');
}

/**
 * The item of a case's timeline that holds `note` (its title, when, topics and note): the
 * demo's year of contacts has many with the same title, so a title is looked for in its item.
 */
export function timelineItem(timeline: Locator, note: string): Locator {
  return timeline.locator('.mantine-Timeline-itemBody').filter({ hasText: note });
}

/** axe finds nothing serious; a screenshot is kept when SCREENSHOTS_DIR asks for it. */
export async function check(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // A dialog fading in is half transparent: axe would measure the contrast of a blend.
  // (Spinners turn forever: only animations that end are waited for. A string, as the test
  // code is compiled without the DOM's types.)
  await page.waitForFunction(
    `document.getAnimations().every((a) => a.playState !== 'running' ||
      a.effect?.getComputedTiming().iterations === Infinity)`,
  );
  expect(await seriousViolations(page)).toEqual([]);
  if (SCREENSHOTS) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const size = page.viewportSize();
    const lang = await page.locator('html').getAttribute('lang');
    await page.screenshot({
      path: join(SCREENSHOTS, `${name}-${lang}-${size?.width}.png`),
      fullPage: true,
    });
  }
}
