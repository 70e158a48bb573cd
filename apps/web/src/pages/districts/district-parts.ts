import { dayFromToday } from '../../dates';

/** The time zones US districts are in, east to west (the api takes any IANA zone). */
export const TIME_ZONES = [
  'America/New_York',
  'America/Detroit',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Chicago',
  'America/Denver',
  'America/Boise',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Pacific/Guam',
  'Pacific/Pago_Pago',
] as const;

/** "America/Los_Angeles" → "Los Angeles (America)": what a person looks for. */
export function timeZoneLabel(zone: string): string {
  const parts = zone.split('/');
  const city = (parts[parts.length - 1] ?? zone).replace(/_/g, ' ');
  return parts.length > 1 ? `${city} (${parts[0]})` : city;
}

/** The time zones to choose from, with the district's own first when it is not listed. */
export function timeZoneOptions(current?: string): Array<{ value: string; label: string }> {
  const zones: string[] = [...TIME_ZONES];
  if (current && !zones.includes(current)) zones.unshift(current);
  return zones.map((value) => ({ value, label: timeZoneLabel(value) }));
}

/** The school year a day belongs to, as districts name it: July–June, e.g. "2026-27". */
export function schoolYearName(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 7 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** This school year and the coming one, e.g. ["2026-27", "2027-28"]. */
export function currentAndComingYears(today = dayFromToday(0)): [string, string] {
  const current = schoolYearName(today);
  const start = Number(current.slice(0, 4)) + 1;
  return [current, `${start}-${String((start + 1) % 100).padStart(2, '0')}`];
}

/** Which of the named school years a district has a calendar for (by its first day). */
export function calendarsOnFile(
  years: ReadonlyArray<{ firstDay: string }>,
  wanted: readonly string[],
): Array<{ year: string; onFile: boolean }> {
  const have = new Set(years.map((y) => schoolYearName(y.firstDay)));
  return wanted.map((year) => ({ year, onFile: have.has(year) }));
}

/** Saturday or Sunday, for a YYYY-MM-DD day. */
export function isWeekend(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The api's field problems keyed by the field's last name, `input.` and the like dropped. */
export type Fields = Record<string, string>;
