import { type FieldProblem } from '@onrecord/platform/errors';
import { weekdaysBetween } from './school-days';

/** A day or a run of days without school, as a person enters it ("Dec 22 – Jan 2"). */
export interface NonSchoolDayRange {
  from: string;
  /** Included; none for a single day. */
  to?: string | null;
  label: string;
}

/**
 * The weekdays of `ranges` inside the school year, one per date (weekends are never school
 * days, so they are not stored). Problems name the input field: `nonSchoolDays.2.from`.
 * Where ranges overlap, the first one names the day.
 */
export function expandNonSchoolDays(
  ranges: readonly NonSchoolDayRange[],
  year: { firstDay: string; lastDay: string },
  field: string,
): { days: Array<{ date: string; label: string }>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const labels = new Map<string, string>();
  const within = `inside the school year (${year.firstDay} to ${year.lastDay})`;
  ranges.forEach((range, index) => {
    const to = range.to ?? range.from;
    const at = (name: string) => `${field}.${index}.${name}`;
    if (to < range.from) {
      problems.push({ field: at('to'), message: `must not be before from (${range.from})` });
    } else if (range.from < year.firstDay || range.from > year.lastDay) {
      problems.push({ field: at('from'), message: `must be ${within}` });
    } else if (to > year.lastDay) {
      problems.push({ field: at('to'), message: `must be ${within}` });
    } else {
      const label = range.label.trim();
      for (const date of weekdaysBetween(range.from, to)) {
        if (!labels.has(date)) labels.set(date, label);
      }
    }
  });
  const days = [...labels]
    .map(([date, label]) => ({ date, label }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { days, problems };
}
