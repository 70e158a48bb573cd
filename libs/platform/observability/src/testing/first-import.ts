import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../../..');

/** The first statement main.ts imports (comments aside). */
export function firstImportOf(mainFile: string): string | undefined {
  return readFileSync(mainFile, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('import '));
}

/**
 * In a plain Node process, as the image runs an app (TypeScript through ts-node): requires
 * `entry` (an app's telemetry.ts) with `env`, then pg, ioredis and http, and answers which of
 * them OpenTelemetry's require hook patched on the way in.
 */
export function patchedAfterRequiring(
  entry: string,
  env: Record<string, string>,
): { pg: boolean; ioredis: boolean; http: boolean } {
  const script = `
    require(${JSON.stringify(entry)});
    const { isWrapped } = require('@opentelemetry/instrumentation');
    const pg = require('pg');
    const IORedis = require('ioredis');
    const http = require('node:http');
    process.stdout.write(JSON.stringify({
      pg: isWrapped(pg.Client.prototype.query),
      ioredis: isWrapped(IORedis.prototype.sendCommand),
      http: isWrapped(http.Server.prototype.emit),
    }));
    process.exit(0);`;
  const run = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', '-e', script],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env['PATH'] ?? '',
        TS_NODE_PROJECT: 'tsconfig.tools.json',
        ...env,
      },
    },
  );
  if (run.status !== 0) throw new Error(`the process failed: ${run.stderr || String(run.error)}`);
  return JSON.parse(run.stdout) as { pg: boolean; ioredis: boolean; http: boolean };
}
