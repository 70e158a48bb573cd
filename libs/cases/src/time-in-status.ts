import type { CaseStatus } from './case-enums';

/** A case entering a status on a date (YYYY-MM-DD, in the organization's time zone). */
export interface StatusEntry {
  status: CaseStatus;
  on: string;
}

export interface StatusDuration {
  status: CaseStatus;
  days: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); never negative. */
export function daysBetween(from: string, to: string): number {
  const days = Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );
  return Math.max(0, days);
}

/**
 * How many calendar days a case spent in each status, from its status history in date
 * order: each status lasts until the next change, the current one until `today`. A status
 * visited twice (ACTIVE, ON_HOLD, ACTIVE) adds up. Statuses are listed in the order the case
 * first reached them, so reports read them as the case's path.
 */
export function timeInStatus(history: readonly StatusEntry[], today: string): StatusDuration[] {
  const totals = new Map<CaseStatus, number>();
  history.forEach((entry, index) => {
    const until = history[index + 1]?.on ?? today;
    totals.set(entry.status, (totals.get(entry.status) ?? 0) + daysBetween(entry.on, until));
  });
  return [...totals].map(([status, days]) => ({ status, days }));
}
