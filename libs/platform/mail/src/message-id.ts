import { createHash } from 'node:crypto';

/**
 * A Message-ID derived from a stable key (e.g. `follow-up/<id>/1`), so a message re-sent
 * after a crash carries the same id and mail clients and servers see one message.
 */
export function messageIdFor(key: string, domain: string): string {
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 32);
  return `<${digest}@${domain}>`;
}

/** The domain part of a sender such as `OnRecord <no-reply@example.org>`. */
export function domainOf(sender: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(sender);
  return match?.[1] ?? 'onrecord.invalid';
}
