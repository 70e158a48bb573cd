import { ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { HttpRequest } from '@onrecord/platform/auth';
import { BadInput, DomainError, httpStatusOf } from '@onrecord/platform/errors';

/**
 * The report files' errors in the GraphQL API's words, as JSON with an HTTP status: the code,
 * a message a person can act on, the fields at fault. Anything unexpected is a 500 that says
 * only to try again; the details stay in the log.
 */
@Catch()
export class ReportHttpErrors implements ExceptionFilter {
  private readonly logger = new Logger(ReportHttpErrors.name);

  catch(error: unknown, host: ArgumentsHost): void {
    // The guard may have opened the request's transaction (to check a membership) before it
    // refused: end it, or its connection stays taken.
    const request = host.switchToHttp().getRequest<HttpRequest>();
    request.onrecord?.finish(false).catch((failure: unknown) => {
      this.logger.error({ err: failure }, 'could not end the transaction of a refused request');
    });
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      response.end();
      return;
    }
    if (error instanceof DomainError) {
      response.status(httpStatusOf(error.code)).json({
        code: error.code,
        message: error.message,
        ...(error instanceof BadInput ? { fields: error.fields } : {}),
      });
      return;
    }
    // Input validation's refusals (class-validator) are GraphQL's own errors.
    if (error instanceof GraphQLError) {
      const code = String(error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR');
      response.status(code === 'BAD_USER_INPUT' ? 400 : 500).json({
        code,
        message: error.message,
        ...(error.extensions['fields'] ? { fields: error.extensions['fields'] } : {}),
      });
      return;
    }
    if (error instanceof HttpException) {
      response.status(error.getStatus()).json({ code: 'NOT_FOUND', message: error.message });
      return;
    }
    this.logger.error({ err: error }, 'report file failed');
    response
      .status(500)
      .json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong; try again.' });
  }
}
