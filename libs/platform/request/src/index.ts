export * from './principal';
export * from './request-context';
export * from './decorators';
