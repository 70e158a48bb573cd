/**
 * Whether a message was sent by a machine on someone's behalf (an out-of-office, a vacation
 * notice): such a message is never a school's answer. What says so, in order: RFC 3834's
 * Auto-Submitted (any value but "no"), the X-Autoreply / X-Autorespond headers that
 * vacation programs add, a Precedence of bulk, junk or auto_reply, and the subjects that
 * common mail programs give their automatic replies, in English and Spanish.
 */
export interface HeaderValues {
  /** A header's value as text (the first, when repeated), or undefined. */
  get(name: string): string | undefined;
}

const VACATION_SUBJECTS = [
  /^out of (the )?office\b/,
  /^automatic reply\b/,
  /^auto(matic)?[- ]?(reply|response)\b/,
  /^autoreply\b/,
  /^respuesta automatica\b/,
  /^fuera de (la )?oficina\b/,
  /^ausente de la oficina\b/,
];

/** Lower case, accents off ("Respuesta automática" → "respuesta automatica"). */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Why the message is automatic ("Auto-Submitted: auto-replied"), or null for a person's. */
export function autoReplyReason(headers: HeaderValues, subject: string): string | null {
  const submitted = headers.get('auto-submitted');
  if (submitted !== undefined) {
    const value = (submitted.split(';')[0] ?? '').trim().toLowerCase();
    if (value && value !== 'no') return `Auto-Submitted: ${value}`;
  }
  for (const name of ['x-autoreply', 'x-autorespond']) {
    const value = headers.get(name);
    // Present at all: vacation programs set it to "yes" or to the address.
    if (value !== undefined && folded(value) !== 'no')
      return `${name === 'x-autoreply' ? 'X-Autoreply' : 'X-Autorespond'}: ${value.trim()}`;
  }
  const precedence = headers.get('precedence');
  if (precedence !== undefined) {
    const value = precedence.trim().toLowerCase();
    if (['bulk', 'junk', 'auto_reply'].includes(value)) return `Precedence: ${value}`;
  }
  const words = folded(subject);
  if (VACATION_SUBJECTS.some((pattern) => pattern.test(words)))
    return `Subject: ${subject.trim().slice(0, 200)}`;
  return null;
}
