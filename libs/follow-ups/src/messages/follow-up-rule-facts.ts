import { readerCitation, readerDuty, type DeadlineResult } from '@onrecord/deadlines';
import type { FollowUpFacts } from './message-facts';

const UNIT_WORDS: Record<string, string> = {
  CALENDAR_DAYS: 'calendar days',
  BUSINESS_DAYS: 'business days',
  SCHOOL_DAYS: 'school days',
  SCHOOL_WORKING_DAYS: 'school working days',
  HOURS: 'hours',
};

/**
 * What a follow-up says about the rule behind a request's deadline: its citation, what it
 * requires in a school office's words (readerDuty, never the research shorthand), its period,
 * and whether it is only the organization's default. Null (a date set by hand, a commitment):
 * nothing of the rule is said as if it set the date.
 */
export function ruleFacts(
  deadline: DeadlineResult | null,
): Pick<FollowUpFacts['deadline'], 'citation' | 'ruleName' | 'period' | 'organizationDefault'> {
  return {
    citation: deadline ? readerCitation(deadline) : null,
    ruleName: deadline ? readerDuty(deadline) : null,
    period:
      deadline?.period && deadline.unit
        ? `${deadline.period} ${UNIT_WORDS[deadline.unit] ?? deadline.unit}`
        : null,
    organizationDefault: deadline?.basis === 'ORGANIZATION_DEFAULT',
  };
}
