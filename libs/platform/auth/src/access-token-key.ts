import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * The key access tokens are signed and verified with, made from AUTH_SECRET at start-up.
 * Given the secret as a string, jsonwebtoken first tries to read it as a public key (and
 * fails) on every sign and every verify: about half a millisecond of each request. The same
 * bytes as a KeyObject sign and accept exactly the same tokens.
 */
export function accessTokenKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
