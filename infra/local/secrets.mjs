// @ts-check
/** Local secrets (database passwords, AUTH_SECRET): created once in .data, reused on later runs. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LaunchError } from './messages.mjs';

/** @typedef {{ postgresPassword: string, ownerPassword: string, appPassword: string, authSecret: string }} Secrets */

/**
 * Reads .data/local-secrets.json, adding whatever is missing (created once, reused after).
 * @param {import('./paths.mjs').ProjectPaths} paths
 * @param {boolean} embedded whether the embedded PostgreSQL will be used
 * @returns {Secrets}
 */
export function loadOrCreateSecrets(paths, embedded) {
  const { secretsFile, pgDir, rel } = paths;
  /** @type {Record<string, unknown>} */
  let stored = {};
  if (existsSync(secretsFile)) {
    try {
      stored = JSON.parse(readFileSync(secretsFile, 'utf8'));
    } catch {
      throw new LaunchError(
        `${rel(secretsFile)} is not valid JSON. Delete the .data folder to start again.`,
      );
    }
  }
  if (
    embedded &&
    typeof stored['postgresPassword'] !== 'string' &&
    existsSync(path.join(pgDir, 'PG_VERSION'))
  ) {
    throw new LaunchError(
      `${rel(pgDir)} was created with a password that is no longer known (${rel(secretsFile)} is missing). ` +
        `Delete ${rel(pgDir)} to start again with an empty database.`,
    );
  }
  const secrets = { ...stored };
  let changed = false;
  for (const key of ['postgresPassword', 'ownerPassword', 'appPassword', 'authSecret']) {
    if (typeof secrets[key] !== 'string' || secrets[key] === '') {
      secrets[key] = randomBytes(32).toString('hex');
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(paths.dataDir, { recursive: true });
    writeFileSync(secretsFile, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return /** @type {Secrets} */ (secrets);
}
