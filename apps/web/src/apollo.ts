import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { from, switchMap, throwError } from 'rxjs';
import { getAccessToken, refreshSession, setRefresher } from './auth/session';
import { graphql } from './gql';

/** Operations that must go out without the (maybe expired) access token. */
const PUBLIC_OPERATIONS = new Set(['LogIn', 'RefreshSession']);

const auth = new SetContextLink((prev, operation) => {
  const token = getAccessToken();
  if (!token || PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return prev;
  return { headers: { ...prev['headers'], authorization: `Bearer ${token}` } };
});

/** An expired access token: refresh once, then try the operation again. */
const retryAfterRefresh = new ErrorLink(({ error, operation, forward }) => {
  const expired =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  if (!expired || PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
  return from(refreshSession()).pipe(
    switchMap((ok) => (ok ? forward(operation) : throwError(() => error))),
  );
});

export const client = new ApolloClient({
  link: ApolloLink.from([retryAfterRefresh, auth, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});

const REFRESH = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

setRefresher(async (refreshToken) => {
  try {
    const result = await client.mutate({ mutation: REFRESH, variables: { refreshToken } });
    return result.data?.refreshSession ?? null;
  } catch (error) {
    // A refused token ends the session; a network failure does not.
    if (CombinedGraphQLErrors.is(error)) return null;
    throw error;
  }
});
