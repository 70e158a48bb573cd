import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect as jestExpect } from '@jest/globals';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestEnvironment,
  signUpAdmin,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, seriousViolations } from './browser';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import {
  createOrganizationRecords,
  INBOUND_WEBHOOK_SECRET,
  type OrganizationRecords,
} from '../e2e/organization-records';

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

export const GUARDIAN_EMAIL = 'parent@family.example.org';

/**
 * The built api (serving the built web app) on its own database, an in-process SMTP server
 * for its mail, Chromium, and two organizations: A, whose guardian uses the portal, and B,
 * whose case id A's guardian must not see.
 */
export class PortalWorld {
  readonly sink = new SmtpSink();
  environment!: TestEnvironment;
  api!: AppProcess;
  browser!: Browser;
  private readonly contexts: BrowserContext[] = [];
  url = '';
  asA!: ApiClient;
  a!: OrganizationRecords;
  b!: OrganizationRecords;

  async start(): Promise<void> {
    await this.sink.start();
    const apiPort = await freePort();
    this.url = `http://127.0.0.1:${apiPort}`;
    this.environment = await createTestEnvironment('redis', {
      SMTP_URL: this.sink.url,
      API_PORT: String(apiPort),
      NODE_ENV: 'production',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      PUBLIC_URL: this.url,
      // The school's replies come in through the provider's webhook (captureReply).
      INBOUND_WEBHOOK_SECRET,
    });
    this.api = new AppProcess(ENTRY.api, this.environment.env);
    await this.api.waitForHealth(`${this.url}/health`);
    const anonymous = new ApiClient(this.url);
    const adminA = await signUpAdmin(anonymous, 'portal-a', this.environment.db.adminUrl);
    const adminB = await signUpAdmin(anonymous, 'portal-b', this.environment.db.adminUrl);
    this.asA = anonymous.as(adminA.accessToken);
    this.a = await createOrganizationRecords(this.asA, 'Alpha', 'Fire drills');
    this.b = await createOrganizationRecords(anonymous.as(adminB.accessToken), 'Bravo', 'Drills');
    await this.asA.data(
      'mutation ($id: ID!, $email: String) { updateGuardian(id: $id, input: { email: $email }) { id } }',
      { id: this.a.guardianId, email: GUARDIAN_EMAIL },
    );
    await this.asA.data(
      'mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }',
      { id: this.a.guardianId },
    );
    this.browser = await launchChromium();
  }

  /** A page in a browser context of its own (closed by `stop`). */
  async newPage(options: BrowserContextOptions, locale: string): Promise<Page> {
    const context = await this.browser.newContext({ ...options, locale });
    this.contexts.push(context);
    return context.newPage();
  }

  async stop(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
    await this.browser?.close();
    await this.api?.stop();
    await this.environment?.cleanUp();
    await this.sink.stop();
  }

  /** The guardian's language, as the advocate sets it. */
  async setGuardianLanguage(language: string): Promise<void> {
    await this.asA.data(
      'mutation ($id: ID!, $l: String) { updateGuardian(id: $id, input: { preferredLanguage: $l }) { id } }',
      { id: this.a.guardianId, l: language },
    );
  }

  /** Asks for a sign-in link through the api; resolves with the link from the email. */
  async requestLink(): Promise<string> {
    const before = this.sink.received.length;
    await new ApiClient(this.url).data(
      'mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }',
      { e: GUARDIAN_EMAIL },
    );
    return this.linkFromMail(before);
  }

  /** The sign-in link in the first email to the guardian after the `before`th. */
  async linkFromMail(before: number): Promise<string> {
    // The worker may send a follow-up meanwhile: wait for the guardian's own mail.
    const mail = await this.sink.waitForMatch((m) => m.envelopeTo.includes(GUARDIAN_EMAIL), before);
    const link = /(http\S+\/portal\/sign-in\?token=[A-Za-z0-9_%-]+)/.exec(mail.parsed.text ?? '');
    if (!link) throw new Error(`no sign-in link in: ${mail.parsed.text}`);
    return link[1]!;
  }
}

/** Waits for the text to be on the page; on a timeout, says what the page showed. */
export async function sees(page: Page, text: string | RegExp): Promise<void> {
  await page
    .getByText(text)
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 })
    .catch(async (error: Error) => failWithPage(page, error));
}

export async function heading(page: Page, name: string): Promise<void> {
  await page
    .getByRole('heading', { name, exact: true })
    .waitFor({ timeout: 15_000 })
    .catch(async (error: Error) => failWithPage(page, error));
}

/** A wait that timed out: say what the page showed instead. */
async function failWithPage(page: Page, error: Error): Promise<never> {
  const shown = await page
    .locator('body')
    .innerText()
    .catch(() => '(no page)');
  throw new Error(`${error.message}\n--- the page at ${page.url()} showed:\n${shown}`);
}

export async function noSeriousViolations(page: Page): Promise<void> {
  jestExpect(await seriousViolations(page)).toEqual([]);
}

/**
 * A full-page screenshot into PORTAL_SCREENSHOTS (a folder), when set: for people to look
 * at the pages on a phone's screen. Nothing is written otherwise.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env['PORTAL_SCREENSHOTS'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
