import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './request-context';

/**
 * Commits or rolls back each request's transaction once every resolver has run, and only
 * then sends the response. A mutation with any error writes nothing.
 */
export function requestScopePlugin(): ApolloServerPlugin<{ request?: RequestContext }> {
  const logger = new Logger('RequestScope');
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, errors }) {
          const request = contextValue.request;
          if (!request) return;
          const failed = Boolean(errors?.length) && request.operationType === 'mutation';
          try {
            await request.finish(!failed);
          } catch (error) {
            // The commit itself failed (e.g. a constraint checked at commit): nothing was
            // written, and the client must know.
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                {
                  message: 'The change could not be saved.',
                  extensions: { code: 'INTERNAL_SERVER_ERROR' },
                },
              ];
            }
            logger.error(
              { err: error, requestId: request.requestId },
              'could not commit the request',
            );
          }
        },
      };
    },
  };
}
