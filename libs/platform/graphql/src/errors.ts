import { GraphQLError } from 'graphql';

/** The error codes a client can rely on, in `extensions.code`. */
export const ClientErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** A service we depend on (mail) failed; nothing was changed; try again. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export interface FieldProblem {
  /** Where in the input, e.g. `input.guardians.0.email`. */
  field: string;
  message: string;
}

export function badUserInput(problems: FieldProblem[], message?: string): GraphQLError {
  return new GraphQLError(message ?? problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    extensions: { code: ClientErrorCode.BAD_USER_INPUT, fields: problems },
  });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} was not found.`, {
    extensions: { code: ClientErrorCode.NOT_FOUND },
  });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ClientErrorCode.CONFLICT } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ClientErrorCode.FORBIDDEN } });
}

export function unauthenticated(message = 'Sign in to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ClientErrorCode.UNAUTHENTICATED } });
}

export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ClientErrorCode.SERVICE_UNAVAILABLE } });
}
