export * from './access.decorator';
export * from './access-tokens';
export * from './auth.module';
export * from './login-throttle';
export * from './membership-lookup';
export * from './password-hasher';
export * from './api-key-lookup';
export type { HttpRequest } from './access.guard';
export * from './portal-session-lookup';
