import { LaunchError } from './messages.mjs';
import { readArgs, USAGE } from './arguments.mjs';

describe("npm start's arguments", () => {
  it('asks for the usage with --help or -h, and for nothing otherwise', () => {
    expect(readArgs(['--help'])).toEqual({ help: true });
    expect(readArgs(['-h'])).toEqual({ help: true });
    expect(readArgs([])).toEqual({ help: false });
  });

  it('refuses anything else with the reason and the usage, as a problem people can fix', () => {
    expect(() => readArgs(['--port', '3000'])).toThrow(LaunchError);
    expect(() => readArgs(['--port', '3000'])).toThrow(`'--port'`);
    expect(() => readArgs(['extra'])).toThrow(`\n\n${USAGE}`);
  });

  it('documents every setting the launcher reads', () => {
    for (const variable of [
      'DATABASE_URL',
      'ONRECORD_DATABASE',
      'ONRECORD_OWNER_ROLE',
      'ONRECORD_APP_ROLE',
      'EMBEDDED_PG_PORT',
      'REDIS_URL',
      'SMTP_URL',
      'MAILDEV_SMTP_PORT',
      'MAILDEV_WEB_PORT',
      'API_HOST',
      'API_PORT',
      'WORKER_HEALTH_PORT',
      'PUBLIC_URL',
      'AUTH_SECRET',
      'MAIL_FROM',
      'NODE_ENV',
      'LOG_LEVEL',
      'DEMO_DATA',
    ]) {
      expect(USAGE).toContain(`  ${variable} `);
    }
  });
});
