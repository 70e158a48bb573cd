import type { Locator, Page } from 'playwright-core';
import { ADVOCATE, check, ConsoleWorld, VIEWPORTS } from './console-kit';

// A browser, two processes and a seeded database on a shared 2-core machine: generous limits.
jest.setTimeout(180_000);

const [DESKTOP, PHONE] = VIEWPORTS;
/** The demo organization's only admin (apps/api/src/demo/demo-scenarios.ts). */
const ADMIN = 'dana.admin@demo.onrecord.example';

/** The message of the field `input` names, through its aria-describedby. */
async function errorOf(page: Page, input: Locator): Promise<string> {
  await input.and(page.locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((part) => part.includes('error'));
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** The planned messages of the policy's preview, once it has its answer. */
async function plannedTexts(page: Page): Promise<string[]> {
  await page.locator('ol[aria-busy=false] [data-testid=planned]').first().waitFor();
  return page.getByTestId('planned').allInnerTexts();
}

/**
 * The administration pages for policy and words: the demo admin changes the follow-up policy
 * (a refusal on its field first) and sees the preview on a real request change before saving;
 * edits a letter (an unknown merge field refused on the field), previews it live on a real
 * case, saves and resets it; corrects a deadline rule with a reason. Spanish and phone
 * layouts are checked with axe; an advocate is refused the pages.
 */
describe('the policy and words pages', () => {
  const world = new ConsoleWorld();
  let url: string;

  beforeAll(async () => {
    await world.start();
    url = world.url;
  }, 300_000);

  afterAll(async () => {
    await world.stop();
  });

  /** Signed in as `who`, on an administration page reached through the menu. */
  const openPage = async (
    link: RegExp,
    path: string,
    viewport: (typeof VIEWPORTS)[number] = DESKTOP,
    locale = 'en-US',
  ) => {
    const page = await world.open(viewport, locale);
    await world.signIn(page, ADMIN);
    await page.waitForURL(`${url}/`);
    if (viewport.name === 'phone')
      await page.getByRole('button', { name: /^(Menu|Menú)$/ }).click();
    await page.getByRole('link', { name: link }).click();
    await page.waitForURL(`${url}${path}`);
    return page;
  };

  it('changes the follow-up policy: a refusal on its field, then the preview changes before saving', async () => {
    const page = await openPage(/^Follow-up policy$/, '/settings/follow-up-policy');
    await page.getByRole('heading', { level: 2, name: 'Follow-up policy' }).waitFor();
    const before = await plannedTexts(page);
    expect(before.join('\n')).toContain('Follow-up to the school');

    // A time the api cannot read: its refusal beside the field, what was typed kept.
    const end = page.getByRole('textbox', { name: 'Messages stop at' });
    await end.fill('7pm');
    await page.getByRole('button', { name: 'Save the policy' }).click();
    expect(await errorOf(page, end)).toBe(
      'Write a time as HH:MM (or 24:00), later than the start.',
    );
    await page.getByRole('alert').filter({ hasText: 'Nothing was saved' }).waitFor();
    expect(await end.inputValue()).toBe('7pm');
    await page.getByText('The preview waits until the settings are valid.').waitFor();
    await check(page, 'policy-error');

    // Fixed, and messages to schools approved first: the preview says so before any save.
    await end.fill('18:00');
    expect(before.join('\n')).not.toContain('Waits for approval');
    await page
      .getByRole('switch', { name: 'An advocate approves each message to a school' })
      .check();
    await page
      .locator('ol[aria-busy=false] [data-testid=planned]')
      .filter({ hasText: 'Waits for approval' })
      .first()
      .waitFor();
    const first = page.getByRole('textbox', { name: 'First follow-up' });
    await first.fill('9');
    await page.getByRole('button', { name: 'Save the policy' }).click();
    await page.getByRole('status').filter({ hasText: 'The policy is saved' }).waitFor();
    await check(page, 'policy-saved');
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'First follow-up' }).inputValue()).toBe('9');
    expect(await page.getByRole('textbox', { name: 'Messages stop at' }).inputValue()).toBe(
      '18:00',
    );
    expect(
      await page
        .getByRole('switch', { name: 'An advocate approves each message to a school' })
        .isChecked(),
    ).toBe(true);
    await page.context().close();
  });

  it('edits a letter: an unknown merge field refused on the field, a live preview, saved, reset', async () => {
    const page = await openPage(/^Letters and messages$/, '/settings/templates');
    await page.getByRole('heading', { level: 2, name: 'Letters and messages' }).waitFor();
    await page.getByTestId('letter-preview').waitFor();
    const body = page.getByRole('textbox', { name: 'Text', exact: true });
    const builtIn = await body.inputValue();
    await page.getByText('{{student.name}}', { exact: true }).waitFor();
    await page.getByText("— the student's name").first().waitFor();

    await body.fill('Dear {{recipients}}, please evaluate {{student.nickname}}.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect(await errorOf(page, body)).toBe(
      'These merge fields do not exist: {{student.nickname}}. Use the fields listed.',
    );
    await page.getByText('The preview waits until the words are fixed.').waitFor();
    await check(page, 'templates-error');

    await body.fill('Please evaluate {{student.name}} by {{deadline.dueOn}}. Thank you.');
    const preview = page.getByTestId('letter-preview');
    await preview.filter({ hasText: 'Please evaluate' }).waitFor();
    expect(await preview.innerText()).not.toContain('{{');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: Evaluation.' }).waitFor();
    await page.reload();
    await page.getByTestId('letter-preview').filter({ hasText: 'Please evaluate' }).waitFor();
    expect(await body.inputValue()).toBe(
      'Please evaluate {{student.name}} by {{deadline.dueOn}}. Thank you.',
    );

    await page.getByRole('button', { name: 'Reset to the built-in text' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset Evaluation to the built-in text?' });
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Evaluation uses the built-in text again.' })
      .waitFor();
    expect(await body.inputValue()).toBe(builtIn);
    await page.context().close();
  });

  it("previews a follow-up message's words as they are typed, before they are saved", async () => {
    const page = await openPage(/^Letters and messages$/, '/settings/templates');
    await page.getByRole('tab', { name: 'Follow-up messages' }).click();
    const preview = page.getByTestId('follow-up-preview');
    await preview.waitFor();
    const body = page.getByRole('textbox', { name: 'Text', exact: true });
    await body.fill('We are still waiting for an answer about {{request.subject}}.');
    await preview.filter({ hasText: 'We are still waiting for an answer about' }).waitFor();
    expect(await preview.innerText()).not.toContain('{{');
    // A field that does not exist: the preview waits, nothing is saved.
    await body.fill('Still waiting, {{principal.name}}.');
    await page.getByText('The preview waits until the words are fixed.').waitFor();
    await check(page, 'follow-up-template-preview');
    await page.reload();
    await page.getByRole('tab', { name: 'Follow-up messages' }).click();
    expect(
      await page.getByRole('textbox', { name: 'Text', exact: true }).inputValue(),
    ).not.toContain('Still waiting');
    await page.context().close();
  });

  it('corrects a deadline rule with a reason and shows it marked', async () => {
    const page = await openPage(/^Deadline rules$/, '/settings/deadline-rules');
    await page.getByRole('heading', { level: 2, name: 'Deadline rules' }).waitFor();
    await page.getByText('Your organization uses the built-in rules as they are.').waitFor();
    // A rule of the organization's state with a fixed period.
    const rule = page
      .getByRole('region', { name: 'Rules by state' })
      .getByTestId('rule')
      .filter({ hasText: /\d+ (calendar|school|business) days/ })
      .first();
    const ruleId = (await rule.getAttribute('aria-label'))!;
    await rule.getByRole('button', { name: `Correct ${ruleId}` }).click();
    const dialog = page.getByRole('dialog', { name: `Correct ${ruleId}` });
    const period = dialog.getByRole('textbox', { name: 'Period' });
    await period.fill('27');
    await dialog.getByRole('button', { name: 'Save the correction' }).click();
    const reason = dialog.getByRole('textbox', { name: 'Reason' });
    expect(await errorOf(page, reason)).toBe('Give a reason for the change.');
    await reason.fill('The state shortened the period in 2026.');
    await dialog.getByRole('button', { name: 'Save the correction' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const changed = page.getByRole('region', { name: 'Changed by your organization' });
    const corrected = changed.getByTestId('rule').filter({ hasText: ruleId });
    await corrected.waitFor();
    expect(await corrected.getByTestId('rule-state').innerText()).toMatch(
      /Corrected by your organization/i,
    );
    expect(await corrected.getByTestId('rule-reason').innerText()).toContain(
      'The state shortened the period in 2026.',
    );
    expect(await corrected.innerText()).toMatch(/27 (calendar|school|business) days/);
    await check(page, 'rules-corrected');
    await page.context().close();
  });

  it('shows the pages in Spanish and on a phone, with nothing to scroll sideways', async () => {
    const page = await world.open(PHONE, 'es-US');
    await world.signIn(page, ADMIN);
    await page.waitForURL(`${url}/`);
    for (const [title, path] of [
      ['Política de seguimiento', '/settings/follow-up-policy'],
      ['Cartas y mensajes', '/settings/templates'],
      ['Reglas de plazos', '/settings/deadline-rules'],
    ] as const) {
      await page.getByRole('button', { name: 'Menú' }).click();
      await page.getByRole('link', { name: title }).click();
      await page.waitForURL(`${url}${path}`);
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
      await page.locator('main [role=status][aria-label]').first().waitFor({ state: 'detached' });
      const widest = await page.locator('body').evaluate((body) => body.scrollWidth);
      expect(widest).toBeLessThanOrEqual(PHONE.width);
      await check(page, `es-phone${path.replaceAll('/', '-')}`);
    }
    // The same rules on a desktop.
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await page.getByTestId('rule').first().waitFor();
    expect(
      await page.getByRole('region', { name: 'Cambiadas por su organización' }).innerText(),
    ).toMatch(/Corregida por su organización/i);
    await check(page, 'es-desktop-settings-deadline-rules');
    await page.context().close();
  });

  it('refuses an advocate the pages, and shows them no links to them', async () => {
    const page = await world.open(DESKTOP, 'en-US');
    await world.signIn(page, ADVOCATE);
    await page.waitForURL(`${url}/`);
    for (const path of ['follow-up-policy', 'templates', 'deadline-rules']) {
      await page.goto(`${url}/settings/${path}`);
      await page.getByRole('alert').filter({ hasText: 'For administrators' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('Your role here is Advocate');
      expect(await page.getByRole('textbox').count()).toBe(0);
    }
    await check(page, 'policy-refused');
    for (const name of ['Follow-up policy', 'Letters and messages', 'Deadline rules'])
      expect(await page.getByRole('link', { name }).count()).toBe(0);
    await page.context().close();
  });
});
