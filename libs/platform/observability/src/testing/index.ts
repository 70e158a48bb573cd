export * from './test-telemetry';
