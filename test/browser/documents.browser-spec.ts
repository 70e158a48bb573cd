import { readFile } from 'node:fs/promises';
import { expect as jestExpect } from '@jest/globals';
import { TEST_PASSWORD } from '@onrecord/platform/testing';
import type { Page } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  PortalWorld,
  heading,
  noSeriousViolations,
  screenshot,
  sees,
} from './portal-kit';

/**
 * Documents, in Chromium against the built api: an advocate drops a PDF on the case page,
 * says what it is and shares it; downloads it back byte for byte; a file a browser could run
 * is refused in the dialog, beside the file. The family then finds the shared document on
 * their case in the portal and downloads it; one not shared is nowhere; they send a photo of a
 * letter, which the advocate sees on the case as theirs. The advocate changes a title from the
 * list. Desktop in English, phone in Spanish, axe on each page.
 */
const SLOW = 180_000;
const world = new PortalWorld();
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** A 1×1 PNG: a phone's photo of a letter, as small as one gets. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function consoleOnCase(page: Page): Promise<void> {
  await page.goto(world.url);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel(/email|correo/i).fill('portal-a@example.org');
  await page.locator('input[type=password]').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: /^(sign in|iniciar sesión)$/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto(`${world.url}/cases/${world.a.caseId}`);
}

/** Drops (chooses) a file on the case page's Documents section: its dialog opens. */
async function chooseFile(page: Page, name: string, bytes: Buffer, mimeType: string) {
  await page
    .getByRole('region', { name: /^(Documents|Documentos)$/ })
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType, buffer: bytes });
  await page.getByRole('dialog').waitFor();
}

beforeAll(() => world.start(), SLOW);
afterAll(() => world.stop(), SLOW);

it(
  'on a desktop in English: an advocate adds a PDF, shares it and downloads it back; HTML is refused',
  async () => {
    const page = await world.newPage(DESKTOP, 'en-US');
    await consoleOnCase(page);
    await heading(page, 'Documents');
    // The one the organization's records came with (not shared).
    await sees(page, 'Alpha IEP.pdf');

    // A page a browser would run, called a PDF: refused beside the file, nothing kept.
    await chooseFile(
      page,
      'letter.pdf',
      Buffer.from('<!doctype html><script>1</script>'),
      'application/pdf',
    );
    await page.getByRole('combobox', { name: 'What is it?' }).click();
    await page.getByRole('option', { name: 'Letter from the school', exact: true }).click();
    await page.getByRole('button', { name: 'Add the document' }).click();
    await sees(page, /This file is none of these\./);
    await noSeriousViolations(page);
    await screenshot(page, 'documents-refused-en-desktop');
    await page.getByRole('button', { name: 'Close' }).click();

    await chooseFile(page, 'Evaluación psicológica.pdf', PDF, 'application/pdf');
    const dialog = page.getByRole('dialog');
    jestExpect(await dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(
      'Evaluación psicológica',
    );
    await dialog.getByRole('combobox', { name: 'What is it?' }).click();
    await page.getByRole('option', { name: 'Evaluation', exact: true }).click();
    await dialog.getByLabel('Date on the document').fill('2026-10-14');
    await dialog.getByRole('switch', { name: 'Share with the family' }).check();
    await noSeriousViolations(page);
    await screenshot(page, 'documents-add-en-desktop');
    await dialog.getByRole('button', { name: 'Add the document' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await sees(page, /Evaluación psicológica\.pdf · .* · dated /);
    jestExpect(
      await page
        .getByTestId('document')
        .filter({ hasText: 'Evaluación psicológica.pdf' })
        .getByRole('switch', { name: 'Shared with the family' })
        .isChecked(),
    ).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Evaluación psicológica' }).click(),
    ]);
    jestExpect(download.suggestedFilename()).toBe('Evaluación psicológica.pdf');
    jestExpect((await readFile((await download.path())!)).equals(PDF)).toBe(true);

    // A second one, not shared: the family never sees it.
    await chooseFile(page, 'notes.txt', Buffer.from('Advocate’s working notes'), 'text/plain');
    await dialog.getByRole('combobox', { name: 'What is it?' }).click();
    await page.getByRole('option', { name: 'Other', exact: true }).click();
    await dialog.getByRole('button', { name: 'Add the document' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await sees(page, /^notes\.txt · /);
    // Not shared: its switch is off.
    jestExpect(
      await page
        .getByTestId('document')
        .filter({ hasText: 'notes.txt' })
        .getByRole('switch', { name: 'Shared with the family' })
        .isChecked(),
    ).toBe(false);

    // Its title changed from the list: the same dialog, filled with what it says now.
    await page.getByRole('button', { name: 'Change notes' }).click();
    const title = dialog.getByRole('textbox', { name: 'Title' });
    jestExpect(await title.inputValue()).toBe('notes');
    await title.fill('Working notes for the IEP meeting');
    await dialog.getByRole('button', { name: 'Save the changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('button', { name: 'Download Working notes for the IEP meeting' })
      .waitFor();
    await noSeriousViolations(page);
    await screenshot(page, 'documents-list-en-desktop');
  },
  SLOW,
);

it(
  'on a phone in Spanish: the case’s documents with the page’s words in Spanish',
  async () => {
    const page = await world.newPage(PHONE, 'es-US');
    await consoleOnCase(page);
    await heading(page, 'Documentos');
    await sees(page, 'Compartido con la familia');
    await noSeriousViolations(page);
    await screenshot(page, 'documents-list-es-phone');
  },
  SLOW,
);

it(
  'in the family portal: the shared document, downloaded; the other one nowhere',
  async () => {
    await world.setGuardianLanguage('en');
    const page = await world.newPage(PHONE, 'en-US');
    await page.goto(await world.requestLink());
    await page.getByRole('button', { name: 'Open my case' }).click();
    await heading(page, 'Documents on your case');
    await sees(page, 'Evaluación psicológica');
    const shown = await page.locator('main').innerText();
    jestExpect(shown).not.toContain('notes.txt');
    jestExpect(shown).not.toContain('Alpha IEP');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Evaluación psicológica' }).click(),
    ]);
    jestExpect((await readFile((await download.path())!)).equals(PDF)).toBe(true);
    await noSeriousViolations(page);
    await screenshot(page, 'documents-portal-en-phone');

    // The family sends a photo of a letter from the school.
    const form = page.getByRole('region', { name: 'Send your advocate a document' });
    await form.locator('input[type=file]').setInputFiles({
      name: 'IMG_2041.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await form
      .getByRole('textbox', { name: 'What should we call it?' })
      .fill('Letter about absences');
    await noSeriousViolations(page);
    await screenshot(page, 'documents-portal-send-en-phone');
    await form.getByRole('button', { name: 'Send the document' }).click();
    await sees(page, '“Letter about absences” was sent to your advocate.');
    await sees(page, /Photo · .* · sent by you/);
  },
  SLOW,
);

it(
  'on the case page, the advocate sees the photo the family sent, marked as theirs',
  async () => {
    const page = await world.newPage(DESKTOP, 'en-US');
    await consoleOnCase(page);
    const sent = page.getByTestId('document').filter({ hasText: 'Letter about absences' });
    await sent.getByText('Added by the family').waitFor();
    jestExpect(await sent.getByRole('switch', { name: 'Shared with the family' }).isChecked()).toBe(
      true,
    );
  },
  SLOW,
);
