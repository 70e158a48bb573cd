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
      [/is not a day without school in this calendar$/, 'fileErrors.notClosure'],
      [/falls outside the school year/, 'fileErrors.closureOutside'],
    ] as const
  ).find(([pattern]) => pattern.test(message))?.[1];
  if (key === 'notIcs') return t('districts.import.fileErrors.notIcs');
  if (key) return t(`districts.import.${key}`);
  return t('districts.import.fileErrors.other', { detail: message });
}

/** Why an event was not imported, in the interface's language (the api's words otherwise). */
export function ignoredReason(
  reason: string,
  t: T,
  day: (date: string) => string = (date) => date,
): string {
  const another =
    /^is another (first|last) instructional day: the year's is (\d{4}-\d{2}-\d{2})/.exec(reason);
  if (another) {
    return t('districts.import.reasons.another', {
      which: t(`districts.import.reasons.${another[1]}`),
      day: day(another[2] ?? ''),
    });
  }
  const key = (
    [
      [/^is cancelled/, 'cancelled'],
      [/^was not understood: some districts/, 'unclearAllDay'],
      [/^was not understood/, 'notUnderstood'],
      [/^is a school day/, 'schoolDay'],
      [/^has more than one of the categories/, 'manyCategories'],
      [/^has no start date/, 'noStart'],
      [/^has a time of day: a closure/, 'timeOfDay'],
      [/^has a time of day/, 'timedEvent'],
      [/^falls outside the school year/, 'outside'],
      [/^falls on a weekend/, 'weekend'],
    ] as const
  ).find(([pattern]) => pattern.test(reason))?.[1];
  return key ? t(`districts.import.reasons.${key}`) : reason;
}

/**
 * The days without school an event not understood becomes, cut to the school year (a run
 * that starts before the first day still closes the days inside); null without a date.
 */
export function closureOfEvent(
  event: { summary: string; date?: string | null; to?: string | null },
  year: { firstDay: string; lastDay: string },
  fallbackLabel: string,
): { from: string; to: string; label: string } | null {
  if (!event.date) return null;
  const to = event.to ?? event.date;
  return {
    from: event.date < year.firstDay ? year.firstDay : event.date,
    to: to > year.lastDay ? year.lastDay : to,
    label: event.summary.trim() || fallbackLabel,
  };
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
  /** The file's event it came from; null when added in the review; undefined when unknown. */
  event?: string | null;
  /** Every weekday of the run: what removing it makes school days again. */
  dates: string[];
}

/**
 * Days without school as runs: a week's break is one line, not five. A run is one label from
 * one event over consecutive weekdays.
 */
export function closureRuns(
  days: ReadonlyArray<{ date: string; label: string; event?: string | null }>,
): ClosureRun[] {
  const runs: ClosureRun[] = [];
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.label === day.label &&
      last.event === day.event &&
      nextWeekday(last.to) === day.date
    ) {
      last.to = day.date;
      last.dates.push(day.date);
    } else {
      runs.push({
        from: day.date,
        to: day.date,
        label: day.label,
        ...(day.event !== undefined ? { event: day.event } : {}),
        dates: [day.date],
      });
    }
  }
  return runs;
}
