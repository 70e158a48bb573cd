export * from './types';
export { AMBIGUITIES, type Ambiguity, type AmbiguityOption } from './ambiguities';
export { builtInRules, defineRule } from './rules';
export { resolveRules, UnknownRuleError, type RuleOverride } from './resolve-rules';
export { findRule, normalizeJurisdiction, type RuleMatch, type RuleQuery } from './find-rule';
export {
  computeDeadline,
  computeForRule,
  type DeadlineEnvironment,
  type DeadlineInput,
  type TriggeredAt,
} from './compute-deadline';
export { dateHolidaysSource, withAdditionalHolidays } from './holidays';
export { endOfDay, localDate, startOfDay, zoneOffsetMs } from './time-zone';
export { calendarModel, schoolYearName } from './calendar';
export { addDays, daysBetween, dayOfWeek } from './dates';
export {
  NO_STATUTE_RULE_ID,
  plainDutyOf,
  readerCitation,
  readerDuty,
  shorthandProblems,
} from './reader-duty';
