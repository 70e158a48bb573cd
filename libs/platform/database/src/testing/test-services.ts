import type { RoleCredentials } from '../provisioning';

/**
 * What the test run's global setup prepared, handed to every test file through one
 * environment variable: the servers, the roles and the migrated template database.
 */
export interface TestServices {
  runId: string;
  adminUrl: string;
  redisUrl: string;
  template: string;
  owner: RoleCredentials;
  app: RoleCredentials;
}

export const TEST_SERVICES_VARIABLE = 'ONRECORD_TEST_SERVICES';

export function testServices(): TestServices {
  const raw = process.env[TEST_SERVICES_VARIABLE];
  if (!raw) {
    throw new Error(
      `${TEST_SERVICES_VARIABLE} is not set: run integration and e2e tests through \`npm test\` or jest's integration/e2e projects, whose global setup prepares the databases.`,
    );
  }
  return JSON.parse(raw) as TestServices;
}
