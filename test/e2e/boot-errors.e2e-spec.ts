import { createServer, type Server } from 'node:net';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from './app-process';

/**
 * A person who gets the configuration wrong sees one plain sentence naming the problem and
 * the fix — not a stack trace — and the process stops with status 1.
 */
describe('boot errors', () => {
  let environment: TestEnvironment;

  beforeAll(async () => {
    environment = await createTestEnvironment('redis', { SMTP_URL: 'smtp://127.0.0.1:2525' });
  });
  afterAll(() => environment.cleanUp());

  async function boot(
    entry: string,
    overrides: Record<string, string | undefined>,
  ): Promise<{ code: number | null; stderr: string }> {
    const env: Record<string, string> = {
      ...environment.env,
      API_PORT: String(await freePort()),
      WORKER_HEALTH_PORT: String(await freePort()),
    };
    for (const [name, value] of Object.entries(overrides)) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    const child = new AppProcess(entry, env);
    const code = await child.exitCode(20000);
    return { code, stderr: child.stderr.join('\n') };
  }

  function expectPlain(stderr: string): void {
    expect(stderr).not.toMatch(/^\s+at /m);
  }

  it.each([
    ['a missing secret', { AUTH_SECRET: undefined }, /AUTH_SECRET: is required/],
    [
      'a malformed database URL',
      { DATABASE_URL: 'localhost/onrecord' },
      /DATABASE_URL: expected a postgres:\/\/ URL/,
    ],
    [
      'a database nobody listens on',
      { DATABASE_URL: 'postgres://app:pw@127.0.0.1:1/onrecord' },
      /DATABASE_URL: cannot connect to PostgreSQL at app@127\.0\.0\.1:1\/onrecord \(connection refused/,
    ],
    [
      'an unreachable Redis',
      { REDIS_URL: 'redis://127.0.0.1:1' },
      /REDIS_URL: cannot reach Redis at 127\.0\.0\.1:1/,
    ],
    [
      'production without a sender',
      { NODE_ENV: 'production', PUBLIC_URL: 'https://x.example.org' },
      /MAIL_FROM: is required in production/,
    ],
  ])('api stops on %s', async (_, overrides, message) => {
    const { code, stderr } = await boot(ENTRY.api, overrides);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^api cannot start: /);
    expect(stderr).toMatch(message);
    expectPlain(stderr);
  });

  it('worker stops on an unreachable Redis the same way', async () => {
    const { code, stderr } = await boot(ENTRY.worker, { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^worker cannot start: REDIS_URL: cannot reach Redis/);
    expectPlain(stderr);
  });

  it('api stops when its port is in use', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const { code, stderr } = await boot(ENTRY.api, { API_PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`api cannot start: port ${port} on 127.0.0.1 is already in use.`);
      expectPlain(stderr);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
