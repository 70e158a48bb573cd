// @ts-check
/** Child processes that run to completion (npm install, build, provision, migrate, demo data). */
import { spawn } from 'node:child_process';
import { LaunchError } from './messages.mjs';
import { IS_WINDOWS } from './processes.mjs';
import { env } from './settings.mjs';

/** @type {Set<import('node:child_process').ChildProcess>} the commands still running */
const running = new Set();

/**
 * How to run npm: through the npm that started us when known, else from PATH.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [environment]
 */
export function npmCommand(args, environment = process.env) {
  const npmCli = env('npm_execpath', environment);
  if (npmCli && /\.c?js$/.test(npmCli))
    return { command: process.execPath, args: [npmCli, ...args] };
  return { command: IS_WINDOWS ? 'npm.cmd' : 'npm', args };
}

/**
 * Runs a command to its end. With `input`, it is written to stdin and stdout/stderr are
 * captured; otherwise the output goes straight to the terminal.
 * @param {string} command @param {string[]} args
 * @param {{ cwd: string, input?: string, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export function runToEnd(command, args, options) {
  const capture = options.input !== undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: capture ? 'pipe' : ['ignore', 'inherit', 'inherit'],
      shell: IS_WINDOWS && command.endsWith('.cmd'),
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.once('error', (error) => {
      running.delete(child);
      reject(new LaunchError(`Could not run ${command}: ${error.message}`));
    });
    child.once('close', (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr });
    });
    if (capture) child.stdin?.end(options.input);
  });
}

/** Asks every command still running to stop (shutdown does not wait for them). */
export function stopCommands() {
  for (const child of running) child.kill('SIGTERM');
}
