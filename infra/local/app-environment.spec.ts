import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs app-environment.mjs (an ES module, as `npm start` loads it) in a plain node. */
function appEnvironment(
  base: Record<string, string>,
  settings: {
    appUrl: string;
    smtpUrl: string;
    authSecret: string;
    apiPort: number;
    redisUrl?: string;
  },
): Record<string, string> {
  const module = join(__dirname, 'app-environment.mjs');
  const script = `import(${JSON.stringify(module)}).then((m) =>
    process.stdout.write(JSON.stringify(m.appEnvironment(JSON.parse(process.argv[1]), JSON.parse(process.argv[2])))))`;
  const output = execFileSync(
    process.execPath,
    ['-e', script, JSON.stringify(base), JSON.stringify(settings)],
    { encoding: 'utf8', env: {} },
  );
  return JSON.parse(output) as Record<string, string>;
}

describe('the environment npm start gives the api and the worker', () => {
  const settings = {
    appUrl: 'postgres://onrecord_app:app-password@127.0.0.1:54329/onrecord',
    smtpUrl: 'smtp://127.0.0.1:1025',
    authSecret: 'a'.repeat(64),
    apiPort: 3000,
  };

  it('has the app role’s database URL only: no owner URL, no admin URL', () => {
    const env = appEnvironment(
      {
        DATABASE_URL: 'postgres://postgres:admin-password@127.0.0.1:5432/postgres',
        DATABASE_OWNER_URL: 'postgres://onrecord_owner:owner-password@127.0.0.1:54329/onrecord',
        LOG_LEVEL: 'debug',
      },
      settings,
    );
    expect(env['DATABASE_URL']).toBe(settings.appUrl);
    expect(env).not.toHaveProperty('DATABASE_OWNER_URL');
    expect(JSON.stringify(env)).not.toMatch(/owner-password|admin-password/);
    expect(env['LOG_LEVEL']).toBe('debug');
  });

  it('runs the queue on PostgreSQL unless Redis was configured', () => {
    expect(appEnvironment({ REDIS_URL: '' }, settings)).not.toHaveProperty('REDIS_URL');
    expect(
      appEnvironment(
        { REDIS_URL: 'redis://127.0.0.1:6379' },
        { ...settings, redisUrl: 'redis://127.0.0.1:6379' },
      )['REDIS_URL'],
    ).toBe('redis://127.0.0.1:6379');
  });
});
