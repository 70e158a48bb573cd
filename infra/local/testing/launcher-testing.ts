import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

/** What the launcher says on stdout and stderr during a test, instead of the terminal. */
export function captureOutput(): { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  });
  return { stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A project folder of its own for a test (removed by `remove`). */
export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'onrecord-launcher-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Writes a small Node program that stands for a built one (provision.js, main.js...). */
export function writeProgram(folder: string, name: string, source: string): string {
  const file = join(folder, name);
  writeFileSync(file, source);
  return file;
}

/**
 * Another process on this machine, running `source`; `argv` ends up in its command line
 * (which the launcher reads to tell a launcher or a PostgreSQL from anything else).
 */
export async function otherProcess(source: string, ...argv: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', `${source}; process.send?.('ready')`, ...argv], {
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  await once(child, 'message');
  child.disconnect();
  return child;
}

/** The pid of a process that has exited. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await once(child, 'exit');
  return child.pid!;
}
