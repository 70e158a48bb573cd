import { isWeekend } from './district-parts';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The api's words on an .ics it cannot import, said in the interface's language. */
export function icsProblem(message: string, t: T): string {
  const key = (
    [
      [/^is not an iCalendar/, 'notIcs'],
      [/^must not be empty/, 'nothing'],
      [/^has no first instructional day/, 'fileErrors.noFirst'],
      [/^has no last instructional day/, 'fileErrors.noLast'],
      [/^has \d+ events with CATEGORIES/, 'fileErrors.several'],
      [/before its first/, 'fileErrors.lastBeforeFirst'],
      [/overlaps school year/, 'fileErrors.overlaps'],
    ] as const
  ).find(([pattern]) => pattern.test(message))?.[1];
  if (key === 'notIcs') return t('districts.import.fileErrors.notIcs');
  if (key) return t(`districts.import.${key}`);
  return t('districts.import.fileErrors.other', { detail: message });
}

/** Why an event was not imported, in the interface's language (the api's words otherwise). */
export function ignoredReason(reason: string, t: T): string {
  const key = (
    [
      [/^is cancelled/, 'cancelled'],
      [/^has none of the categories/, 'noCategory'],
      [/^has more than one of the categories/, 'manyCategories'],
      [/^has no start date/, 'noStart'],
      [/^repeats/, 'repeats'],
      [/^has a time of day/, 'timeOfDay'],
      [/^falls outside the school year/, 'outside'],
      [/^falls on a weekend/, 'weekend'],
    ] as const
  ).find(([pattern]) => pattern.test(reason))?.[1];
  return key ? t(`districts.import.reasons.${key}`) : reason;
}

const nextDay = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/** The weekday after `day`, weekends skipped. */
export function nextWeekday(day: string): string {
  let next = nextDay(day);
  while (isWeekend(next)) next = nextDay(next);
  return next;
}

export interface ClosureRun {
  from: string;
  to: string;
  label: string;
}

/** Days without school as runs: a week's break is one line, not five. */
export function closureRuns(days: ReadonlyArray<{ date: string; label: string }>): ClosureRun[] {
  const runs: ClosureRun[] = [];
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = runs[runs.length - 1];
    if (last && last.label === day.label && nextWeekday(last.to) === day.date) last.to = day.date;
    else runs.push({ from: day.date, to: day.date, label: day.label });
  }
  return runs;
}
