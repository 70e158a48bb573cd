/** The attendance pattern of the family's own student (see graphql.ts for how it is sent). */
export const PATTERN = `query PortalPattern($studentId: ID!, $from: String!, $to: String!) {
  portalAttendanceSummary(studentId: $studentId, from: $from, to: $to) {
    from to
    overall { enteredDays missedDays partialDays rate }
    weeks { weekStart enteredDays missedDays partialDays rate }
    weekdays { weekday enteredDays missedDays partialDays rate }
    topTriggers { label days }
  }
}`;

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY';

/** Logged school days, counted: missed (no class at all), part of the day, and the rest. */
export interface DayCounts {
  enteredDays: number;
  missedDays: number;
  partialDays: number;
  rate: number | null;
}

export interface PatternSummary {
  from: string;
  to: string;
  overall: DayCounts;
  weeks: Array<DayCounts & { weekStart: string }>;
  weekdays: Array<DayCounts & { weekday: Weekday }>;
  topTriggers: Array<{ label: string; days: number }>;
}
