import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, BadInput, TooManyRequests } from '@onrecord/platform/errors';

/** The error codes a client can rely on, in `extensions.code`: the domain's codes. */
export const ClientErrorCode = ErrorCode;
export type ClientErrorCode = ErrorCode;

/**
 * A service's refusal as GraphQL says it: the message, `extensions.code`, and the fields at
 * fault or how long to wait when there are any.
 */
export function toGraphQLError(error: DomainError): GraphQLError {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error instanceof BadInput) extensions['fields'] = error.fields;
  if (error instanceof TooManyRequests) extensions['retryAfterSeconds'] = error.retryAfterSeconds;
  return new GraphQLError(error.message, { extensions });
}
