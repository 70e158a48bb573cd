import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { request, whenSessionEnds } from './graphql';
import i18n, { asPortalLanguage } from './i18n';
import { ME, SIGN_IN, SIGN_OUT, type PortalGuardian, type PortalMe } from './operations';
import { clearSession, currentSession, saveSession } from './session';

type Status = 'starting' | 'signedIn' | 'signedOut';

interface PortalSessionValue {
  status: Status;
  me: PortalMe | null;
  /** True when the session ended by itself (expired, revoked): the sign-in page says so. */
  ended: boolean;
  signIn(token: string, keepOnThisDevice: boolean): Promise<void>;
  signOut(): Promise<void>;
  /** After the guardian changes their preferences. */
  setGuardians(guardians: PortalGuardian[]): void;
}

const Context = createContext<PortalSessionValue | null>(null);

/** The guardian's own language once signed in (the preference of their first family). */
function followPreference(me: PortalMe) {
  const language = asPortalLanguage(me.guardians[0]?.preferredLanguage);
  if (language && language !== i18n.language) void i18n.changeLanguage(language);
}

export function PortalSessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>(currentSession() ? 'starting' : 'signedOut');
  const [me, setMe] = useState<PortalMe | null>(null);
  const [ended, setEnded] = useState(false);

  const load = useCallback(async () => {
    try {
      const data = await request<{ portalMe: PortalMe }>(ME);
      followPreference(data.portalMe);
      setMe(data.portalMe);
      setStatus('signedIn');
    } catch {
      clearSession();
      setStatus('signedOut');
    }
  }, []);

  useEffect(() => {
    whenSessionEnds(() => {
      setMe(null);
      setEnded(true);
      setStatus('signedOut');
    });
    if (currentSession()) void load();
  }, [load]);

  const value = useMemo<PortalSessionValue>(
    () => ({
      status,
      me,
      ended,
      async signIn(token, keepOnThisDevice) {
        const data = await request<{ signInToPortal: { token: string; expiresAt: string } }>(
          SIGN_IN,
          { token },
          { anonymous: true },
        );
        saveSession(data.signInToPortal, keepOnThisDevice);
        setEnded(false);
        await load();
      },
      async signOut() {
        await request(SIGN_OUT).catch(() => undefined);
        clearSession();
        setMe(null);
        setStatus('signedOut');
      },
      setGuardians(guardians) {
        setMe((previous) => (previous ? { ...previous, guardians } : previous));
      },
    }),
    [status, me, ended, load],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function usePortalSession(): PortalSessionValue {
  const value = useContext(Context);
  if (!value) throw new Error('usePortalSession outside PortalSessionProvider');
  return value;
}
