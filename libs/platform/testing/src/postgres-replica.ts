import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { superuserQuery } from '@onrecord/platform/database/testing';

const run = promisify(execFile);

/** Clusters not yet stopped: stopped if the test process exits first (pg_ctl daemonizes). */
const running = new Set<TestPostgresReplica>();
let exitHookInstalled = false;

/**
 * A PostgreSQL primary and a streaming replica of it, both of this test's own: `initdb` of a
 * primary in a temporary directory (trust authentication, loopback only, wal_level replica, a
 * replication line in pg_hba.conf), started on `ports.primary`; then `pg_basebackup -R` of it
 * started as a hot standby on `ports.replica`. The machine's own PostgreSQL and its
 * configuration are not touched. The binaries are those of `pg_config --bindir`; initdb and
 * postgres refuse to run as root, so as root they run as the `postgres` user, who is given the
 * directory. A missing binary fails the start (a test on the replica never skips).
 *
 *   const pg = await TestPostgresReplica.start({ primary: await freePort(), replica: await freePort() });
 *   try { ... pg.primaryUrl('onrecord') ... pg.replicaUrl('onrecord') ... } finally { await pg.stop(); }
 */
export class TestPostgresReplica {
  private stopped = false;

  private constructor(
    private readonly dir: string,
    private readonly bin: string,
    readonly ports: { primary: number; replica: number },
  ) {}

  static async start(ports: { primary: number; replica: number }): Promise<TestPostgresReplica> {
    const bin = await serverBinaries();
    const pg = new TestPostgresReplica(
      mkdtempSync(join(tmpdir(), 'onrecord-pg-replica-')),
      bin,
      ports,
    );
    running.add(pg);
    installExitHook();
    try {
      await pg.startPrimary();
      await pg.startReplica();
      return pg;
    } catch (error) {
      const logs = pg.logs();
      await pg.stop();
      throw new Error(
        `could not start a PostgreSQL primary and replica: ${(error as Error).message}${logs}`,
      );
    }
  }

