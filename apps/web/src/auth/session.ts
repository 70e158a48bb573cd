/**
 * The signed-in session, outside React so Apollo's links can read it.
 *
 * The access token (15 minutes) lives in memory only. The refresh token (single use, rotated
 * on every refresh) is kept in sessionStorage so a reload of the tab keeps the session; it
 * never goes to localStorage, and closing the tab forgets it. A refresh happens a minute
 * before the access token expires, and at most one runs at a time: using a refresh token
 * twice makes the api revoke the whole chain.
 */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const REFRESH_KEY = 'onrecord.refreshToken';
const REFRESH_AHEAD_MS = 60_000;

type Refresher = (refreshToken: string) => Promise<SessionTokens | null>;
type Listener = () => void;

let accessToken: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
let refresher: Refresher | null = null;
const listeners = new Set<Listener>();

export function setRefresher(fn: Refresher): void {
  refresher = fn;
}

export function onSessionEnd(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getRefreshToken(): string | null {
  return sessionStorage.getItem(REFRESH_KEY);
}

export function startSession(tokens: SessionTokens): void {
  accessToken = tokens.accessToken;
  sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  clearTimeout(timer);
  const wait = new Date(tokens.accessTokenExpiresAt).getTime() - Date.now() - REFRESH_AHEAD_MS;
  timer = setTimeout(() => void refreshSession(), Math.max(wait, 5_000));
}

/** Makes an emailed sign-in link's token (a refresh token) the one the next refresh trades. */
export function adoptRefreshToken(token: string): void {
  accessToken = null;
  sessionStorage.setItem(REFRESH_KEY, token);
}

export function endSession(): void {
  accessToken = null;
  clearTimeout(timer);
  sessionStorage.removeItem(REFRESH_KEY);
  listeners.forEach((listener) => listener());
}

/** Trades the refresh token for a new pair; false (and the session ends) when it cannot. */
export function refreshSession(): Promise<boolean> {
  if (refreshing) return refreshing;
  const token = getRefreshToken();
  if (!token || !refresher) return Promise.resolve(false);
  const run = refresher;
  refreshing = run(token)
    .then((tokens) => {
      if (!tokens) {
        endSession();
        return false;
      }
      startSession(tokens);
      return true;
    })
    .catch(() => {
      // The api could not be reached: keep the session and try again shortly.
      clearTimeout(timer);
      timer = setTimeout(() => void refreshSession(), 30_000);
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}
