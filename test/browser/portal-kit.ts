import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestEnvironment,
  signUpAdmin,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import { createOrganizationRecords, type OrganizationRecords } from '../e2e/organization-records';

/** Debian's Chromium (CHROMIUM_PATH overrides). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

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
    this.browser = await chromium.launch({ executablePath: CHROMIUM });
  }

  async stop(): Promise<void> {
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

/** axe-core's serious and critical violations on the page as it is now (ids and targets). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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
