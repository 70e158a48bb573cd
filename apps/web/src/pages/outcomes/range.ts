/**
 * The reports' ranges: the outcome report's school year so far (the default), the last school
 * year, and the same days one year earlier to compare with; the funder reports' federal
 * program year. Days are YYYY-MM-DD; a school year runs from 1 July to 30 June (the year
 * schools and districts report on), a program year from 1 October to 30 September.
 */
export interface DayRange {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: string | null | undefined): value is string {
  const match = value ? DAY.exec(value) : null;
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The first day of the school year `today` falls in. */
export function schoolYearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 7 ? year : year - 1}-07-01`;
}

/** From the first day of this school year to today. */
export function schoolYearSoFar(today: string): DayRange {
  return { from: schoolYearStart(today), to: today };
}

/** The whole school year before this one. */
export function lastSchoolYear(today: string): DayRange {
  const start = Number(schoolYearStart(today).slice(0, 4));
  return { from: `${start - 1}-07-01`, to: `${start}-06-30` };
}

/** The same day one year earlier (29 February becomes the 28th). */
export function yearEarlier(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const rest = day.slice(4);
  return isDay(`${year}${rest}`) ? `${year}${rest}` : `${year}-02-28`;
}

/** The same days one year earlier, to compare with. */
export function yearBefore(range: DayRange): DayRange {
  return { from: yearEarlier(range.from), to: yearEarlier(range.to) };
}

/** The first day of the federal program year (1 October to 30 September) `today` falls in. */
export function programYearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 10 ? year : year - 1}-10-01`;
}

/** From the first day of this program year to today. */
export function programYearSoFar(today: string): DayRange {
  return { from: programYearStart(today), to: today };
}

/** The last complete program year: what a funder's annual report covers. */
export function lastProgramYear(today: string): DayRange {
  const start = Number(programYearStart(today).slice(0, 4));
  return { from: `${start - 1}-10-01`, to: `${start}-09-30` };
}
