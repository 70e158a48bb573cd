import type { ImportedNonSchoolDay, ImportedSchoolCalendar } from './ics-calendar';
import { countWeekdays, weekdaysBetween } from './school-days';

/** What the person reviewing an imported calendar changed in the days without school. */
export interface SchoolCalendarCorrections {
  /** Days the file made closures that are school days after all (YYYY-MM-DD). */
  removeClosures?: readonly string[] | null;
  /** Days without school the file did not say (or said in words we did not understand). */
  addClosures?: ReadonlyArray<{ from: string; to?: string | null; label: string }> | null;
}

export interface CorrectionProblem {
  field: 'removeClosures' | 'addClosures';
  message: string;
}

/**
 * The calendar as reviewed: closures dropped and added, the school days counted again. The
 * first and last day are corrected while reading (ics-calendar.ts), where closures are cut
 * to the year. Pure. A correction that cannot apply is a problem naming its field.
 */
export function reviewedCalendar(
  calendar: ImportedSchoolCalendar,
  corrections: SchoolCalendarCorrections,
): { calendar: ImportedSchoolCalendar; problems: CorrectionProblem[] } {
  const problems: CorrectionProblem[] = [];
  const days = new Map<string, ImportedNonSchoolDay>(
    calendar.nonSchoolDays.map((day) => [day.date, day]),
  );
  for (const date of corrections.removeClosures ?? []) {
    if (!days.delete(date)) {
      problems.push({
        field: 'removeClosures',
        message: `${date} is not a day without school in this calendar`,
      });
    }
  }
  for (const run of corrections.addClosures ?? []) {
    const to = run.to ?? run.from;
    if (to < run.from) {
      problems.push({ field: 'addClosures', message: `${to} is before ${run.from}` });
    } else if (run.from < calendar.firstDay || to > calendar.lastDay) {
      problems.push({
        field: 'addClosures',
        message: `${run.from === to ? run.from : `${run.from} to ${to}`} falls outside the school year (${calendar.firstDay} to ${calendar.lastDay})`,
      });
    } else {
      // The reviewer's word wins over the file's label; weekends need no closure.
      for (const date of weekdaysBetween(run.from, to))
        days.set(date, { date, label: run.label.trim(), event: null });
    }
  }
  const nonSchoolDays = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  return {
    calendar: {
      ...calendar,
      nonSchoolDays,
      schoolDayCount: countWeekdays(calendar.firstDay, calendar.lastDay) - nonSchoolDays.length,
    },
    problems,
  };
}
