import { createHash, timingSafeEqual } from 'node:crypto';

export interface BasicCredentials {
  user: string;
  password: string;
}

/** The user and password of an `Authorization: Basic …` header, or null for any other header. */
export function basicCredentialsOf(header: string | undefined): BasicCredentials | null {
  const encoded = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)?.[1] : undefined;
  if (!encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Whether the header carries exactly these credentials. Both parts are compared, always,
 * as SHA-256 digests of equal length with `timingSafeEqual`: how long it takes says nothing
 * about which part was wrong or how much of it matched, nor how long the password is.
 */
export function basicCredentialsMatch(
  header: string | undefined,
  expected: BasicCredentials,
): boolean {
  const given = basicCredentialsOf(header) ?? { user: '', password: '' };
  const userMatches = sameText(given.user, expected.user);
  const passwordMatches = sameText(given.password, expected.password);
  return basicCredentialsOf(header) !== null && userMatches && passwordMatches;
}

function sameText(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}
