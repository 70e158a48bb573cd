export * from './data-source-options';
export * from './database.module';
export * from './database-health';
export * from './connection-check';
export * from './provisioning';
export * from './data-scope';
export * from './cross-organization-access';
export * from './postgres-errors';
