import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LaunchError } from './messages.mjs';
import { env, loadDotEnv, readSettings } from './settings.mjs';
import { temporaryFolder } from './testing/launcher-testing';

describe("npm start's settings", () => {
  it('defaults to an embedded PostgreSQL, MailDev, a queue on PostgreSQL and the usual ports', () => {
    expect(readSettings({})).toEqual({
      adminUrl: undefined,
      database: 'onrecord',
      ownerRole: 'onrecord_owner',
      appRole: 'onrecord_app',
      pgPort: 54329,
      redisUrl: undefined,
      smtpUrl: undefined,
      mailSmtpPort: 1025,
      mailWebPort: 1080,
      apiHost: '127.0.0.1',
      apiPort: 3000,
      workerPort: 3001,
      inboundSmtpPort: 2526,
    });
  });

  it('takes each setting from its variable, and an empty one as unset', () => {
    const settings = readSettings({
      DATABASE_URL: 'postgresql://postgres@db.example:5433/postgres',
      ONRECORD_DATABASE: 'records',
      ONRECORD_OWNER_ROLE: 'records_owner',
      ONRECORD_APP_ROLE: '',
      EMBEDDED_PG_PORT: '55000',
      REDIS_URL: 'redis://127.0.0.1:6379',
      SMTP_URL: '',
      API_HOST: '0.0.0.0',
      API_PORT: '8080',
      WORKER_HEALTH_PORT: '',
      INBOUND_SMTP_PORT: '2600',
    });
    expect(settings).toMatchObject({
      adminUrl: 'postgresql://postgres@db.example:5433/postgres',
      database: 'records',
      ownerRole: 'records_owner',
      appRole: 'onrecord_app',
      pgPort: 55000,
      redisUrl: 'redis://127.0.0.1:6379',
      smtpUrl: undefined,
      apiHost: '0.0.0.0',
      apiPort: 8080,
      workerPort: 3001,
      inboundSmtpPort: 2600,
    });
    expect(env('X', { X: '' })).toBeUndefined();
  });

  it('refuses a port that is not a whole number from 1 to 65535, naming the variable', () => {
    for (const value of ['0', '65536', '3000.5', 'http', '-1']) {
      expect(() => readSettings({ API_PORT: value })).toThrow(
        new LaunchError(`API_PORT must be a port number between 1 and 65535 (it is "${value}").`),
      );
    }
    expect(() => readSettings({ MAILDEV_WEB_PORT: 'x' })).toThrow(/^MAILDEV_WEB_PORT must be/);
  });

  it('refuses a DATABASE_URL that is not a postgres:// URL of a server', () => {
    for (const url of ['mysql://root@127.0.0.1/db', 'postgres://', '127.0.0.1:5432']) {
      expect(() => readSettings({ DATABASE_URL: url })).toThrow(
        /^DATABASE_URL must be a postgres:\/\/ URL of a user that can create roles and databases/,
      );
    }
  });

  describe('.env', () => {
    const folder = temporaryFolder();
    afterAll(() => folder.remove());
    it('adds its variables, and the environment wins over it', () => {
      writeFileSync(
        join(folder.path, '.env'),
        'LAUNCHER_SPEC_FROM_FILE=file\nLAUNCHER_SPEC_SET=file\n',
      );
      // In a Node of its own: process.loadEnvFile sets the real environment, which Jest's is not.
      const script = `import(${JSON.stringify(join(__dirname, 'settings.mjs'))}).then((m) => {
        m.loadDotEnv(process.argv[1]);
        process.stdout.write(JSON.stringify([process.env.LAUNCHER_SPEC_FROM_FILE, process.env.LAUNCHER_SPEC_SET]));
      })`;
      const output = execFileSync(process.execPath, ['-e', script, folder.path], {
        encoding: 'utf8',
        env: { LAUNCHER_SPEC_SET: 'environment' },
      });
      expect(JSON.parse(output)).toEqual(['file', 'environment']);
    });

    it('is optional, and one that cannot be read is a sentence', () => {
      const empty = join(folder.path, 'empty');
      mkdirSync(empty);
      expect(() => loadDotEnv(empty)).not.toThrow();
      mkdirSync(join(empty, '.env'));
      expect(() => loadDotEnv(empty)).toThrow(/^\.env could not be read: /);
    });
  });
});
