import { BadInput, DomainError } from '@onrecord/platform/errors';

/**
 * What the first page's form (POST /portal/sign-in, posted before the page's script ran)
 * turns into: where the browser goes next. Pure, so every answer is unit-tested.
 */

/** Why a link did not work, as the sign-in page reads it from `?problem=`. */
export type SignInFormProblem = 'used' | 'expired' | 'invalid' | 'noAccess' | 'unexpected';

/**
 * Signed in: the portal, with the session in the fragment (never sent to a server; the
 * page's script stores it and takes it out of the address).
 */
export function signedInAddress(session: { token: string; expiresAt: Date }, keep: boolean) {
  const fragment = new URLSearchParams({
    session: session.token,
    expires: session.expiresAt.toISOString(),
    ...(keep ? { keep: '1' } : {}),
  });
  return `/portal/#${fragment.toString()}`;
}

/** Not signed in: the sign-in page, saying why and offering a new link. */
export function problemAddress(problem: SignInFormProblem): string {
  return `/portal/sign-in?problem=${problem}`;
}

/** The sign-in service's refusal, as the page says it (the same words as over GraphQL). */
export function problemOf(error: unknown): SignInFormProblem {
  if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') return 'noAccess';
  if (!(error instanceof BadInput)) return 'unexpected';
  const message = error.fields.find((field) => field.field === 'token')?.message ?? '';
  if (message.includes('already used')) return 'used';
  if (message.includes('expired')) return 'expired';
  return 'invalid';
}

/**
 * A form posted from another site is refused (it could sign this browser in to someone
 * else's portal): browsers say where a form came from in Sec-Fetch-Site, older ones in Origin.
 */
export function postedFromThisSite(headers: {
  secFetchSite?: string;
  origin?: string;
  host?: string;
}): boolean {
  if (headers.secFetchSite !== undefined) return headers.secFetchSite === 'same-origin';
  if (headers.origin === undefined) return true;
  try {
    return new URL(headers.origin).host === headers.host;
  } catch {
    return false;
  }
}
