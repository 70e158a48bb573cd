// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import { weekdayName } from './dates';
import type { AbsenceCount, Explanation, IsoDate, RuleRecord, SkippedDay, Unit } from '../../types';

const UNIT_WORDS: Record<Unit, string> = {
  CALENDAR_DAYS: 'calendar days',
  BUSINESS_DAYS: 'business days',
  SCHOOL_DAYS: 'school days',
  SCHOOL_WORKING_DAYS: 'school working days',
  HOURS: 'hours',
};

export function unitWords(unit: Unit): string {
  return UNIT_WORDS[unit];
}

/** S and M rules are unverified and must be shown so (deadline-rules.md, legend). */
export function isVerified(rule: RuleRecord, basisIsDefault: boolean): boolean {
  return rule.status === 'V' && !basisIsDefault;
}

export function explain(args: {
  rule: RuleRecord;
  period: number;
  unit: Unit;
  trigger: IsoDate;
  dueDate: IsoDate | null;
  counted: readonly IsoDate[];
  skipped: readonly SkippedDay[];
  adjustments: readonly string[];
  absences: AbsenceCount | null;
  basisLabel: string;
  verified: boolean;
}): Explanation {
  const { rule, period, unit, trigger, dueDate } = args;
  const direction = rule.direction === 'AFTER' ? 'after' : 'before';
  const skippedWords = args.skipped.length > 0 ? `, skipping ${args.skipped.length} day(s)` : '';
  const due = dueDate ? `${weekdayName(dueDate)} ${dueDate}` : 'not known (see incomplete)';
  const unverified = args.verified ? '' : ` [unverified: status ${rule.status}]`;
  return {
    ruleId: rule.id,
    citation: rule.citation,
    status: rule.status,
    verified: args.verified,
    unit,
    period,
    counted: args.counted,
    skipped: args.skipped,
    adjustments: args.adjustments,
    absences: args.absences,
    summary: `${rule.duty}: ${period} ${unitWords(unit)} ${direction} ${trigger}${skippedWords} → ${due}. ${args.basisLabel}: ${rule.citation}${unverified}.${args.adjustments.length > 0 ? ` ${args.adjustments.join('; ')}.` : ''}`,
  };
}
