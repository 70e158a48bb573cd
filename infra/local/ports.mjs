// @ts-check
/**
 * Every port about to be used is checked before anything starts, so a busy port is one
 * sentence naming the variable to set, not a crash halfway.
 */
import net from 'node:net';
import { LaunchError } from './messages.mjs';

/** @typedef {import('./settings.mjs').Settings} Settings */
/** @typedef {{ port: number, host: string, variable: string }} PortUse */

/**
 * The ports this run will listen on, with the variable that moves each one.
 * @param {Settings} settings
 * @param {boolean} postgresPidFileExists whether .data/postgres/postmaster.pid exists
 */
export function portsToUse(settings, postgresPidFileExists) {
  /** @type {PortUse[]} */
  const ports = [
    { port: settings.apiPort, host: settings.apiHost, variable: 'API_PORT' },
    { port: settings.workerPort, host: settings.apiHost, variable: 'WORKER_HEALTH_PORT' },
    { port: settings.inboundSmtpPort, host: '127.0.0.1', variable: 'INBOUND_SMTP_PORT' },
  ];
  if (!settings.smtpUrl) {
    ports.push({ port: settings.mailSmtpPort, host: '127.0.0.1', variable: 'MAILDEV_SMTP_PORT' });
    ports.push({ port: settings.mailWebPort, host: '127.0.0.1', variable: 'MAILDEV_WEB_PORT' });
  }
  // A server left by an earlier run may hold the embedded port: that is checked after it is stopped.
  if (!settings.adminUrl && !postgresPidFileExists) ports.push(embeddedPostgresPort(settings));
  return ports;
}

/** @param {Settings} settings @returns {PortUse} */
export function embeddedPostgresPort(settings) {
  return { port: settings.pgPort, host: '127.0.0.1', variable: 'EMBEDDED_PG_PORT' };
}

/**
 * Tries to listen on the port: null when it is free, else the error code.
 * @param {PortUse} use
 * @returns {Promise<string | null>}
 */
function probePort(use) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      resolve(error.code ?? 'EUNKNOWN'),
    );
    server.listen({ port: use.port, host: use.host, exclusive: true }, () =>
      server.close(() => resolve(null)),
    );
  });
}

/** One sentence per port that cannot be used; throws when there is any. */
export async function assertPortsFree(/** @type {PortUse[]} */ uses) {
  const problems = [];
  const seen = new Map();
  for (const use of uses) {
    const other = seen.get(use.port);
    if (other) {
      problems.push(
        `${other} and ${use.variable} are both ${use.port}; give them different ports.`,
      );
      continue;
    }
    seen.set(use.port, use.variable);
    const code = await probePort(use);
    if (code === 'EADDRINUSE') {
      problems.push(
        `Port ${use.port} is in use; stop what is using it, or set ${use.variable} to a free port.`,
      );
    } else if (code === 'EACCES') {
      problems.push(
        `Not allowed to listen on port ${use.port}; set ${use.variable} to a port above 1024.`,
      );
    } else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      problems.push(
        `Cannot listen on ${use.host}:${use.port}: ${use.host} is not an address of this machine (API_HOST).`,
      );
    } else if (code) {
      problems.push(
        `Cannot listen on ${use.host}:${use.port} (${code}); set ${use.variable} to another port.`,
      );
    }
  }
  if (problems.length > 0) throw new LaunchError(problems.join('\n'));
}
