import { ConfigError, type AppConfig } from '@onrecord/platform/config';
import { checkPostgresConnection } from '@onrecord/platform/database';
import { checkRedisConnection } from '@onrecord/platform/queue';
import { stopTelemetry } from './telemetry/telemetry';

/**
 * Runs a process's start function. Anything that stops the boot (bad configuration, a
 * service that cannot be reached, a port in use) is printed as plain sentences naming the
 * problem and the fix, not as a stack trace, and the process exits with status 1.
 */
export async function runProcess(name: string, start: () => Promise<void>): Promise<void> {
  // Started by `npm start` with an IPC channel: if that launcher dies, stop too (no orphans).
  if (process.send) {
    process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  }
  try {
    await start();
  } catch (error) {
    process.stderr.write(`${name} cannot start: ${describeBootError(error)}\n`);
    if (process.env['LOG_LEVEL'] === 'debug' && error instanceof Error && error.stack) {
      process.stderr.write(`${error.stack}\n`);
    }
    process.exit(1);
  }
}

export function describeBootError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const e = error as { code?: string; port?: number; address?: string; message?: string };
  if (e.code === 'EADDRINUSE') {
    return `port ${e.port ?? ''} on ${e.address ?? 'this machine'} is already in use. Stop the process using it, or choose another port (API_PORT / WORKER_HEALTH_PORT).`;
  }
  if (e.code === 'EACCES' && e.port !== undefined) {
    return `not allowed to listen on port ${e.port}. Choose a port above 1024.`;
  }
  return e.message ?? String(error);
}

/**
 * Connects once to PostgreSQL, and when configured its read replica and Redis: a clear
 * sentence naming the one that is unreachable.
 */
export async function checkBackingServices(config: AppConfig): Promise<void> {
  await checkPostgresConnection(config.database.url);
  if (config.database.replica)
    await checkPostgresConnection(config.database.replica.url, 'DATABASE_REPLICA_URL');
  if (config.queue.kind === 'redis') await checkRedisConnection(config.queue);
}

/**
 * On SIGTERM or SIGINT: stop taking work, let what is running finish (Nest's shutdown hooks
 * close HTTP, queue workers and pools in order), send the telemetry still buffered, then
 * exit 0. If that takes longer than the grace period, exit 1 rather than hang.
 */
export function exitGracefullyOnSignals(
  app: { close(): Promise<void> },
  graceMs: number,
  before: () => Promise<void> | void = () => undefined,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logLine('info', `received ${signal}, shutting down`);
    const timer = setTimeout(() => {
      logLine('error', `shutdown took longer than ${graceMs} ms; exiting`);
      process.exit(1);
    }, graceMs);
    timer.unref();
    Promise.resolve()
      .then(before)
      .then(() => app.close())
      .then(() => stopTelemetry())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logLine('error', `shutdown failed: ${describeBootError(error)}`);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/**
 * A log line in the shape of the app's own (pino's JSON) for the moments the app's logger may
 * already be closing: a running process writes nothing else.
 */
function logLine(level: 'info' | 'error', msg: string): void {
  const stream = level === 'error' ? process.stderr : process.stdout;
  stream.write(
    `${JSON.stringify({ level: level === 'error' ? 50 : 30, time: Date.now(), pid: process.pid, msg })}\n`,
  );
}
