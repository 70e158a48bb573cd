// @ts-check
/** The api and the worker: started as child processes, their output forwarded, stopped in order. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { complain, say } from './messages.mjs';
import { IS_WINDOWS, isRunning } from './processes.mjs';
import { finishesWithin } from './waiting.mjs';

/** @typedef {{ name: string, child: import('node:child_process').ChildProcess, closed: Promise<void> }} App */

const APP_STOP_TIMEOUT_MS = 15_000;

/** @type {App[]} */
const apps = [];

/** Writes each line of `input` to `output` with a prefix, leaving the line itself untouched. */
export function forwardLines(
  /** @type {NodeJS.ReadableStream} */ input,
  /** @type {NodeJS.WritableStream} */ output,
  /** @type {string} */ prefix,
) {
  createInterface({ input, crlfDelay: Infinity }).on('line', (line) =>
    output.write(`${prefix}${line}\n`),
  );
}

export function describeExit(
  /** @type {number | null} */ code,
  /** @type {NodeJS.Signals | null} */ signal,
) {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/**
 * Starts the api or the worker. It gets an IPC channel, so it stops by itself if this
 * launcher dies, and its own process group, so Ctrl-C reaches only the launcher, which
 * stops everything in order.
 * @param {'api' | 'worker'} name
 * @param {import('./paths.mjs').ProjectPaths} paths where its built main.js is
 * @param {NodeJS.ProcessEnv} childEnv
 * @param {(message: string) => void} onUnexpectedExit called if it fails to start or stops
 *   by itself (shutdown ignores it once it has begun)
 * @returns {import('node:child_process').ChildProcess} the process (tests wait on it)
 */
export function startApp(name, paths, childEnv, onUnexpectedExit) {
  const child = spawn(process.execPath, [paths.entry[name]], {
    cwd: paths.root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: !IS_WINDOWS,
  });
  if (child.stdout) forwardLines(child.stdout, process.stdout, `[${name}] `);
  if (child.stderr) forwardLines(child.stderr, process.stderr, `[${name}] `);
  child.once('error', (error) => onUnexpectedExit(`Could not start the ${name}: ${error.message}`));
  /** @type {Promise<void>} */
  const closed = new Promise((resolve) =>
    // 'close' comes after the last output line, so the message below follows it.
    child.once('close', (code, signal) => {
      onUnexpectedExit(
        `The ${name} stopped unexpectedly (${describeExit(code, signal)}); stopping OnRecord.`,
      );
      resolve();
    }),
  );
  apps.push({ name, child, closed });
  return child;
}

/** SIGTERM to the apps still running; SIGKILL to any still there after the timeout. */
export async function stopApps(stopTimeoutMs = APP_STOP_TIMEOUT_MS) {
  const running = apps.filter((app) => isRunning(app.child));
  if (running.length === 0) return;
  say(`Stopping ${running.map((app) => app.name).join(' and ')}...`);
  for (const app of running) app.child.kill('SIGTERM');
  const allClosed = Promise.all(running.map((app) => app.closed));
  if (await finishesWithin(allClosed, stopTimeoutMs)) return;
  for (const app of running.filter((candidate) => isRunning(candidate.child))) {
    complain(`The ${app.name} did not stop within ${stopTimeoutMs / 1000} s; killing it.`);
    app.child.kill('SIGKILL');
  }
  await finishesWithin(allClosed, 2000);
}
