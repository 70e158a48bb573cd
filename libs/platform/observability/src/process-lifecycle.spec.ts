import { ConfigError } from '@onrecord/platform/config';
import { describeBootError } from './process-lifecycle';

describe('describeBootError', () => {
  it('says which port is taken and which variable to change', () => {
    const error = Object.assign(new Error('listen EADDRINUSE'), {
      code: 'EADDRINUSE',
      port: 3000,
      address: '127.0.0.1',
    });
    expect(describeBootError(error)).toBe(
      'port 3000 on 127.0.0.1 is already in use. Stop the process using it, or choose another port (API_PORT / WORKER_HEALTH_PORT).',
    );
  });

  it('prints configuration problems as they are', () => {
    expect(describeBootError(new ConfigError(['SMTP_URL: is required']))).toBe(
      'Invalid configuration:\n  - SMTP_URL: is required',
    );
  });
});
