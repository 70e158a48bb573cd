export * from './catalog';
export * from './run-migrations';
export * from './database-readiness';
