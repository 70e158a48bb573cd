export * from './telemetry';
export * from './instrumentations';
export * from './spans';
