// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LaunchError } from './messages.mjs';

/**
 * An environment variable; empty counts as unset (`FOO= npm start` is like not setting FOO).
 * @param {string} name
 * @param {NodeJS.ProcessEnv} [environment]
 */
export function env(name, environment = process.env) {
  const value = environment[name];
  return value === undefined || value === '' ? undefined : value;
}

export function debugEnabled() {
  return env('LOG_LEVEL') === 'debug';
}

/** @param {string} name @param {number} fallback @param {NodeJS.ProcessEnv} environment */
function portFromEnv(name, fallback, environment) {
  const raw = env(name, environment);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LaunchError(`${name} must be a port number between 1 and 65535 (it is "${raw}").`);
  }
  return port;
}

/** Loads the project's .env, if any; variables already set in the environment win. */
export function loadDotEnv(/** @type {string} */ root) {
  const file = path.join(root, '.env');
  if (!existsSync(file)) return;
  try {
    process.loadEnvFile(file); // does not override variables that are already set
  } catch (error) {
    throw new LaunchError(`.env could not be read: ${/** @type {Error} */ (error).message}`);
  }
}

/** The settings of this run, from the environment, with their defaults. */
export function readSettings(/** @type {NodeJS.ProcessEnv} */ environment = process.env) {
  const adminUrl = env('DATABASE_URL', environment);
  if (adminUrl !== undefined && !/^postgres(ql)?:\/\/[^/]+/.test(adminUrl)) {
    throw new LaunchError(
      'DATABASE_URL must be a postgres:// URL of a user that can create roles and databases, ' +
        'e.g. postgres://postgres@127.0.0.1:5432/postgres (or unset it to use the embedded PostgreSQL).',
    );
  }
  const apiHost = env('API_HOST', environment) ?? '127.0.0.1';
  return {
    adminUrl,
    database: env('ONRECORD_DATABASE', environment) ?? 'onrecord',
    ownerRole: env('ONRECORD_OWNER_ROLE', environment) ?? 'onrecord_owner',
    appRole: env('ONRECORD_APP_ROLE', environment) ?? 'onrecord_app',
    pgPort: portFromEnv('EMBEDDED_PG_PORT', 54329, environment),
    redisUrl: env('REDIS_URL', environment),
    smtpUrl: env('SMTP_URL', environment),
    mailSmtpPort: portFromEnv('MAILDEV_SMTP_PORT', 1025, environment),
    mailWebPort: portFromEnv('MAILDEV_WEB_PORT', 1080, environment),
    apiHost,
    apiPort: portFromEnv('API_PORT', 3000, environment),
    workerPort: portFromEnv('WORKER_HEALTH_PORT', 3001, environment),
    // The worker's SMTP receiver for the reply addresses (mail in).
    inboundSmtpPort: portFromEnv('INBOUND_SMTP_PORT', 2526, environment),
  };
}
/** @typedef {ReturnType<typeof readSettings>} Settings */
