// @ts-check
/** The mail catcher (MailDev), run in the launcher's process when SMTP_URL is not set. */
import { LaunchError, say } from './messages.mjs';
import { finishesWithin } from './waiting.mjs';

/** @type {{ stop(): Promise<void> } | null} */
let running = null;

/**
 * Starts MailDev in this process.
 * @param {import('./settings.mjs').Settings} settings
 * @returns {Promise<string>} its SMTP URL
 */
export async function startMailDev(settings) {
  say(
    `Starting MailDev (the mail catcher) on ports ${settings.mailSmtpPort} and ${settings.mailWebPort}...`,
  );
  const { MailDev } = await import('maildev');
  const maildev = new MailDev({
    smtp: settings.mailSmtpPort,
    web: settings.mailWebPort,
    ip: '127.0.0.1',
    webIp: '127.0.0.1',
    silent: true,
  });
  // Its web server prints "MailDev API running at ..." even when silent; the summary says it.
  const consoleInfo = console.info;
  console.info = () => undefined;
  try {
    await maildev.start();
  } catch (error) {
    throw new LaunchError(
      `MailDev (the mail catcher) could not start: ${/** @type {Error} */ (error).message}`,
    );
  } finally {
    console.info = consoleInfo;
  }
  running = maildev;
  return `smtp://127.0.0.1:${settings.mailSmtpPort}`;
}

export async function stopMailDev() {
  const maildev = running;
  running = null;
  if (maildev) await finishesWithin(maildev.stop(), 5000);
}
