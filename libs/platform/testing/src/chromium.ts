import { chromium, type Browser } from 'playwright-core';

/**
 * Imported by its own path, not from the index, so specs without a browser do not load
 * playwright-core.
 *
 * Headless Chromium from the operating system's packages (Debian's `chromium`; `.ci/run`
 * installs it on a bare machine): playwright-core drives it and downloads no browser.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
