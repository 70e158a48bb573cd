import type { ApolloServerPlugin } from '@apollo/server';
import { badUserInput } from '@onrecord/platform/errors';
import { toGraphQLError } from './errors';
import { inputEdgeProblems } from './input-edge';

/**
 * Refuses a request whose arguments break the rules of {@link inputEdgeProblems} before any
 * resolver runs, so no feature has to remember them and nothing reaches PostgreSQL: one
 * BAD_USER_INPUT naming every field at fault (HTTP 400, as for a variable of the wrong type).
 */
export function inputEdgePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problems = inputEdgeProblems(schema, document, operation, request.variables ?? {});
          if (problems.length === 0) return;
          const error = toGraphQLError(badUserInput(problems));
          error.extensions['http'] = { status: 400 };
          throw error;
        },
      };
    },
  };
}
