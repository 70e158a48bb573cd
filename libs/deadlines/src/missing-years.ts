import { missingYearName, schoolYearName } from './calendar';
import { daysFromCivil, fromDayNumber } from './dates';
import type { SchoolCalendar, SchoolYear } from './types';

/**
 * The days a count stood in for (no calendar for them), as the result reports them: the
 * first one, and the school years the calendar lacks for them (missingYearName of each). A
 * count without a calendar stands in for dozens of days, mostly of one or two July–June
 * years, so the name is remembered per July–June year: it is that year's own name unless the
 * calendar knows a year of that name, and then (rarely) it is asked day by day.
 */
export class MissingYears {
  first = Infinity;
  readonly names = new Set<string>();
  /** The July–June year last seen: its days, its name, and the calendar's year of that name. */
  private from = 0;
  private to = -1;
  private name = '';
  private known: SchoolYear | undefined;

  constructor(private readonly calendar: SchoolCalendar | undefined) {}

  get empty(): boolean {
    return this.first === Infinity;
  }

  add(day: number): void {
    if (day < this.first) this.first = day;
    if (day < this.from || day > this.to) this.enter(day);
    if (this.known) this.names.add(missingYearName(fromDayNumber(day), this.calendar));
    else this.names.add(this.name);
  }

  private enter(day: number): void {
    const date = fromDayNumber(day);
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const start = month >= 7 ? year : year - 1;
    this.name = schoolYearName(date);
    this.known = this.calendar?.years.find((y) => schoolYearName(y.firstDay) === this.name);
    if (Number.isFinite(start)) {
      this.from = daysFromCivil(start, 7, 1);
      this.to = daysFromCivil(start + 1, 7, 1) - 1;
    } else {
      // No four-digit year: no range to remember, ask for this day alone.
      this.from = day;
      this.to = day;
    }
  }
}
