import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLineOf, isAlive, isRunning, readPid, waitForProcessExit } from './processes.mjs';
import { deadPid, temporaryFolder } from './testing/launcher-testing';

describe('processes, as the launcher sees them', () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());

  it("reads a pid file's first line, and nothing from anything else", () => {
    const file = join(folder.path, 'pid');
    writeFileSync(file, '1234\n/data\n');
    expect(readPid(file)).toBe(1234);
    for (const content of ['', 'abc\n', '0\n', '-5\n']) {
      writeFileSync(file, content);
      expect(readPid(file)).toBeUndefined();
    }
    expect(readPid(join(folder.path, 'missing'))).toBeUndefined();
  });

  it('tells a live process from one that has gone, and reads its command line', async () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(await deadPid())).toBe(false);
    expect(commandLineOf(process.pid)).toContain('jest');
    expect(commandLineOf(await deadPid())).toBeUndefined();
  });

  it('waits for a process to exit, up to a limit', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
    expect(isRunning(child)).toBe(true);
    expect(await waitForProcessExit(child.pid!, 50)).toBe(false);
    await once(child, 'exit');
    expect(isRunning(child)).toBe(false);
    expect(await waitForProcessExit(child.pid!, 50)).toBe(true);
  });
});
