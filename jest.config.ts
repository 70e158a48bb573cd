import type { Config } from 'jest';
import { pathsToModuleNameMapper } from 'ts-jest';
import { compilerOptions } from './tsconfig.base.json';

/**
 * Three kinds of test, run one after the other by `npm test` (infra/test/run.mjs):
 * - unit: `*.spec.ts` beside the code, no database;
 * - integration: `*.int-spec.ts` in the lib they test (apps/api/src for the whole api), real
 *   PostgreSQL and Redis, a database per file;
 * - e2e: `test/e2e/*.e2e-spec.ts`, the built api and worker started as processes;
 * - browser: `test/browser/*.browser-spec.ts`, the built web app in Chromium against them.
 */
const shared: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    // npm start's modules (infra/local/*.mjs), which Jest cannot load as ES modules.
    '^.+\\.mjs$': '<rootDir>/test/setup/mjs-transform.cjs',
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
};

const withServices: Config = {
  ...shared,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
};

const config: Config = {
  // Real services and started processes on a 2-core machine: generous limits, hooks
  // included. (Jest reads this at the top level only, not per project.)
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,migrations,infra}/**/*.spec.ts'],
    },
    {
      ...withServices,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,migrations}/**/*.int-spec.ts'],
    },
    {
      ...withServices,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    {
      ...withServices,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};

export default config;
