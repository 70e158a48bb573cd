export * from './test-services';
export * from './test-database';
