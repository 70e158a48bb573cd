import type { DeadlineRulesPageQuery } from '../../gql/graphql';

export type Rule = DeadlineRulesPageQuery['deadlineRules'][number];

export const RULE_UNITS = [
  'CALENDAR_DAYS',
  'BUSINESS_DAYS',
  'SCHOOL_DAYS',
  'SCHOOL_WORKING_DAYS',
  'HOURS',
] as const;
export const SOFT_UNITS = ['CALENDAR_DAYS', 'BUSINESS_DAYS', 'SCHOOL_DAYS', 'SCHOOL_WORKING_DAYS'];

/** Where a rule stands for the organization, as one word the page shows as a badge. */
export type RuleState = 'BUILT_IN' | 'CORRECTED' | 'DISABLED' | 'OWN' | 'SOFT';

export function ruleState(rule: Rule): RuleState {
  if (!rule.enabled) return 'DISABLED';
  if (rule.source === 'ORGANIZATION') return 'OWN';
  if (rule.override?.kind === 'CORRECT') return 'CORRECTED';
  if (rule.override?.kind === 'SOFT_DEFAULT') return 'SOFT';
  return 'BUILT_IN';
}

/** A whole number typed, or NaN. */
export const whole = (value: number | string): number =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
