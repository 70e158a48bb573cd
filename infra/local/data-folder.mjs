// @ts-check
/** With the embedded PostgreSQL, one launcher at a time per .data folder (.data/launcher.pid). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { LaunchError } from './messages.mjs';
import { commandLineOf, isAlive, readPid } from './processes.mjs';

/** @type {string | null} the lock file this launcher wrote, until it is released */
let ownLockFile = null;

/** Refuses to run twice on the same .data/postgres; otherwise records this launcher's pid. */
export function claimDataFolder(/** @type {import('./paths.mjs').ProjectPaths} */ paths) {
  const { lockFile, rel } = paths;
  const pid = readPid(lockFile);
  if (
    pid !== undefined &&
    pid !== process.pid &&
    isAlive(pid) &&
    commandLineOf(pid)?.includes('start.mjs') !== false
  ) {
    throw new LaunchError(
      `OnRecord is already running from this folder (npm start, pid ${pid}). Stop it first ` +
        `(Ctrl-C in its terminal). If it is not running, delete ${rel(lockFile)}.`,
    );
  }
  mkdirSync(paths.dataDir, { recursive: true });
  writeFileSync(lockFile, `${process.pid}\n`);
  ownLockFile = lockFile;
}

/** Removes the lock file, if this launcher wrote it and it still names this launcher. */
export function releaseDataFolder() {
  if (ownLockFile !== null && readPid(ownLockFile) === process.pid)
    rmSync(ownLockFile, { force: true });
  ownLockFile = null;
}
