import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an `Authorization: Bearer <secret>` header carries the webhook's secret. Compared
 * as SHA-256 digests of equal length with `timingSafeEqual`, so the time taken says nothing
 * about how much matched or how long the secret is. No secret configured: nothing matches.
 */
export function webhookSecretMatches(header: string | undefined, secret: string | null): boolean {
  const given = header ? (/^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '') : '';
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  const same = timingSafeEqual(digest(given), digest(secret ?? ''));
  return secret !== null && given !== '' && same;
}
