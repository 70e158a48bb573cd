// @ts-check
/** The database of this run: roles and database created or updated (provision), then migrated. */
import { runToEnd } from './commands.mjs';
import { LaunchError, say } from './messages.mjs';

/** @typedef {{ ownerUrl: string, appUrl: string }} DatabaseUrls */

/**
 * Creates or updates the roles and the database, as the built provision.js does.
 * @param {string} adminUrl
 * @param {import('./settings.mjs').Settings} settings
 * @param {import('./secrets.mjs').Secrets} secrets
 * @param {import('./paths.mjs').ProjectPaths} paths
 * @returns {Promise<DatabaseUrls>}
 */
export async function provision(adminUrl, settings, secrets, paths) {
  say(`Preparing the database "${settings.database}" and its roles...`);
  const plan = {
    adminUrl,
    database: settings.database,
    owner: { name: settings.ownerRole, password: secrets.ownerPassword },
    app: { name: settings.appRole, password: secrets.appPassword },
  };
  const result = await runToEnd(process.execPath, [paths.entry.provision], {
    cwd: paths.root,
    input: JSON.stringify(plan),
  });
  if (result.code !== 0) {
    throw new LaunchError(
      result.stderr.trim() || `Preparing the database failed (exit code ${result.code}).`,
    );
  }
  const lastLine = result.stdout.trim().split('\n').pop() ?? '';
  try {
    const urls = JSON.parse(lastLine);
    if (typeof urls.ownerUrl === 'string' && typeof urls.appUrl === 'string') return urls;
  } catch {
    // reported below
  }
  throw new LaunchError('provision.js did not print the database URLs as expected.');
}

/** Brings the schema up to date, as the owner role. */
export async function migrate(
  /** @type {string} */ ownerUrl,
  /** @type {import('./paths.mjs').ProjectPaths} */ paths,
) {
  const { code } = await runToEnd(process.execPath, [paths.entry.migrate], {
    cwd: paths.root,
    env: { ...process.env, DATABASE_OWNER_URL: ownerUrl },
  });
  if (code !== 0) throw new LaunchError('The database migration failed (see above).');
}
