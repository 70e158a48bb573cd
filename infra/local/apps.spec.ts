import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { projectPaths } from './paths.mjs';
import { describeExit, forwardLines, startApp, stopApps } from './apps.mjs';
import { captureOutput, temporaryFolder, writeProgram } from './testing/launcher-testing';
import { isAlive } from './processes.mjs';

describe('the api and the worker as child processes', () => {
  const folder = temporaryFolder();
  // Whatever a failed test left running is killed: a child still alive keeps jest from exiting.
  afterAll(async () => {
    await stopApps(100);
    folder.remove();
  });
  afterEach(() => jest.restoreAllMocks());

  /** Paths whose api and worker are the given programs. */
  function withApps(api: string, worker = api) {
    const paths = projectPaths(folder.path);
    return {
      ...paths,
      entry: {
        ...paths.entry,
        api: writeProgram(folder.path, 'api.js', api),
        worker: writeProgram(folder.path, 'worker.js', worker),
      },
    };
  }

  it('forward each output line with a prefix, the line itself untouched', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk) => (written += chunk));
    forwardLines(input, output, '[api] ');
    input.end('{"level":30}\r\nsecond line\n\nlast without newline');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written).toBe(
      '[api] {"level":30}\n[api] second line\n[api] \n[api] last without newline\n',
    );
  });

  it('say how one stopped by itself, after its last output', async () => {
    const output = captureOutput();
    const paths = withApps("console.log('starting'); console.error('boom'); process.exit(3)");
    const stopped = new Promise<string>((resolve) => startApp('api', paths, process.env, resolve));
    expect(await stopped).toBe('The api stopped unexpectedly (exit code 3); stopping OnRecord.');
    expect(output.stdout()).toBe('[api] starting\n');
    expect(output.stderr()).toBe('[api] boom\n');
    expect(describeExit(null, 'SIGKILL')).toBe('signal SIGKILL');
  });

  it('get the environment they are given, and stop on SIGTERM', async () => {
    const output = captureOutput();
    const program =
      "process.on('SIGTERM', () => { console.log('stopping'); process.exit(0); });" +
      'console.log(process.env.ONLY_THIS); setInterval(() => {}, 1000)';
    const exits: string[] = [];
    startApp('api', withApps(program), { ONLY_THIS: 'given' }, (message) => exits.push(message));
    startApp('worker', withApps(program), { ONLY_THIS: 'given' }, (message) => exits.push(message));
    await waitFor(() => output.stdout().split('given').length === 3);
    await stopApps();
    expect(output.stdout()).toMatch(/^Stopping api and worker\.\.\.$/m);
    expect(output.stdout()).toMatch(/^\[api\] stopping$/m);
    expect(output.stdout()).toMatch(/^\[worker\] stopping$/m);
    // They report their exit even when asked to stop; shutdown, which asked, ignores it.
    expect(exits).toHaveLength(2);
  });

  it('are killed if they do not stop in time', async () => {
    const output = captureOutput();
    // It says it is ready (on the IPC channel every app gets) once it ignores SIGTERM.
    const worker = startApp(
      'worker',
      withApps(
        "process.on('SIGTERM', () => {}); process.send('ready'); setInterval(() => {}, 1000)",
      ),
      process.env,
      () => undefined,
    );
    await once(worker, 'message');
    await stopApps(300);
    expect(output.stderr()).toBe('The worker did not stop within 0.3 s; killing it.\n');
    expect(isAlive(worker.pid!)).toBe(false);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}
