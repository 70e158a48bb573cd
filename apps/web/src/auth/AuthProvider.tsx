import { useMutation, useQuery } from '@apollo/client/react';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { client } from '../apollo';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import {
  adoptRefreshToken,
  endSession,
  getRefreshToken,
  onSessionEnd,
  refreshSession,
  startSession,
  type SessionTokens,
} from './session';

export const ME = graphql(`
  query Me {
    me {
      user {
        id
        name
        email
      }
      activeOrganization {
        id
        name
        timeZone
      }
      memberships {
        id
        role
        readsFamilyRecords
        organization {
          id
          name
        }
      }
    }
  }
`);

const LOG_IN = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

const LOG_OUT = graphql(`
  mutation LogOut($refreshToken: String!) {
    logOut(refreshToken: $refreshToken)
  }
`);

const SWITCH = graphql(`
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export type Me = MeQuery['me'];
type Status = 'starting' | 'signedOut' | 'signedIn';

interface Auth {
  status: Status;
  me: Me | null;
  logIn(email: string, password: string): Promise<void>;
  /** Starts a session the api already issued (a confirmed sign-up). */
  startWith(tokens: SessionTokens): void;
  /** Trades an emailed sign-in link's token (a refresh token) for a session; false if it cannot. */
  signInWithLink(token: string): Promise<boolean>;
  logOut(): Promise<void>;
  switchOrganization(organizationId: string): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/**
 * The signed-in member's membership of the active organization: their role, and whether they
 * may read family records (admins, advocates, analysts an admin granted it to).
 */
export function useMembership(): Me['memberships'][number] | undefined {
  const { me } = useAuth();
  return me?.memberships.find((m) => m.organization.id === me.activeOrganization?.id);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  // A reload keeps the tab's session: trade the stored refresh token first.
  const [status, setStatus] = useState<Status>(getRefreshToken() ? 'starting' : 'signedOut');
  const [logInMutation] = useMutation(LOG_IN);
  const [logOutMutation] = useMutation(LOG_OUT);
  const [switchMutation] = useMutation(SWITCH);
  const me = useQuery(ME, { skip: status !== 'signedIn', fetchPolicy: 'network-only' });

  useEffect(() => {
    if (status === 'starting')
      void refreshSession().then((ok) => setStatus(ok ? 'signedIn' : 'signedOut'));
    return onSessionEnd(() => {
      setStatus('signedOut');
      void client.clearStore();
    });
  }, [status]);

  const auth: Auth = {
    status: status === 'signedIn' && !me.data ? 'starting' : status,
    me: me.data?.me ?? null,
    async logIn(email, password) {
      const result = await logInMutation({ variables: { input: { email, password } } });
      if (result.data) {
        startSession(result.data.logIn);
        setStatus('signedIn');
      }
    },
    startWith(tokens) {
      startSession(tokens);
      setStatus('signedIn');
    },
    async signInWithLink(token) {
      adoptRefreshToken(token);
      const ok = await refreshSession();
      setStatus(ok ? 'signedIn' : 'signedOut');
      return ok;
    },
    async logOut() {
      const refreshToken = getRefreshToken();
      if (refreshToken) await logOutMutation({ variables: { refreshToken } }).catch(() => null);
      endSession();
    },
    async switchOrganization(organizationId) {
      const result = await switchMutation({ variables: { organizationId } });
      if (result.data) {
        startSession(result.data.switchOrganization);
        // Everything cached belongs to the previous organization.
        await client.resetStore();
      }
    },
  };
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
