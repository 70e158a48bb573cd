export * from './queue-namespace';
export * from './test-environment';
export * from './graphql-client';
