/* eslint-disable no-console -- benchmarks print their figures */
import '../setup/register-paths';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Pool, type PoolClient } from 'pg';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';

/**
 * What the benchmarks share: the test services (own roles, database, queue prefix; all
 * removed afterwards), api processes started from a bench script's `serve` mode, autocannon
 * load, and a table of figures.
 */
export interface BenchOptions {
  seconds: number;
  connections: number;
  rounds: number;
  /**
   * Another checkout of OnRecord (`--against ../before`): its api runs as one more variant
   * in the same alternating rounds, so a change is measured before and after in one run.
   * Its schema must be this one's (no migration between the two).
   */
  against?: string;
}

export function benchOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
      against: { type: 'string' },
    },
  });
  return {
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    rounds: Number(values.rounds),
    against: values.against,
  };
}

/**
 * The same bench script's `serve <variant>` in the checkout `options.against`, started as
 * {@link startMeasuredServer} starts this one's; with its label (the checkout's commit).
 */
export async function startAgainstServer(
  options: BenchOptions,
  script: string,
  variant: string,
  env: Record<string, string>,
  servers: ChildProcess[],
): Promise<{ url: string; pid: number; label: string } | undefined> {
  if (!options.against) return undefined;
  const root = resolve(options.against);
  const commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'])
    .toString()
    .trim();
  const server = await startMeasuredServer(
    join(root, 'test/bench', basename(script)),
    variant,
    env,
    servers,
  );
  return { ...server, label: `at ${commit}` };
}

/** Runs `work` with a fresh test environment and removes everything afterwards. */
export async function withBenchEnvironment(
  work: (environment: TestEnvironment, servers: ChildProcess[]) => Promise<void>,
): Promise<void> {
  await globalSetup();
  let environment: TestEnvironment | undefined;
  const servers: ChildProcess[] = [];
  try {
    environment = await createTestEnvironment('redis', {
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://onrecord.bench',
    });
    await work(environment, servers);
  } finally {
    for (const server of servers) server.kill('SIGTERM');
    await Promise.all(
      servers.map((server) =>
        server.exitCode === null
          ? new Promise((resolve) => server.once('exit', resolve))
          : undefined,
      ),
    );
    await environment?.cleanUp();
    await globalTeardown();
  }
}

/**
 * Starts `script` in `serve <variant>` mode as a child process with `env`; it answers with
 * its URL once listening. A server in its own process keeps the load generator's work out
 * of its event loop.
 */
export async function startServer(
  script: string,
  variant: string,
  env: Record<string, string>,
  servers: ChildProcess[],
): Promise<string> {
  return (await startMeasuredServer(script, variant, env, servers)).url;
}

/** {@link startServer}, with the process id whose CPU time {@link compare} can report. */
export function startMeasuredServer(
  script: string,
  variant: string,
  env: Record<string, string>,
  servers: ChildProcess[],
): Promise<{ url: string; pid: number }> {
  const child = fork(script, ['serve', variant], {
    env: { ...process.env, BENCH_ENV: JSON.stringify(env) },
    // BENCH_PROFILE=<dir>: each server writes a CPU profile there when it stops.
    execArgv: process.env['BENCH_PROFILE']
      ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
      : process.execArgv,
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url: string }) =>
      resolve({ url: message.url, pid: child.pid ?? 0 }),
    );
    child.once('exit', (code) => reject(new Error(`the ${variant} server exited with ${code}`)));
  });
}

/** Linux's clock ticks per second (USER_HZ), the unit of /proc/<pid>/stat's CPU times. */
let clockTicks: number | undefined;

/**
 * CPU milliseconds (user and system) a process has used so far, from /proc/<pid>/stat. On a
 * shared 2-core machine requests/s drift with what else runs; the CPU a request costs the
 * server is the figure that carries from one run, or machine, to another.
 */
export function cpuMilliseconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count the fields after its closing ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime (fields 14 and 15)
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
  return (ticks * 1000) / clockTicks;
}

/** The environment a `serve` child was given. */
export const serverEnv = (): Record<string, string> =>
  JSON.parse(process.env['BENCH_ENV'] ?? '{}') as Record<string, string>;

export interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
}

/** POSTs one GraphQL query for `seconds` over `connections`; any error or non-2xx fails. */
export async function load(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    connections,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors from ${url}`);
  }
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/**
 * Alternates the variants for `rounds` rounds (so drift on the machine hits all alike),
 * after a 2-second warm-up of each, and prints requests/s, the median p50 and p99 and, for a
 * variant whose server process is named (`pid`), the CPU milliseconds each request cost it.
 */
export async function compare(
  title: string,
  variants: Array<{
    label: string;
    run: (seconds: number) => Promise<LoadResult>;
    pid?: number;
  }>,
  options: BenchOptions,
): Promise<Map<string, number>> {
  for (const variant of variants) await variant.run(2);
  const totals = variants.map(() => ({
    requests: 0,
    seconds: 0,
    cpu: 0,
    p50: [] as number[],
    p99: [] as number[],
  }));
  for (let round = 0; round < options.rounds; round++) {
    for (const [index, variant] of variants.entries()) {
      const cpuBefore = variant.pid ? cpuMilliseconds(variant.pid) : 0;
      const result = await variant.run(options.seconds);
      const total = totals[index]!;
      total.cpu += variant.pid ? cpuMilliseconds(variant.pid) - cpuBefore : 0;
      total.requests += result.requests;
      total.seconds += result.seconds;
      total.p50.push(result.p50);
      total.p99.push(result.p99);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  console.log(
    `\n${title}\n${options.rounds} rounds × ${options.seconds} s per variant, ${options.connections} connections, Node ${process.version}\n`,
  );
  console.log(
    `${'variant'.padEnd(40)}${'requests/s'.padStart(12)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'CPU ms/request'.padStart(16)}`,
  );
  const rates = new Map<string, number>();
  for (const [index, variant] of variants.entries()) {
    const total = totals[index]!;
    const rate = total.requests / total.seconds;
    rates.set(variant.label, rate);
    const cpu = variant.pid ? (total.cpu / total.requests).toFixed(3) : '';
    console.log(
      `${variant.label.padEnd(40)}${rate.toFixed(0).padStart(12)}` +
        `${String(median(total.p50)).padStart(9)}${String(median(total.p99)).padStart(9)}${cpu.padStart(16)}`,
    );
  }
  return rates;
}

/**
 * A floor to measure the api against: node:http and pg alone, as the app role
 * (`DATABASE_URL`), each request answered by `answer` on a pooled connection (its JSON body),
 * rolled back if it fails. A `serve` child: it sends its URL and closes on SIGTERM.
 */
export function serveBarePg(
  answer: (client: PoolClient, req: IncomingMessage) => Promise<string>,
): void {
  const pool = new Pool({ connectionString: serverEnv()['DATABASE_URL'], max: 10 });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      void (async () => {
        const client = await pool.connect();
        try {
          const body = await answer(client, req);
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        } catch {
          await client.query('ROLLBACK').catch(() => undefined);
          res.writeHead(500).end();
        } finally {
          client.release();
        }
      })();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}` });
  });
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}
