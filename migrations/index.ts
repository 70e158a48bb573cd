export * from './catalog';
export * from './run-migrations';
export * from './owner-data-source';
export * from './database-readiness';
