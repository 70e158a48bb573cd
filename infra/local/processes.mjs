// @ts-check
/** What the launcher asks the system about processes: running, alive, their command line. */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */

export const IS_WINDOWS = process.platform === 'win32';

/** Whether a child of this launcher has neither exited nor been killed. */
export function isRunning(/** @type {ChildProcess} */ child) {
  return child.exitCode === null && child.signalCode === null;
}

/** Whether a process exists (EPERM: it exists but belongs to another user). */
export function isAlive(/** @type {number} */ pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** The command line of a process, where the system tells (Linux); undefined elsewhere. */
export function commandLineOf(/** @type {number} */ pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

/** The first line of a pid file as a pid, or undefined. */
export function readPid(/** @type {string} */ file) {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves true once the process is gone, false if it is still there after `ms`. */
export async function waitForProcessExit(/** @type {number} */ pid, /** @type {number} */ ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}
