export * from './logging.module';
export * from './health-checks';
export * from './health.controller';
export * from './health.module';
export * from './health-server';
export * from './process-lifecycle';
export * from './trace-fields';
