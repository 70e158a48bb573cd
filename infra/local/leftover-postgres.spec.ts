import type { ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopOrphanPostgres } from './leftover-postgres.mjs';
import { isAlive } from './processes.mjs';
import { captureOutput, deadPid, otherProcess, temporaryFolder } from './testing/launcher-testing';

describe('a PostgreSQL left running by a launcher that was killed', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  let pidFile: string;
  const others: ChildProcess[] = [];
  beforeEach(() => {
    folder = temporaryFolder();
    pidFile = join(folder.path, 'postmaster.pid');
  });
  afterEach(() => {
    jest.restoreAllMocks();
    for (const other of others.splice(0)) other.kill('SIGKILL');
    folder.remove();
  });

  it('is stopped with SIGINT (fast shutdown), and its pid file removed', async () => {
    const output = captureOutput();
    const server = await otherProcess(
      "process.on('SIGINT', () => process.exit(0)); setInterval(() => {}, 1000)",
      'postgres',
    );
    others.push(server);
    writeFileSync(pidFile, `${server.pid}\n/data\n`);
    await stopOrphanPostgres(pidFile);
    expect(isAlive(server.pid!)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
    expect(output.stdout()).toBe(
      `An embedded PostgreSQL left running by an earlier run (pid ${server.pid}) is still up; stopping it.\n`,
    );
  });

  it('is killed if it does not stop in time', async () => {
    captureOutput();
    const server = await otherProcess(
      "process.on('SIGINT', () => {}); setInterval(() => {}, 1000)",
      'postgres',
    );
    others.push(server);
    writeFileSync(pidFile, `${server.pid}\n`);
    await stopOrphanPostgres(pidFile, 300);
    expect(isAlive(server.pid!)).toBe(false);
  });

  it('is not mistaken for another program that now has its pid; a stale pid file goes', async () => {
    const output = captureOutput();
    const unrelated = await otherProcess('setInterval(() => {}, 1000)');
    others.push(unrelated);
    writeFileSync(pidFile, `${unrelated.pid}\n`);
    await stopOrphanPostgres(pidFile);
    expect(isAlive(unrelated.pid!)).toBe(true);
    expect(existsSync(pidFile)).toBe(false);

    writeFileSync(pidFile, `${await deadPid()}\n`);
    await stopOrphanPostgres(pidFile);
    expect(existsSync(pidFile)).toBe(false);
    expect(output.stdout()).toBe('');
  });
});
