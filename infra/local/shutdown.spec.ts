import { LaunchError } from './messages.mjs';
import { createShutdown } from './shutdown.mjs';
import { captureOutput } from './testing/launcher-testing';

/** A shutdown whose steps record what they do, in order; `exited` resolves with the exit code. */
function recordedShutdown(failing: string[] = []) {
  const calls: string[] = [];
  const step = (name: string) => async () => {
    calls.push(name);
    if (failing.includes(name)) throw new Error(`${name} went wrong`);
  };
  let exit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exit = resolve));
  const shutdown = createShutdown({
    stopCommands: () => void calls.push('commands'),
    stopApps: step('apps'),
    stopMailDev: step('maildev'),
    stopPostgres: step('postgres'),
    releaseDataFolder: () => void calls.push('data folder'),
    exit: (code) => {
      calls.push(`exit ${code}`);
      exit(code);
    },
  });
  return { calls, exited, ...shutdown };
}

describe('stopping npm start', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    delete process.env['LOG_LEVEL'];
  });

  it('on Ctrl-C: says so, stops everything in order, once, and exits 0', async () => {
    const output = captureOutput();
    const { calls, exited, onSignal, isStopping } = recordedShutdown();
    onSignal('SIGINT');
    expect(isStopping()).toBe(true);
    onSignal('SIGINT');
    expect(await exited).toBe(0);
    expect(calls).toEqual(['commands', 'apps', 'maildev', 'postgres', 'data folder', 'exit 0']);
    expect(output.stdout()).toBe(
      'Stopping OnRecord (SIGINT)...\nStill stopping; please wait.\nOnRecord stopped.\n',
    );
  });

  it('goes on when a step fails, saying what went wrong', async () => {
    const output = captureOutput();
    const { calls, exited, shutdown } = recordedShutdown(['apps']);
    void shutdown(0);
    await exited;
    expect(calls).toEqual(['commands', 'apps', 'maildev', 'postgres', 'data folder', 'exit 0']);
    expect(output.stderr()).toBe('While stopping: apps went wrong\n');
  });

  it('after a failure: the problem as a sentence on stderr, then exit 1', async () => {
    const output = captureOutput();
    const { exited, fail } = recordedShutdown();
    fail(new LaunchError('Port 3000 is in use; set API_PORT to a free port.'));
    fail(new LaunchError('a second failure, while stopping'));
    expect(await exited).toBe(1);
    expect(output.stderr()).toBe('Port 3000 is in use; set API_PORT to a free port.\n');
    expect(output.stdout()).toBe('');
  });

  it('after an unexpected error: says it is unexpected; its stack only with LOG_LEVEL=debug', async () => {
    const output = captureOutput();
    const quiet = recordedShutdown();
    quiet.fail(new TypeError('x is undefined'));
    await quiet.exited;
    expect(output.stderr()).toBe('Unexpected problem: x is undefined\n');

    process.env['LOG_LEVEL'] = 'debug';
    const verbose = recordedShutdown();
    verbose.fail('a string');
    const error = new Error('with a stack');
    recordedShutdown().fail(error);
    expect(output.stderr()).toContain('Unexpected problem: a string\n');
    expect(output.stderr()).toContain(`Unexpected problem: with a stack\n${error.stack}\n`);
  });

  it('when something stops by itself: its reason on stderr, then exit 1', async () => {
    const output = captureOutput();
    const { exited, shutdown } = recordedShutdown();
    void shutdown(1, 'The api stopped unexpectedly (exit code 1); stopping OnRecord.');
    void shutdown(1, 'The worker stopped unexpectedly (exit code 1); stopping OnRecord.');
    expect(await exited).toBe(1);
    expect(output.stderr()).toBe(
      'The api stopped unexpectedly (exit code 1); stopping OnRecord.\n',
    );
  });
});
