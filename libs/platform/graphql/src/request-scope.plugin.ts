import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@onrecord/platform/request';
import { formatClientError } from './format-error';

/**
 * Commits or rolls back each request's transaction once every resolver has run, and only
 * then sends the response. An operation with any error writes nothing (for a query the
 * rollback just ends the reads). However it ends, the connection goes back to the pool
 * outside any transaction (DataScopes).
 */
export function requestScopePlugin(): ApolloServerPlugin<{ request?: RequestContext }> {
  const logger = new Logger('RequestScope');
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, errors }) {
          const request = contextValue.request;
          if (!request) return;
          try {
            await request.finish(!errors?.length);
          } catch (error) {
            // Hooks of the plugins run side by side: the error shape is applied here, not by
            // errorShapePlugin. The commit itself failed (e.g. a constraint checked at commit): nothing was
            // written, and the client must know. Only a change is "not saved"; a read that
            // fails here is an internal error like any other.
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                request.operationType === 'mutation'
                  ? {
                      message: 'The change could not be saved.',
                      extensions: { code: 'INTERNAL_SERVER_ERROR' },
                    }
                  : formatClientError({ message: 'internal' }, request.requestId),
              ];
            }
            logger.error(
              { err: error, requestId: request.requestId },
              'could not end the request transaction',
            );
          }
        },
      };
    },
  };
}
