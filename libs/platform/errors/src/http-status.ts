import { ErrorCode } from './domain-error';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** The HTTP status a REST route answers a refusal with. */
export function httpStatusOf(code: ErrorCode): number {
  return STATUS[code];
}
