import type { DeadlineResult } from '@onrecord/deadlines';

/**
 * How a request's due day is written wherever the record shows it (the timeline, the API's
 * one-line summary, exports): a date set by hand says so, with its reason, and the rule's own
 * date beside it; a provisional date says what calendar is missing. One function, so the
 * places cannot drift apart.
 */
export interface DeadlineFacts {
  /** The due day in force (the hand-set one when there is one). */
  dueOn: string | null;
  /** Set when an advocate typed the date. */
  override: { dueOn: string; reason: string } | null;
  /** What the rule gives (the engine's earliest reading). */
  ruleDueOn: string | null;
  citation: string | null;
  /** True when the date is the organization's default, not a statute's. */
  organizationDefault: boolean;
  /** "provisional: no school calendar for 2026-27 — add it", when so. */
  provisional: string | null;
}

export function deadlineFacts(
  stored: Record<string, unknown> | null,
  request: { dueOn: string | null; overrideDueOn: string | null; overrideReason: string | null },
): DeadlineFacts {
  const result = stored as Partial<DeadlineResult> | null;
  return {
    dueOn: request.overrideDueOn ?? request.dueOn,
    override:
      request.overrideDueOn && request.overrideReason
        ? { dueOn: request.overrideDueOn, reason: request.overrideReason }
        : null,
    ruleDueOn: result?.dueDate ?? null,
    citation: result?.citation ?? null,
    organizationDefault: result?.basis === 'ORGANIZATION_DEFAULT',
    provisional: result?.provisional?.sentence ?? null,
  };
}

/**
 * e.g. "due 2025-10-14 (EC 56504)"; "due 2025-11-23, set by hand: the parent agreed to an
 * extension (the rule's date: 2025-11-18, EC 56504)"; "due 2026-12-28 (19 TAC 89.1011;
 * provisional: no school calendar for 2026-27 — add it)"; "" when no day is known.
 */
export function deadlineLine(d: DeadlineFacts): string {
  if (!d.dueOn) return d.provisional ? `no due date (${d.provisional})` : '';
  const rule = d.organizationDefault ? "the organization's default, not law" : d.citation;
  if (d.override) {
    const ruleDate = d.ruleDueOn
      ? `the rule's date: ${d.ruleDueOn}${rule ? `, ${rule}` : ''}${d.provisional ? `, ${d.provisional}` : ''}`
      : 'no date from a rule';
    return `due ${d.override.dueOn}, set by hand: ${d.override.reason} (${ruleDate})`;
  }
  const why = [rule, d.provisional].filter((x): x is string => !!x).join('; ');
  return `due ${d.dueOn}${why ? ` (${why})` : ''}`;
}
