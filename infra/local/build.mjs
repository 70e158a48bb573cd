// @ts-check
/** Installing the dependencies when they are missing or stale, and building OnRecord. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { npmCommand, runToEnd } from './commands.mjs';
import { LaunchError, say } from './messages.mjs';

/** @typedef {import('./paths.mjs').ProjectPaths} ProjectPaths */

/**
 * Whether npm install is needed: nothing installed yet, or package-lock.json changed after
 * the last install (npm writes node_modules/.package-lock.json at the end of each one), as
 * after pulling a change that adds a dependency.
 */
export function dependenciesOutOfDate(/** @type {string} */ root) {
  const modules = path.join(root, 'node_modules');
  const installed = path.join(modules, '.package-lock.json');
  if (!existsSync(installed) || !existsSync(path.join(modules, '@nestjs', 'core'))) return true;
  const lock = path.join(root, 'package-lock.json');
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs;
}

export async function ensureDependencies(/** @type {string} */ root) {
  if (!dependenciesOutOfDate(root)) return;
  say('Installing dependencies (npm install)...');
  const npm = npmCommand(['install']);
  const { code } = await runToEnd(npm.command, npm.args, { cwd: root });
  if (code !== 0)
    throw new LaunchError(
      'npm install failed (see above). Fix the problem and run npm start again.',
    );
}

/** `npm run build` (tsc is incremental), then a check that it made every program run here. */
export async function build(/** @type {ProjectPaths} */ paths) {
  say('Building OnRecord (npm run build)...');
  const npm = npmCommand(['run', '--silent', 'build']);
  const { code } = await runToEnd(npm.command, npm.args, { cwd: paths.root });
  if (code !== 0)
    throw new LaunchError(
      'The build failed (see the errors above). Fix them and run npm start again.',
    );
  for (const file of Object.values(paths.entry)) {
    if (!existsSync(file)) throw new LaunchError(`The build did not produce ${paths.rel(file)}.`);
  }
}
