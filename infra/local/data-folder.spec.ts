import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { claimDataFolder, releaseDataFolder } from './data-folder.mjs';
import { projectPaths } from './paths.mjs';
import { deadPid, otherProcess, temporaryFolder } from './testing/launcher-testing';

describe('one launcher at a time on a .data folder', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  let paths: ReturnType<typeof projectPaths>;
  const others: ChildProcess[] = [];
  beforeEach(() => {
    folder = temporaryFolder();
    paths = projectPaths(folder.path);
  });
  afterEach(() => {
    releaseDataFolder();
    for (const other of others.splice(0)) other.kill('SIGKILL');
    folder.remove();
  });

  it('is claimed with this launcher’s pid, and released', () => {
    claimDataFolder(paths);
    expect(readFileSync(paths.lockFile, 'utf8')).toBe(`${process.pid}\n`);
    releaseDataFolder();
    expect(existsSync(paths.lockFile)).toBe(false);
  });

  it('is refused while another launcher holds it', async () => {
    const launcher = await otherProcess('setInterval(() => {}, 1000)', 'infra/local/start.mjs');
    others.push(launcher);
    claimDataFolder(paths);
    writeFileSync(paths.lockFile, `${launcher.pid}\n`);
    expect(() => claimDataFolder(paths)).toThrow(
      `OnRecord is already running from this folder (npm start, pid ${launcher.pid}). Stop it first ` +
        '(Ctrl-C in its terminal). If it is not running, delete .data/launcher.pid.',
    );
  });

  it('is taken over from a launcher that is gone, or from a pid now used by another program', async () => {
    claimDataFolder(paths);
    writeFileSync(paths.lockFile, `${await deadPid()}\n`);
    claimDataFolder(paths);
    expect(readFileSync(paths.lockFile, 'utf8')).toBe(`${process.pid}\n`);

    const unrelated = await otherProcess('setInterval(() => {}, 1000)');
    others.push(unrelated);
    writeFileSync(paths.lockFile, `${unrelated.pid}\n`);
    claimDataFolder(paths);
    expect(readFileSync(paths.lockFile, 'utf8')).toBe(`${process.pid}\n`);
  });

  it('is not released from under a launcher that claimed it since', () => {
    claimDataFolder(paths);
    writeFileSync(paths.lockFile, '4242\n');
    releaseDataFolder();
    expect(readFileSync(paths.lockFile, 'utf8')).toBe('4242\n');
  });
});
