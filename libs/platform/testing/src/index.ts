export * from './queue-namespace';
export * from './redis-cluster';
export * from './test-environment';
export * from './graphql-client';
export * from './test-api';
export * from './test-accounts';
export * from './test-app';
export * from './api-of';
