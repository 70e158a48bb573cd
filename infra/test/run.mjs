// @ts-check
/**
 * `npm test`: the one command that tests everything, in order, stopping at the first
 * failing step: lint and formatting, typecheck, build, unit tests, integration tests
 * (real PostgreSQL and Redis; includes the schema and migration drift checks) and
 * end-to-end tests (the built api and worker as processes) and browser tests (the built web
 * app in Chromium, against those processes).
 *
 * Uses DATABASE_URL / REDIS_URL when set (an admin connection: tests create and drop
 * their own databases and roles), else 127.0.0.1:5432 as `postgres` and 127.0.0.1:6379.
 * A missing service fails the run with a plain message; nothing is skipped.
 *
 * `npm test -- unit integration` runs only the named steps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
  // Jest runs a step's files one after another in one process on 2 cores, and its module
  // registry keeps growing with them: the integration step outgrew Node's default heap
  // (~4 GB) near its end. The machines have 24 GB.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=8192'].filter(Boolean).join(' '),
};
/** @param {string} name */
const bin = (name) => join(root, 'node_modules/.bin', name);
/** @param {string} project */
const jest = (project) => [
  bin('jest'),
  '-c',
  'jest.config.ts',
  '--selectProjects',
  project,
  '--ci',
];

/** @type {Array<{ name: string, needsServices?: boolean, commands: string[][] }>} */
const STEPS = [
  {
    name: 'lint',
    commands: [
      [bin('nx'), 'show', 'projects'], // computes the project graph the module-boundary rule needs
      [bin('eslint'), '.', '--max-warnings', '0'],
      [bin('prettier'), '--check', '.', '--log-level', 'warn'],
      // The web app's generated GraphQL types match the schema and its operations.
      ['node', 'infra/web/check-codegen.mjs'],
    ],
  },
  {
    name: 'typecheck',
    commands: [
      [bin('tsc'), '-p', 'tsconfig.json', '--noEmit'],
      [bin('tsc'), '-p', 'apps/web/tsconfig.json'],
      // npm start's modules: JavaScript (// @ts-check) that Node runs as it is.
      [bin('tsc'), '-p', 'infra/tsconfig.json'],
    ],
  },
  { name: 'build', commands: [['npm', 'run', '--silent', 'build']] },
  { name: 'unit', commands: [jest('unit')] },
  { name: 'integration', needsServices: true, commands: [jest('integration')] },
  { name: 'e2e', needsServices: true, commands: [jest('e2e')] },
  // The built web app in Debian's Chromium against the built api and worker.
  { name: 'browser', needsServices: true, commands: [jest('browser')] },
];

/** @param {string} url @param {number} defaultPort */
function hostPort(url, defaultPort) {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || defaultPort) };
}

/** @param {{ host: string, port: number }} target */
function reachable({ host, port }) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function checkServices() {
  const pg = hostPort(
    process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    5432,
  );
  const redis = hostPort(process.env.REDIS_URL || 'redis://127.0.0.1:6379', 6379);
  const missing = [];
  if (!(await reachable(pg))) missing.push(`PostgreSQL is not reachable at ${pg.host}:${pg.port}`);
  if (!(await reachable(redis)))
    missing.push(`Redis is not reachable at ${redis.host}:${redis.port}`);
  if (missing.length > 0) {
    console.error(`\n${missing.join('\n')}.`);
    console.error(
      'The integration and end-to-end tests need both. Start them, or set DATABASE_URL / REDIS_URL (see README, "Testing").',
    );
    return false;
  }
  return true;
}

async function main() {
  if (!existsSync(join(root, 'node_modules/.bin/jest'))) {
    console.error('Dependencies are not installed: run `npm install` first.');
    process.exit(1);
  }
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}.`,
    );
    process.exit(2);
  }
  const steps = STEPS.filter((step) => only.length === 0 || only.includes(step.name));
  if (steps.some((step) => step.needsServices) && !(await checkServices())) process.exit(1);

  const results = [];
  for (const step of steps) {
    console.log(`\n▶ ${step.name}`);
    const started = Date.now();
    let ok = true;
    for (const [command, ...args] of step.commands) {
      const quiet = command === bin('nx');
      const run = spawnSync(command, args, {
        cwd: root,
        env,
        stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      });
      if (run.status !== 0) {
        ok = false;
        break;
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    results.push({ name: step.name, ok, seconds });
    console.log(`${ok ? '✔' : '✘'} ${step.name} (${seconds} s)`);
    if (!ok) break;
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`\ntimes: ${results.map((r) => `${r.name} ${r.seconds}s`).join(', ')}`);
  console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 && results.length === steps.length ? 0 : 1);
}

await main();
