// @ts-check
import { rmSync } from 'node:fs';
import { LaunchError, say } from './messages.mjs';
import { commandLineOf, isAlive, readPid, waitForProcessExit } from './processes.mjs';

const ORPHAN_STOP_TIMEOUT_MS = 10_000;

/**
 * A launcher killed with SIGKILL leaves its PostgreSQL running, and the next start() would
 * fail on the lock file. Stop such a server (SIGINT is PostgreSQL's fast shutdown), or
 * remove a pid file whose process is gone.
 * @param {string} pgPidFile .data/postgres/postmaster.pid
 */
export async function stopOrphanPostgres(pgPidFile, stopTimeoutMs = ORPHAN_STOP_TIMEOUT_MS) {
  const pid = readPid(pgPidFile);
  const command = pid === undefined ? undefined : commandLineOf(pid);
  if (pid !== undefined && isAlive(pid) && command?.includes('postgres') !== false) {
    say(
      `An embedded PostgreSQL left running by an earlier run (pid ${pid}) is still up; stopping it.`,
    );
    try {
      process.kill(pid, 'SIGINT');
      if (!(await waitForProcessExit(pid, stopTimeoutMs))) {
        process.kill(pid, 'SIGKILL');
        await waitForProcessExit(pid, 2000);
      }
    } catch (error) {
      throw new LaunchError(
        `Could not stop the PostgreSQL left running (pid ${pid}): ${/** @type {Error} */ (error).message}. Stop it yourself and try again.`,
      );
    }
  }
  rmSync(pgPidFile, { force: true });
}
