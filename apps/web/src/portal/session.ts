/**
 * The portal session's token, kept in the browser. Not signed in "on this device": in
 * sessionStorage, which the browser forgets when the tab or window closes — on a shared or
 * library computer the next person finds no session. "Keep me signed in on this device":
 * in localStorage, until it expires (12 hours) or the guardian signs out. (An httpOnly
 * cookie would hide the token from scripts, but the api authenticates the portal by a
 * bearer header, and the pages allow no third-party or inline scripts under the api's CSP.)
 */
const KEY = 'onrecord.portal.session';

export interface PortalSession {
  token: string;
  expiresAt: string;
}

function read(storage: Storage): PortalSession | null {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? 'null') as PortalSession | null;
    if (!value || Date.parse(value.expiresAt) <= Date.now()) {
      storage.removeItem(KEY);
      return null;
    }
    return value;
  } catch {
    storage.removeItem(KEY);
    return null;
  }
}

export function currentSession(): PortalSession | null {
  return read(sessionStorage) ?? read(localStorage);
}

export function saveSession(session: PortalSession, keepOnThisDevice: boolean): void {
  clearSession();
  (keepOnThisDevice ? localStorage : sessionStorage).setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
}

/**
 * A sign-in the api did before this script ran (the first page's form posted to
 * POST /portal/sign-in): the session comes in the address's fragment, which is never sent to
 * a server, and is stored like any other and taken out of the address at once.
 */
export function takeSessionFromAddress(): void {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const token = params.get('session');
  const expiresAt = params.get('expires');
  if (!token || !expiresAt) return;
  saveSession({ token, expiresAt }, params.get('keep') === '1');
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
