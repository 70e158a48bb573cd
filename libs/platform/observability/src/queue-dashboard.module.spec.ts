import { testConfig } from '@onrecord/platform/config/testing';
import { queueDashboardOff } from './queue-dashboard.module';

const credentials = { QUEUE_DASHBOARD_USER: 'ops', QUEUE_DASHBOARD_PASSWORD: 'p'.repeat(16) };
const database = { DATABASE_URL: 'postgres://app@127.0.0.1:5432/onrecord' };

describe('whether the queue dashboard is on', () => {
  it('is on with its credentials and the Redis queue', () => {
    expect(
      queueDashboardOff(
        testConfig({ ...database, ...credentials, REDIS_URL: 'redis://127.0.0.1:6379' }),
      ),
    ).toBeNull();
  });

  it('is off, saying why, without credentials or on the PostgreSQL queue', () => {
    expect(queueDashboardOff(testConfig({ ...database, REDIS_URL: 'redis://x:6379' }))).toBe(
      'QUEUE_DASHBOARD_USER and QUEUE_DASHBOARD_PASSWORD are not set',
    );
    expect(queueDashboardOff(testConfig({ ...database, ...credentials }))).toMatch(
      /queue runs on PostgreSQL/,
    );
  });
});
