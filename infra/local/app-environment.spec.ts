import { appEnvironment } from './app-environment.mjs';

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

  it('starts the worker’s SMTP receiver for the reply addresses on the port asked for', () => {
    expect(appEnvironment({}, { ...settings, inboundSmtpPort: 2526 })['INBOUND_SMTP_PORT']).toBe(
      '2526',
    );
    expect(appEnvironment({}, settings)).not.toHaveProperty('INBOUND_SMTP_PORT');
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
