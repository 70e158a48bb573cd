import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import { launchChromium, seriousViolations } from './browser';

const PASSWORD = 'a paper trail for every family';
/** Set to a folder to keep a screenshot of every page visited. */
const SCREENSHOTS = process.env['SCREENSHOTS_DIR'];

/**
 * Signing up and signing in by emailed link, as a person does it: the built web app served
 * by the built api, the mail caught by an SMTP server in the test, links opened in Chromium.
 */
jest.setTimeout(120_000);

describe('signing up and signing in by link, in a browser', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let api: AppProcess;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    await sink.start();
    const apiPort = await freePort();
    url = `http://127.0.0.1:${apiPort}`;
    environment = await createTestEnvironment('redis', {
      API_PORT: String(apiPort),
      NODE_ENV: 'production',
      PUBLIC_URL: url,
      SMTP_URL: sink.url,
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      LOG_LEVEL: 'warn',
    });
    api = new AppProcess(ENTRY.api, environment.env);
    await api.waitForHealth(`${url}/health`, 120_000);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await environment?.cleanUp();
    await sink.stop();
  });

  async function open(width: number, locale: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
    return context.newPage();
  }

  async function check(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const lang = await page.locator('html').getAttribute('lang');
      const width = page.viewportSize()?.width;
      await page.screenshot({
        path: join(SCREENSHOTS, `${name}-${lang}-${width}.png`),
        fullPage: true,
      });
    }
  }

  /** The link of the newest message to `to` whose text has `path`. */
  async function linkMailedTo(to: string, path: string, since: number): Promise<string> {
    const mail = await sink.waitForMatch(
      (m) => m.envelopeTo.includes(to) && (m.parsed.text ?? '').includes(path),
      since,
    );
    return new RegExp(`https?://\\S+${path.replace(/[/?]/g, '\\$&')}\\S+`).exec(
      mail.parsed.text ?? '',
    )![0];
  }

  it('creates the account and the organization from the emailed link, then shows what to set up', async () => {
    const page = await open(1366, 'en-US');
    await page.goto(`${url}/sign-in`);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    await check(page, 'sign-up');
    await page.getByLabel('Your name').fill('Rosa Delgado');
    await page.getByLabel('Email').fill('rosa@advocates.example.org');
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.getByLabel('Organization name').fill('Delgado Advocacy');
    await page.getByRole('combobox', { name: 'Home state' }).fill('TX');
    await page.getByRole('option', { name: 'TX' }).click();
    const before = sink.received.length;
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    expect(await page.getByText('rosa@advocates.example.org').count()).toBe(1);
    await check(page, 'sign-up-sent');

    const link = await linkMailedTo(
      'rosa@advocates.example.org',
      '/sign-up/confirm?token=',
      before,
    );
    expect(link.startsWith(`${url}/sign-up/confirm?token=`)).toBe(true);
    await page.goto(link);
    // A new organization starts on its getting-started checklist, with everything to do.
    await page.getByRole('heading', { name: 'Getting started' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings/start');
    await page.getByTestId('progress').waitFor();
    expect(await page.getByTestId('progress').textContent()).toBe('0 of 6 steps done');
    await check(page, 'getting-started-new');
    // The organization is the one asked for, and the new person is signed in to it.
    expect(await page.getByText('Delgado Advocacy').count()).toBeGreaterThan(0);

    // The link works once.
    const again = await open(1366, 'en-US');
    await again.goto(link);
    await again.getByText(/expired or was already used/).waitFor();
    await check(again, 'sign-up-link-used');
  });

  it('speaks Spanish on a phone and shows a mistake on the field that caused it', async () => {
    const page = await open(390, 'es-US');
    await page.goto(`${url}/sign-up`);
    await page.getByRole('heading', { name: 'Crear una cuenta' }).waitFor();
    await page.getByLabel('Su nombre').fill('Ana');
    await page.getByLabel('Correo electrónico').fill('ana@example.org');
    await page.locator('input[type=password]').fill('corta');
    await page.getByRole('button', { name: 'Crear cuenta' }).click();
    // Each mistake is written beside its field, and the field says it is invalid.
    const password = page.locator('input[type=password]');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.includes('error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(
      'Use al menos 12 caracteres.',
    );
    const organization = page.getByLabel('Nombre de la organización');
    await expect(organization.getAttribute('aria-invalid')).resolves.toBe('true');
    await check(page, 'sign-up-error');
  });

  it('signs a person in by an emailed link, once', async () => {
    const page = await open(390, 'en-US');
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill('rosa@advocates.example.org');
    const before = sink.received.length;
    await page.getByRole('button', { name: 'Email me a sign-in link instead' }).click();
    await page
      .getByRole('status')
      .getByText(/sign-in link is on its way/)
      .waitFor();
    await check(page, 'sign-in-link-sent');
    const link = await linkMailedTo('rosa@advocates.example.org', '/sign-in?token=', before);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Today' }).waitFor();

    const again = await open(390, 'en-US');
    await again.goto(link);
    await again
      .getByRole('alert')
      .getByText(/expired or was already used/)
      .waitFor();
    expect(new URL(again.url()).search).toBe('');
  });
});
