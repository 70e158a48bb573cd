export * from './jobs';
export * from './queue-backend';
export * from './queue.module';
export * from './job-producer';
export * from './queue-health';
export * from './redis-connection-check';
export * from './keep-declared';
export * from './logged-worker-host';
