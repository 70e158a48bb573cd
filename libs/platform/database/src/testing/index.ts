export * from './test-services';
export * from './test-database';
export * from './superuser-query';
