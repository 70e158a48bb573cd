/**
 * A delivery status notification (RFC 3464): the report a mail server sends back when a
 * message could not be delivered — multipart/report with report-type=delivery-status. What
 * OnRecord keeps of it: who it failed for, why (the diagnostic, else the status code), and
 * the failed message's Message-ID (from the returned message or its headers), which names the
 * letter or follow-up that did not arrive.
 */
export interface DeliveryFailure {
  recipient: string | null;
  diagnostic: string | null;
  /** The Message-ID of the message that was not delivered, when the report returned it. */
  originalMessageId: string | null;
  /**
   * It failed for good: a recipient's Action is "failed", or the report names no action at all
   * (an old-style bounce). False for a report that only says delivery is delayed or relayed.
   */
  failed: boolean;
}

/** Whether a Content-Type (value and parameters) is a delivery status report. */
export function isDeliveryReport(
  contentType: { value?: string; params?: Record<string, string> } | undefined,
): boolean {
  if (!contentType?.value) return false;
  const reportType = (contentType.params?.['report-type'] ?? '').toLowerCase();
  return (
    contentType.value.toLowerCase() === 'multipart/report' &&
    (reportType === 'delivery-status' || reportType === 'global-delivery-status')
  );
}

/** Header-style fields (`Name: value`, continuation lines folded in) of a block of text. */
function fields(text: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const line of text.split(/\r?\n/)) {
    const last = found[found.length - 1];
    if (/^[ \t]/.test(line) && last) last[1] = `${last[1]} ${line.trim()}`;
    else {
      const [, name, value] = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(line) ?? [];
      if (name !== undefined) found.push([name.toLowerCase(), (value ?? '').trim()]);
    }
  }
  return found;
}

/** "rfc822; principal@school.example.org" → "principal@school.example.org". */
const addressOf = (value: string) =>
  value
    .replace(/^[^;]*;\s*/, '')
    .replace(/^<|>$/g, '')
    .trim();
/** "smtp; 550 5.1.1 …" → "550 5.1.1 …". */
const diagnosticOf = (value: string) => value.replace(/^[a-z-]+;\s*/i, '').trim();

/**
 * What a report says failed. `reportText` holds the delivery-status fields (wherever the
 * parser put them); `returnedHeaders` the returned message or its headers, when present;
 * `failedRecipients` an X-Failed-Recipients header (Exim's), as a fallback.
 */
export function deliveryFailure(
  reportText: string,
  returnedHeaders: string | null,
  failedRecipients?: string,
): DeliveryFailure {
  const all = fields(reportText);
  // The first recipient whose action is failed; else the first recipient named at all.
  const recipients: Array<{ recipient: string; action?: string; status?: string; diag?: string }> =
    [];
  for (const [name, value] of all) {
    if (name === 'final-recipient') recipients.push({ recipient: addressOf(value) });
    const current = recipients[recipients.length - 1];
    if (!current) continue;
    if (name === 'action') current.action = value.toLowerCase();
    if (name === 'status') current.status = value;
    if (name === 'diagnostic-code') current.diag = diagnosticOf(value);
  }
  const failed = recipients.find((r) => r.action === 'failed') ?? recipients[0];
  const recipient =
    failed?.recipient || failedRecipients?.split(',')[0]?.trim().replace(/^<|>$/g, '') || null;
  const diagnostic = failed?.diag || (failed?.status ? `status ${failed.status}` : null);
  const originalMessageId = returnedHeaders
    ? (/^Message-ID:\s*(<[^>\s]+>)/im.exec(returnedHeaders)?.[1] ?? null)
    : null;
  const failedForGood =
    recipients.some((r) => r.action === 'failed') || !recipients.some((r) => r.action);
  return {
    recipient,
    diagnostic: diagnostic?.slice(0, 2000) ?? null,
    originalMessageId,
    failed: failedForGood,
  };
}
