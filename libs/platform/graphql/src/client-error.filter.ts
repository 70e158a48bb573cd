import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError, httpStatusOf } from '@onrecord/platform/errors';
import { toGraphQLError } from './errors';

/**
 * Where a service's refusal (NOT_FOUND, BAD_USER_INPUT…) meets the client: over GraphQL, as
 * an error with its code; on a REST route with no filter of its own, as JSON with the HTTP
 * status. Errors GraphQL itself made for clients (input validation) go back untouched.
 * Without this, Nest logs each refusal as an unexpected exception.
 */
@Catch(DomainError, GraphQLError)
export class ClientErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError | GraphQLError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() === 'http') {
      const response = host.switchToHttp().getResponse<Response>();
      const refusal = error instanceof DomainError ? toGraphQLError(error) : error;
      const code = String(refusal.extensions['code'] ?? 'BAD_USER_INPUT');
      response
        .status(error instanceof DomainError ? httpStatusOf(error.code) : 400)
        .json({ code, message: refusal.message, ...refusal.extensions });
      return;
    }
    return error instanceof DomainError ? toGraphQLError(error) : error;
  }
}
