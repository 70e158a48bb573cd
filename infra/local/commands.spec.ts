import { npmCommand, runToEnd, stopCommands } from './commands.mjs';

describe('commands that run to their end', () => {
  it('runs npm with the npm that started it when known, else from PATH', () => {
    expect(npmCommand(['run', 'build'], { npm_execpath: '/usr/lib/npm/bin/npm-cli.js' })).toEqual({
      command: process.execPath,
      args: ['/usr/lib/npm/bin/npm-cli.js', 'run', 'build'],
    });
    expect(npmCommand(['install'], {})).toEqual({ command: 'npm', args: ['install'] });
  });

  it('with input: get it on stdin, and give back their output and exit code', async () => {
    const result = await runToEnd(
      process.execPath,
      [
        '-e',
        "process.stdin.on('data', (d) => { console.log(String(d).toUpperCase()); console.error('e'); process.exit(4); })",
      ],
      { cwd: process.cwd(), input: 'plan' },
    );
    expect(result).toEqual({ code: 4, stdout: 'PLAN\n', stderr: 'e\n' });
  });

  it('that cannot run: a sentence', async () => {
    await expect(
      runToEnd('/nonexistent/npm', [], { cwd: process.cwd(), input: '' }),
    ).rejects.toThrow(/^Could not run \/nonexistent\/npm: spawn \/nonexistent\/npm ENOENT$/);
  });

  it('are asked to stop when npm start stops', async () => {
    const running = runToEnd(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      cwd: process.cwd(),
      input: '',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stopCommands();
    expect((await running).code).toBeNull();
  });
});
