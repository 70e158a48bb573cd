export * from './test-telemetry';
export * from './first-import';
