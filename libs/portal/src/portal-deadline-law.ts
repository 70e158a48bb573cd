import { readerCitation, type DeadlineResult } from '@onrecord/deadlines';

/**
 * Whether the portal may tell a family "by law, the school must answer by …": the date is a
 * rule's that cites a law — a built-in rule, or an organization's own rule with its citation
 * (the letters quote it the same way) — and nobody set it by hand. An organization's default,
 * the built-in rule for requests no statute times, or an organization's rule without a
 * citation is the advocate's expectation, not the law's.
 */
export function deadlineIsTheLaws(result: DeadlineResult | null, setByHand: boolean): boolean {
  if (!result || setByHand) return false;
  if (result.basis !== 'RULE' && result.basis !== 'ORGANIZATION_RULE') return false;
  return !!readerCitation(result)?.trim();
}
