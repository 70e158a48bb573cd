import { WEEKEND_DUE_DAY } from '../ambiguities';
import type { RuleRecord } from '../types';

type Required = Pick<
  RuleRecord,
  | 'id'
  | 'jurisdiction'
  | 'requestTypes'
  | 'triggers'
  | 'duty'
  | 'period'
  | 'unit'
  | 'citation'
  | 'status'
  | 'statusNote'
>;

/**
 * A rule record with the table's defaults filled in. A calendar-day clock that runs forward
 * gets the weekend-due-day ambiguity (deadline-rules.md item 4: whether a due date on a
 * weekend rolls forward is open), written into the record as data: the WEEKEND_DUE_DAY
 * ambiguity and a roll that applies only under its ROLLS option. `weekendDueDay: 'STAYS'`
 * opts out (notice "at least N days before" rules, parent-side periods).
 */
export function defineRule(
  rule: Required &
    Partial<Omit<RuleRecord, keyof Required>> & {
      /** Required of a built-in rule: its duty as letters and follow-ups say it. */
      plainDuty: string;
      weekendDueDay?: 'AMBIGUOUS' | 'STAYS';
    },
): RuleRecord {
  const { weekendDueDay, ...rest } = rule;
  const direction = rule.direction ?? 'AFTER';
  const rolls =
    weekendDueDay !== 'STAYS' &&
    direction === 'AFTER' &&
    (rule.unit === 'CALENDAR_DAYS' || (rule.carryOvers ?? []).length > 0);
  return {
    program: 'IDEA',
    exclusions: [],
    carryOvers: [],
    notes: [],
    source: 'BUILT_IN',
    enabled: true,
    ...rest,
    direction,
    ambiguities: [...(rule.ambiguities ?? []), ...(rolls ? [WEEKEND_DUE_DAY] : [])],
    dueDayAdjustments: [
      ...(rule.dueDayAdjustments ?? []),
      ...(rolls
        ? [{ kind: 'ROLL_WEEKEND_OR_HOLIDAY' as const, when: { [WEEKEND_DUE_DAY]: ['ROLLS'] } }]
        : []),
    ],
  };
}

export const WRITTEN_OR_ORAL = ['WRITTEN_REQUEST_RECEIVED', 'ORAL_REQUEST_RECEIVED'] as const;
