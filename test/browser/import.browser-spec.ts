import type { Page } from 'playwright-core';
import { check, ConsoleWorld, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(240_000);

const [DESKTOP, PHONE] = VIEWPORTS;
/** The demo organization's admin, and a school of its directory (demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';
const SCHOOL = 'Maple Valley Middle School';
const TYPO = 'Maple Vally Middle';
const BAD_ROW = 42;

/** 100 families as an advocate's spreadsheet has them; row BAD_ROW's school misspelt. */
function familiesCsv(schoolOfBadRow: string): string {
  const lines = [
    'Family,Parent/Guardian Name,Email,Preferred language,Student Name,Student DOB,Grade,School,Case,Concerns,Advocate email',
  ];
  for (let n = 1; n <= 100; n += 1) {
    // Row numbers as the spreadsheet shows them: the header is row 1, family n is row n + 1.
    const school = n + 1 === BAD_ROW ? schoolOfBadRow : SCHOOL;
    lines.push(
      `Imported ${n} household,"Quinn, Parent ${n}",quinn${n}@families.example.org,${n % 2 ? 'Spanish' : 'English'},Imported Student ${n},9/${(n % 28) + 1}/2013,7,${school},Attendance letters ${n},Attendance letters,${ADMIN}`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/** Chooses the file on step 1 and continues to the column matching. */
async function chooseFile(page: Page, csv: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({
    name: 'families.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: /^(Continue|Continuar)$/ }).click();
}

/**
 * Importing a spreadsheet in a browser: the demo admin opens Import from the menu, chooses a
 * CSV of 100 families, checks the columns guessed from its headers, runs a dry run that
 * names the misspelt school by row and column (nothing saved), fixes the file, imports it,
 * and finds the new families on the caseload. In Spanish on a phone, the dry run the same.
 */
describe('importing a spreadsheet', () => {
  const world = new ConsoleWorld();

  beforeAll(async () => {
    await world.start();
  }, 300_000);

  afterAll(async () => {
    await world.stop();
  });

  const openImport = async (viewport: (typeof VIEWPORTS)[number], locale: string) => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, ADMIN);
    await page.waitForURL(`${world.url}/`);
    if (viewport.name === 'phone')
      await page.getByRole('button', { name: /^(Menu|Menú)$/ }).click();
    await page
      .getByRole('link', { name: /^(Import a spreadsheet|Importar una hoja de cálculo)$/ })
      .click();
    await page.waitForURL(`${world.url}/settings/import`);
    return page;
  };

  it('dry-runs 100 families, shows the bad row, imports the fixed file and shows the families', async () => {
    const page = await openImport(DESKTOP, 'en-US');
    await page.getByRole('heading', { level: 2, name: 'Import from a spreadsheet' }).waitFor();
    await check(page, 'import-file');
    await chooseFile(page, familiesCsv(TYPO));

    await page.getByText('The columns are matched from their headers. Check each one.').waitFor();
    await page.getByText('The file has 100 rows.').waitFor();
    expect(await page.getByRole('combobox', { name: 'School', exact: true }).inputValue()).toBe(
      'School',
    );
    expect(
      await page.getByRole('combobox', { name: "Guardian's name", exact: true }).inputValue(),
    ).toBe('Parent/Guardian Name');
    await check(page, 'import-map');
    await page.getByRole('button', { name: 'Run a dry run' }).click();

    await page.getByText('1 of 100 rows have problems; 99 are ready.').waitFor();
    const problems = page.getByRole('table', { name: 'Problems by row and column' });
    await expect(
      problems.getByRole('row').nth(1).getByRole('cell').allTextContents(),
    ).resolves.toEqual([
      String(BAD_ROW),
      'School',
      `"${TYPO}" is not a school in your directory: add it, or correct the name`,
    ]);
    await page.getByText('99 new families').waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await check(page, 'import-dry-run');

    // Fix the file and start again with it: nothing was saved by the dry run.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await chooseFile(page, familiesCsv(SCHOOL));
    await page.getByRole('button', { name: 'Run a dry run' }).click();
    await page.getByText('All 100 rows are ready to import.').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    await page.getByText('100 rows were imported.').waitFor();
    await page.getByText('100 new families').waitFor();
    await page.getByRole('link', { name: 'Attendance letters 42', exact: true }).waitFor();
    await check(page, 'import-done');
    await page.getByRole('link', { name: 'Open the caseload' }).click();
    await page
      .getByRole('searchbox', { name: 'Find a family or student' })
      .fill('Imported Student 42');
    await page.locator('[aria-busy=false]').getByText('Imported 42 household').first().waitFor();
  });

  it('shows the dry run’s problems in Spanish on a phone', async () => {
    const page = await openImport(PHONE, 'es-US');
    await page
      .getByRole('heading', { level: 2, name: 'Importar desde una hoja de cálculo' })
      .waitFor();
    await check(page, 'import-file');
    // Two rows, the second misspelt: one row ready, said in the singular.
    const [header, ...rows] = familiesCsv(TYPO)
      .replace(/Imported/g, 'Importada')
      .split('\r\n');
    await chooseFile(page, [header, ...rows.slice(BAD_ROW - 3, BAD_ROW - 1), ''].join('\r\n'));
    // The mapping the import above kept is offered again.
    await page
      .getByText('Las columnas están emparejadas como las emparejó la última vez.')
      .waitFor();
    await check(page, 'import-map');
    await page.getByRole('button', { name: 'Hacer una prueba' }).click();
    await page.getByText('1 de 2 filas tienen problemas; 1 está lista.').waitFor();
    await page.getByRole('checkbox', { name: 'Importar solo la fila sin problemas' }).waitFor();
    await check(page, 'import-dry-run');
  });
});
