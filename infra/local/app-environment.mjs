/**
 * The environment of the api, the worker and the demo seeder under `npm start`: the app
 * role's database URL and nothing that reaches further. The owner's URL (migrations run in
 * their own step, before) and an admin DATABASE_URL given to `npm start` are not passed on,
 * so a process that is compromised cannot use them.
 *
 * @param {NodeJS.ProcessEnv} base the launcher's environment
 * @param {{ appUrl: string, smtpUrl: string, authSecret: string, apiPort: number, redisUrl?: string, inboundSmtpPort?: number }} settings
 * @returns {NodeJS.ProcessEnv}
 */
export function appEnvironment(base, settings) {
  /** @type {NodeJS.ProcessEnv} */
  const childEnv = {
    ...base,
    DATABASE_URL: settings.appUrl,
    SMTP_URL: settings.smtpUrl,
    AUTH_SECRET: nonEmpty(base['AUTH_SECRET']) ?? settings.authSecret,
    NODE_ENV: nonEmpty(base['NODE_ENV']) ?? 'development',
    PUBLIC_URL: nonEmpty(base['PUBLIC_URL']) ?? `http://localhost:${settings.apiPort}`,
  };
  // The worker's SMTP receiver for the reply addresses (on 127.0.0.1: npm run mail:reply).
  if (settings.inboundSmtpPort) childEnv['INBOUND_SMTP_PORT'] = String(settings.inboundSmtpPort);
  delete childEnv['DATABASE_OWNER_URL'];
  if (!settings.redisUrl) delete childEnv['REDIS_URL'];
  return childEnv;
}

/** Empty counts as unset (`FOO= npm start` is like not setting FOO). */
function nonEmpty(/** @type {string | undefined} */ value) {
  return value === undefined || value === '' ? undefined : value;
}
