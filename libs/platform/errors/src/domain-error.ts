/**
 * The refusals a service can raise, in words a person can act on, knowing nothing of
 * GraphQL or HTTP: the edge maps each code to GraphQL's `extensions.code` (platform/graphql)
 * or to an HTTP status (`httpStatusOf`). Anything thrown that is not a DomainError is a bug
 * or an outage, and its details never reach a client.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** A service we depend on (mail) failed; nothing was changed; try again. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  /** Where in the input, e.g. `input.guardians.0.email`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is refused: each field at fault and why. */
export class BadInput extends DomainError {
  constructor(
    readonly fields: FieldProblem[],
    message?: string,
  ) {
    super(
      ErrorCode.BAD_USER_INPUT,
      message ?? fields.map((p) => `${p.field}: ${p.message}`).join('; '),
    );
  }
}

/** The record does not exist in the caller's organization (or row-level security hides it). */
export class NotFound extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}

/** The request clashes with the record's state (already sent, still referenced…). */
export class Conflict extends DomainError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'Sign in to do this.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** Throttled: the message says when to try again, and so does `retryAfterSeconds`. */
export class TooManyRequests extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorCode.TOO_MANY_REQUESTS, message);
  }
}

export class ServiceUnavailable extends DomainError {
  constructor(message: string) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

// The short forms services write (`throw notFound('Family')`).
export const badUserInput = (fields: FieldProblem[], message?: string) =>
  new BadInput(fields, message);
export const notFound = (what: string) => new NotFound(what);
export const conflict = (message: string) => new Conflict(message);
export const forbidden = (message?: string) => new Forbidden(message);
export const unauthenticated = (message?: string) => new Unauthenticated(message);
export const serviceUnavailable = (message: string) => new ServiceUnavailable(message);
