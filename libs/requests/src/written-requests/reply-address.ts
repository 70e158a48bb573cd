import { createHash } from 'node:crypto';

/** A reply token: 128 random bits as 32 lowercase hex digits (made by the database). */
const TOKEN = /^[0-9a-f]{32}$/;

/** The reply address of a request's token: `reply+<token>@<inbound domain>`. */
export function replyAddressOf(token: string, inboundDomain: string): string {
  return `reply+${token}@${inboundDomain}`;
}

/** What a reply token is looked up by (the same sha256 the database stores). */
export function replyTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The token of a reply address on our inbound domain, or null for any other address.
 * Mail systems may change the case of an address; the token is compared lower-cased.
 */
export function replyTokenOf(address: string, inboundDomain: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const local = address.slice(0, at).toLowerCase();
  const domain = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  if (domain !== inboundDomain.toLowerCase() || !local.startsWith('reply+')) return null;
  const token = local.slice('reply+'.length);
  return TOKEN.test(token) ? token : null;
}
