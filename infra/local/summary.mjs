// @ts-check
/** What the launcher prints about the running OnRecord: the queue it uses and the summary. */
import { displayHost } from './hosts.mjs';

/** @typedef {import('./settings.mjs').Settings} Settings */

/** `host:port/database` of a URL, never its password. */
export function describeUrl(
  /** @type {string} */ url,
  /** @type {string} */ defaultPort,
  database = '',
) {
  const parsed = new URL(url);
  const db = database || parsed.pathname.replace(/^\//, '');
  return `${parsed.hostname}:${parsed.port || defaultPort}${db ? `/${db}` : ''}`;
}

/** The line printed once the database is ready: where the job queue runs. */
export function queueLine(/** @type {Settings} */ settings) {
  return `Queue: ${settings.redisUrl ? `Redis at ${describeUrl(settings.redisUrl, '6379')}` : 'PostgreSQL (no REDIS_URL set)'}.`;
}

/**
 * The summary printed once the api and the worker are healthy.
 * @param {Settings} settings
 * @param {{ withMailDev: boolean, seconds: string, pgDir: string }} run whether MailDev runs,
 *   the seconds since the launcher started, and .data/postgres as shown to people
 * @param {import('./demo-data.mjs').DemoLogins | undefined} demo
 */
export function summary(settings, run, demo) {
  const host = displayHost(settings.apiHost);
  const api = `http://${host}:${settings.apiPort}`;
  const database = settings.adminUrl
    ? describeUrl(settings.adminUrl, '5432', settings.database)
    : `embedded, data in ${run.pgDir} (port ${settings.pgPort})`;
  const queue = settings.redisUrl
    ? `Redis at ${describeUrl(settings.redisUrl, '6379')}`
    : 'PostgreSQL (BullMQ PostgreSQL backend)';
  const lines = [
    '',
    `OnRecord is running (ready in ${run.seconds} s)`,
    `  Console         ${api}/  (sign in with a demo login below)`,
    `  GraphQL API     ${api}/graphql`,
    `  Explorer        ${api}/graphiql`,
    `  Health          ${api}/health  (worker: http://${host}:${settings.workerPort}/health)`,
    ...(run.withMailDev ? [`  Mail catcher    http://localhost:${settings.mailWebPort}`] : []),
    `  Mail in         smtp://127.0.0.1:${settings.inboundSmtpPort}  (schools' replies: npm run mail:reply -- --to <reply address> --file <.eml>)`,
    `  PostgreSQL      ${database}`,
    `  Queue           ${queue}`,
    ...(demo
      ? [
          `  Demo logins     (password: ${demo.password})`,
          ...demo.logins.map((login) => `    ${login.role.padEnd(9)} ${login.email}`),
          `  Family portal   ${api}/portal/sign-in — enter a guardian's address, open the link`,
          `                  in the mail catcher (Spanish: set the browser's language or Settings)`,
          ...(demo.portalGuardians ?? []).map((email) => `    GUARDIAN  ${email}`),
        ]
      : []),
    'Press Ctrl-C to stop.',
    '',
  ];
  return lines.join('\n');
}
