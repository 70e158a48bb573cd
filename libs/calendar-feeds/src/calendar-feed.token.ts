import { randomBytes } from 'node:crypto';
import { hashToken } from '@onrecord/accounts';

/** Every calendar feed token starts with it: "OnRecord calendar". */
export const FEED_TOKEN_PREFIX = 'orc_';

/** A new secret: 256 random bits, URL-safe (it is the path of the feed's address). */
export function newFeedToken(): string {
  return `${FEED_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** What is stored and looked up: the token's SHA-256, never the token. */
export const feedTokenHash = (token: string): string => hashToken(token);

/** The address a calendar app subscribes to. */
export const feedUrl = (publicUrl: string, token: string): string =>
  `${publicUrl}/calendar/${token}.ics`;

/** The token in a requested file name ("<token>.ics"), or null when it cannot be one. */
export function tokenOfFileName(fileName: string): string | null {
  const match = /^(orc_[A-Za-z0-9_-]{43})\.ics$/.exec(fileName);
  return match?.[1] ?? null;
}
