// @ts-check
import { runToEnd } from './commands.mjs';
import { LaunchError, say } from './messages.mjs';

/** @typedef {{ logins: Array<{ email: string, role: string }>, password: string, portalGuardians?: string[] }} DemoLogins */

/**
 * Adds the demo organization (once; later runs find it) and returns its logins; nothing
 * with DEMO_DATA=false.
 * @param {NodeJS.ProcessEnv} childEnv the api's and worker's environment
 * @param {import('./paths.mjs').ProjectPaths} paths
 * @returns {Promise<DemoLogins | undefined>}
 */
export async function seedDemo(childEnv, paths) {
  if (process.env['DEMO_DATA'] === 'false') return undefined;
  const { code, stdout, stderr } = await runToEnd(process.execPath, [paths.entry.seedDemo], {
    cwd: paths.root,
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
