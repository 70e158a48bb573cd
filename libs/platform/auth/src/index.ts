export * from './access.decorator';
export * from './access-tokens';
export * from './auth.module';
export * from './credential-resolver';
export * from './login-throttle';
export * from './membership-lookup';
export * from './password-hasher';
export type { HttpRequest } from './access.guard';
