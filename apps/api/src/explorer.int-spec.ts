import type { INestApplication } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import {
  ApiClient,
  createTestEnvironment,
  eventually,
  signUpAdmin,
  startTestApi,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { launchChromium } from '@onrecord/platform/testing/chromium';
import { AppModule } from './app.module';

/**
 * The explorer at /graphiql in a real browser (headless Chromium), under the security
 * headers the api sends: it renders, completes the schema's fields, and runs a query with
 * an access token. It was blank: its scripts came as JSON-serialised Buffers.
 */
describe('the GraphQL explorer in a browser', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let url: string;
  let browser: Browser;
  let page: Page;
  let admin: TestAuth;
  const problems: string[] = [];

  beforeAll(async () => {
    environment = await createTestEnvironment('postgres');
    ({ app, url } = await startTestApi(AppModule.forRoot(environment.config)));
    admin = await signUpAdmin(new ApiClient(url), 'explorer', environment.db.adminUrl);
    browser = await launchChromium();
    page = await browser.newPage();
    // Script errors and refusals by the content security policy show up here.
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Failed loads are reported below with their address.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      // The browser asks for a favicon by itself; the explorer has none.
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        problems.push(`${response.status()} for ${response.url()}`);
    });
    await page.goto(`${url}/graphiql`);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await environment?.cleanUp();
  });

  /** Replaces the text of the CodeMirror editor inside `selector`. */
  async function setEditor(selector: string, text: string): Promise<void> {
    // Variables and headers share a panel: only the visible editor.
    await page.click(`${selector} .CodeMirror:visible`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // Inserted as a whole, so the editor's auto-closing of brackets does not double them.
    await page.keyboard.insertText(text);
  }

  it('renders the editor, with no script error', async () => {
    await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20000 });
    await page.waitForSelector('.graphiql-execute-button');
    expect(problems).toEqual([]);
  });

  it('completes field names from the schema', async () => {
    await setEditor('.graphiql-query-editor', '{ ');
    await page.keyboard.type('me');
    const hints = page.locator('.CodeMirror-hints li');
    await hints.first().waitFor({ timeout: 10000 });
    expect(await hints.allTextContents()).toContain('me');
    await page.keyboard.press('Escape');
  });

  it('runs { me { … } } with an access token in the headers', async () => {
    await page.getByRole('button', { name: 'Headers' }).click();
    await setEditor(
      '.graphiql-editor-tool',
      JSON.stringify({ Authorization: `Bearer ${admin.accessToken}` }),
    );
    await setEditor('.graphiql-query-editor', '{ me { user { email } } }');
    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window');
    const shown = await eventually(async () => {
      const text = (await result.textContent()) ?? '';
      return text.includes('"me"') ? text : null;
    });
    expect(shown).toContain('explorer@example.org');
    expect(shown).not.toContain('UNAUTHENTICATED');
    expect(problems).toEqual([]);
  });
});
