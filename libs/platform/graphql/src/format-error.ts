import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '@onrecord/platform/errors';
import { ClientErrorCode, toGraphQLError } from './errors';

/** Codes whose messages are written for people and safe to show. */
const SAFE_CODES = new Set<string>([
  ...Object.values(ClientErrorCode),
  // Produced by Apollo and graphql-js about the request itself, not about our internals.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The shape every error leaves the API in: a message a person can act on and
 * `extensions.code`. Anything else (a database error, a bug) becomes a generic message
 * with the request id to quote; the details stay in the server log.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  requestId: string | undefined,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
  if (SAFE_CODES.has(code)) {
    const extensions: Record<string, unknown> = { code };
    const fields = formatted.extensions?.['fields'];
    if (fields) extensions['fields'] = fields;
    // How long a throttled client should wait (TOO_MANY_REQUESTS).
    const retryAfter = formatted.extensions?.['retryAfterSeconds'];
    if (typeof retryAfter === 'number') extensions['retryAfterSeconds'] = retryAfter;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions,
    };
  }
  return {
    message: `Something went wrong on our side. If it persists, quote request id ${requestId ?? 'unknown'}.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/**
 * A service's refusal thrown where no Nest filter sees it (a field resolver, a loader) keeps
 * its code and fields: Apollo would otherwise call it an internal error.
 */
export function formatDomainError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = domainErrorIn(error);
  if (!original) return formatted;
  const refusal = toGraphQLError(original);
  return { ...formatted, message: refusal.message, extensions: refusal.extensions };
}

/** The refusal a GraphQL error wraps (resolver errors wrap what was thrown), if any. */
function domainErrorIn(error: unknown): DomainError | undefined {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause instanceof DomainError ? cause : undefined;
}

/** The code an error will leave with: a refusal's own, else what GraphQL gave it. */
function codeOf(error: GraphQLError): string {
  const refusal = domainErrorIn(error);
  if (refusal) return refusal.code;
  return String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
}

/**
 * Applies {@link formatClientError} to every response with the request's id, and logs
 * the errors whose details a client must not see, so they can be found by that id.
 */
export function errorShapePlugin(): ApolloServerPlugin<{ req?: { id?: unknown } }> {
  const logger = new Logger('GraphQL');
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!SAFE_CODES.has(codeOf(error))) {
              logger.error(
                {
                  err: error.originalError ?? error,
                  requestId: contextValue.req?.id,
                  path: error.path,
                },
                'GraphQL operation failed',
              );
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const requestId = contextValue.req?.id ? String(contextValue.req.id) : undefined;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            formatClientError(error, requestId),
          );
        },
      };
    },
  };
}
