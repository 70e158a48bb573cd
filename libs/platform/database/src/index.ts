export * from './data-source-options';
export * from './database.module';
export * from './transaction-runner';
export * from './database-health';
export * from './connection-check';
export * from './provisioning';
