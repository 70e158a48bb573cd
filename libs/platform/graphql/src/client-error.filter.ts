import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Errors built for clients (NOT_FOUND, BAD_USER_INPUT…) go back to Apollo untouched.
 * Without this, Nest logs each of them as an unexpected exception.
 */
@Catch(GraphQLError)
export class ClientErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
