// @ts-check
/**
 * Ctrl-C / SIGTERM (or any failure) stops everything that was started, in order: the
 * commands still running, the api and the worker, MailDev, PostgreSQL; then the launcher
 * exits. Nothing is left running.
 */
import { complain, LaunchError, say } from './messages.mjs';
import { debugEnabled } from './settings.mjs';

/**
 * How to stop each thing, in the order they are stopped.
 * @typedef {{
 *   stopCommands: () => void,
 *   stopApps: () => Promise<void>,
 *   stopMailDev: () => Promise<void>,
 *   stopPostgres: () => Promise<void>,
 *   releaseDataFolder: () => void,
 *   exit: (code: number) => void,
 * }} Stoppers
 */

/** @param {Stoppers} stoppers */
export function createShutdown(stoppers) {
  let stopping = false;

  /** Runs one step; a failing step does not keep the others from running. */
  async function step(/** @type {() => Promise<void>} */ action) {
    try {
      await action();
    } catch (error) {
      complain(`While stopping: ${/** @type {Error} */ (error).message}`);
    }
  }

  /** Stops everything that was started, in order, then exits. Runs once. */
  async function shutdown(/** @type {number} */ code, /** @type {string} */ reason = '') {
    if (stopping) return;
    stopping = true;
    if (reason) (code === 0 ? say : complain)(reason);
    stoppers.stopCommands();
    await step(stoppers.stopApps);
    await step(stoppers.stopMailDev);
    await step(stoppers.stopPostgres);
    stoppers.releaseDataFolder();
    if (code === 0) say('OnRecord stopped.');
    stoppers.exit(code);
  }

  /** Prints a failure as a sentence (a stack only with LOG_LEVEL=debug) and shuts down. */
  function fail(/** @type {unknown} */ error) {
    if (stopping) return; // a step interrupted by Ctrl-C: nothing to report
    const message =
      error instanceof LaunchError
        ? error.message
        : `Unexpected problem: ${error instanceof Error ? error.message : String(error)}`;
    complain(message);
    if (debugEnabled() && error instanceof Error && error.stack) complain(error.stack);
    void shutdown(1);
  }

  /** Ctrl-C, SIGTERM or SIGHUP: stop (once; a second one is told to wait). */
  function onSignal(/** @type {NodeJS.Signals} */ signal) {
    if (stopping) say('Still stopping; please wait.');
    else void shutdown(0, `Stopping OnRecord (${signal})...`);
  }

  function installSignalHandlers() {
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
      process.on(signal, () => onSignal(signal));
    }
    process.on('uncaughtException', fail);
    process.on('unhandledRejection', fail);
  }

  return { shutdown, fail, onSignal, installSignalHandlers, isStopping: () => stopping };
}
