import type { Browser } from 'playwright-core';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import { launchChromium } from './browser';

jest.setTimeout(180_000);

const USER = 'operator';
const PASSWORD = 'correct-horse-battery-staple';
/** Set to a folder to keep a screenshot of the page. */
const SCREENSHOTS = process.env['SCREENSHOTS_DIR'];

/**
 * The operators' queue dashboard as a browser draws it: the built api (production settings,
 * so its security headers are the real ones) and worker on Redis, bull-board's page opened
 * with the dashboard's credentials. Its scripts must run under the api's content security
 * policy and show every queue by name.
 */
describe('queue dashboard in a browser', () => {
  let environment: TestEnvironment;
  let api: AppProcess;
  let worker: AppProcess;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${apiPort}`;
    environment = await createTestEnvironment('redis', {
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      NODE_ENV: 'production',
      PUBLIC_URL: url,
      SMTP_URL: 'smtp://127.0.0.1:1',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      LOG_LEVEL: 'warn',
      QUEUE_DASHBOARD_USER: USER,
      QUEUE_DASHBOARD_PASSWORD: PASSWORD,
    });
    api = new AppProcess(ENTRY.api, environment.env);
    worker = new AppProcess(ENTRY.worker, environment.env);
    await Promise.all([
      api.waitForHealth(`${url}/health`, 120_000),
      worker.waitForHealth(`http://127.0.0.1:${workerPort}/health`, 120_000),
    ]);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment?.cleanUp();
  });

  it('asks a browser without credentials for them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Headless Chromium has no one to ask: challenged, it gives up on the page.
    await expect(page.goto(`${url}/admin/queues`)).rejects.toThrow(/ERR_INVALID_AUTH_CREDENTIALS/);
    await context.close();
  });

  it('draws the page with every queue by name, its scripts allowed by the CSP', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      httpCredentials: { username: USER, password: PASSWORD },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${url}/admin/queues`);
    expect(response?.status()).toBe(200);
    // The api's own headers, in production: the page is drawn under them.
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(headers['strict-transport-security']).toMatch(/max-age=/);
    for (const queue of ['follow-ups', 'reports', 'system'])
      await page.getByRole('link', { name: queue, exact: true }).first().waitFor();
    // The loading placeholder of the served HTML is gone: bull-board's scripts ran.
    expect(await page.getByText('Loading', { exact: true }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/queue-dashboard.png` });
    // A queue's own page, by its link, and again on reload (bull-board's own route).
    await page.getByRole('link', { name: 'follow-ups', exact: true }).first().click();
    await page.waitForURL(`${url}/admin/queues/queue/follow-ups`);
    await page.reload();
    await page.getByRole('link', { name: 'reports', exact: true }).first().waitFor();
    // Under the api's security headers, the only thing refused is the stylesheet of Google
    // Fonts the page links (on purpose: see queueDashboardGate); no script, no request fails.
    expect(errors.filter((error) => !/fonts\.googleapis\.com/.test(error))).toEqual([]);
    await context.close();
  });
});
