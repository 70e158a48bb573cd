export * from './test-telemetry';
export * from './first-import';
export * from './starts-telemetry-first';
