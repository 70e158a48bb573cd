// @ts-check
/** What the launcher tells people: a line on stdout or stderr, and the problems they can fix. */

/** A problem people can fix: printed as it is, without a stack trace. */
export class LaunchError extends Error {}

/** @param {string} message */
export function say(message) {
  process.stdout.write(`${message}\n`);
}

/** @param {string} message */
export function complain(message) {
  process.stderr.write(`${message}\n`);
}
