export * from './graphql.module';
export * from './access.decorator';
export * from './security-headers';
export * from './errors';
// Until every feature imports them from platform/errors (issue 21's move).
export {
  badUserInput,
  conflict,
  forbidden,
  notFound,
  serviceUnavailable,
  unauthenticated,
  type FieldProblem,
} from '@onrecord/platform/errors';
export * from './format-error';
export * from './print-schema';
// Until every feature imports them from platform/request (issue 21's move).
export * from '@onrecord/platform/request';
export * from './request-scope.plugin';
export * from './pagination';
export * from './validation';
export * from './ids';
export * from './us-states';
export * from './validators';
export * from './batch';
export * from './record-lifecycle';
export * from './input-edge';
export * from './input-edge.plugin';
export * from './date-range';
export * from './record-lifecycle.resolver';