  /** The superuser `postgres` on the primary, in `database`. */
  primaryUrl(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.ports.primary}/${database}`;
  }

  /** The superuser `postgres` on the replica (read-only), in `database`. */
  replicaUrl(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.ports.replica}/${database}`;
  }

  /**
   * Waits until the replica has replayed everything the primary has written so far. The
   * insert position, not pg_current_wal_lsn(): with synchronous_commit off (for speed here) a
   * commit returns before its record is written out, so the write position can be short of it
   * and the replica called caught up without the last commits.
   */
  async caughtUp(timeoutMs = 20_000): Promise<void> {
    const [{ lsn }] = await superuserQuery<{ lsn: string }>(
      this.primaryUrl(),
      'SELECT pg_current_wal_insert_lsn()::text AS lsn',
    );
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ behind }] = await superuserQuery<{ behind: boolean }>(
        this.replicaUrl(),
        'SELECT coalesce(pg_last_wal_replay_lsn() < $1::pg_lsn, true) AS behind',
        [lsn],
      );
      if (!behind) return;
      if (Date.now() > deadline)
        throw new Error(`the replica did not replay up to ${lsn} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops the replica alone (fast shutdown): the primary keeps running. */
  async stopReplica(): Promise<void> {
    await this.asPostgres('pg_ctl', ['-D', join(this.dir, 'replica'), '-m', 'fast', '-w', 'stop']);
  }

  /** Stops both servers at once and deletes their directory. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    running.delete(this);
    for (const data of ['replica', 'primary']) {
      if (!existsSync(join(this.dir, data, 'postmaster.pid'))) continue;
      await this.asPostgres('pg_ctl', ['-D', join(this.dir, data), '-m', 'immediate', '-w', 'stop'])
        .then(() => undefined)
        .catch(() => undefined);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Stops at once, synchronously: for the process's exit. */
  stopNow(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const data of ['replica', 'primary']) {
      if (!existsSync(join(this.dir, data, 'postmaster.pid'))) continue;
      try {
        execFileSync(
          ...this.command('pg_ctl', ['-D', join(this.dir, data), '-m', 'immediate', 'stop']),
          {
            stdio: 'ignore',
          },
        );
      } catch {
        // Already gone.
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async startPrimary(): Promise<void> {
    const data = join(this.dir, 'primary');
    giveToPostgres(this.dir);
    await this.asPostgres('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    appendFileSync(
      join(data, 'postgresql.conf'),
      [
        `port = ${this.ports.primary}`,
        `listen_addresses = '127.0.0.1'`,
        // Its own socket directory: nothing shared with the machine's server.
        `unix_socket_directories = '${this.dir}'`,
        'wal_level = replica',
        'max_wal_senders = 4',
        // A test's data: durability is not wanted, speed is.
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        '',
      ].join('\n'),
    );
    appendFileSync(join(data, 'pg_hba.conf'), 'host replication postgres 127.0.0.1/32 trust\n');
    await this.asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      join(this.dir, 'primary.log'),
      '-w',
      'start',
    ]);
  }

  private async startReplica(): Promise<void> {
    const data = join(this.dir, 'replica');
    await this.asPostgres('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.ports.primary),
      '-U',
      'postgres',
      '-D',
      data,
      '-R',
      '-X',
      'stream',
      '--no-sync',
    ]);
    // Later lines win: the replica's own port, as a hot standby.
    appendFileSync(
      join(data, 'postgresql.conf'),
      `port = ${this.ports.replica}\nhot_standby = on\n`,
    );
    await this.asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      join(this.dir, 'replica.log'),
      '-w',
      'start',
    ]);
    const [replica] = await superuserQuery<{ recovering: boolean }>(
      this.replicaUrl(),
      'SELECT pg_is_in_recovery() AS recovering',
    );
    if (!replica?.recovering) throw new Error('the replica is not in recovery: not a standby');
  }

  private asPostgres(binary: string, args: string[]): Promise<unknown> {
    const [file, argv] = this.command(binary, args);
    return run(file, argv, { timeout: 60_000 }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`${binary} failed: ${error.stderr?.trim() || error.message}`);
    });
  }

  /** The binary of `pg_config --bindir`, run as `postgres` when this process is root. */
  private command(binary: string, args: string[]): [string, string[]] {
    const path = join(this.bin, binary);
    return process.getuid?.() === 0
      ? ['runuser', ['-u', 'postgres', '--', path, ...args]]
      : [path, args];
  }

  private logs(): string {
    const tails: string[] = [];
    for (const name of ['primary.log', 'replica.log']) {
      const path = join(this.dir, name);
      if (!existsSync(path)) continue;
      try {
        tails.push(`\n${name}:\n${execFileSync('tail', ['-n', '20', path]).toString()}`);
      } catch {
        // No log to show.
      }
    }
    return tails.join('');
  }
}

/** `pg_config --bindir`, holding initdb, pg_ctl and pg_basebackup; a plain error if not. */
async function serverBinaries(): Promise<string> {
  let bin: string;
  try {
    bin = (await run('pg_config', ['--bindir'])).stdout.trim();
  } catch {
    throw new Error(
      'TestPostgresReplica needs PostgreSQL server binaries: pg_config was not found on PATH (install postgresql).',
    );
  }
  const missing = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'].filter(
    (name) => !existsSync(join(bin, name)),
  );
  if (missing.length)
    throw new Error(
      `TestPostgresReplica needs ${missing.join(', ')} in ${bin} (pg_config --bindir).`,
    );
  return bin;
}

/** As root, the `postgres` user runs the servers: it must own their directory. */
function giveToPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  let ids: string[];
  try {
    ids = execFileSync('id', ['-u', 'postgres']).toString().trim().split(/\s+/);
    ids.push(execFileSync('id', ['-g', 'postgres']).toString().trim());
  } catch {
    throw new Error(
      'TestPostgresReplica runs as root, so PostgreSQL must run as the postgres user, and there is none.',
    );
  }
  chownSync(dir, Number(ids[0]), Number(ids[1]));
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pg of running) pg.stopNow();
  });
}
