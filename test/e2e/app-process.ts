import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** The built entry points of a checkout: this one's by default, or another release's. */
export function entriesOf(root: string) {
  return {
    api: join(root, 'dist/apps/api/src/main.js'),
    worker: join(root, 'dist/apps/worker/src/main.js'),
    migrate: join(root, 'dist/apps/api/src/migrate.js'),
  } as const;
}

export const ENTRY = entriesOf(ROOT);

/** A free TCP port on 127.0.0.1, for a process this test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The built api or worker, started with plain `node` exactly as in production. */
export class AppProcess {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  /** `cwd`: the checkout the entry belongs to (another release's, for an upgrade test). */
  constructor(entry: string, env: Record<string, string>, cwd = ROOT) {
    this.child = spawn(process.execPath, [entry], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child
      .stdout!.setEncoding('utf8')
      .on('data', (chunk: string) => this.stdout.push(...chunk.split('\n').filter(Boolean)));
    this.child
      .stderr!.setEncoding('utf8')
      .on('data', (chunk: string) => this.stderr.push(...chunk.split('\n').filter(Boolean)));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Waits for `GET url` to answer 200, failing early if the process exits. */
  async waitForHealth(url: string, timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void this.exited.then((code) => (exitCode = code));
    while (Date.now() < deadline) {
      if (exitCode !== undefined) {
        throw new Error(
          `process exited with ${exitCode} before it was healthy:\n${this.stderr.join('\n')}`,
        );
      }
      try {
        if ((await fetch(url)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${url} was not healthy within ${timeoutMs} ms:\n${this.stderr.join('\n')}`);
  }

  /** Resolves with the exit code; kills the process if it has not exited within the timeout. */
  async exitCode(timeoutMs = 20000): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)),
    );
    const result = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      this.child.kill('SIGKILL');
      throw new Error(`process did not exit within ${timeoutMs} ms`);
    }
    return result;
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    this.signal('SIGTERM');
    return this.exitCode();
  }
}
