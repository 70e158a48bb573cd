import ICAL from 'ical.js';
import { addDays, weekdaysBetween } from './school-days';

/**
 * Reads a district's instructional calendar from iCalendar (.ics) text, as districts publish
 * it: all-day events with CATEGORIES FIRST_INSTRUCTIONAL_DAY, NO_SCHOOL and
 * LAST_INSTRUCTIONAL_DAY. Pure: no database, no clock, no server time zone.
 *
 * All-day events (VALUE=DATE) are floating dates: we read their year, month and day as
 * written and never turn them into instants, so a calendar made in Los Angeles imports the
 * same days on a server in New York or UTC.
 */

export const FIRST_INSTRUCTIONAL_DAY = 'FIRST_INSTRUCTIONAL_DAY';
export const NO_SCHOOL = 'NO_SCHOOL';
export const LAST_INSTRUCTIONAL_DAY = 'LAST_INSTRUCTIONAL_DAY';
const KINDS = [FIRST_INSTRUCTIONAL_DAY, NO_SCHOOL, LAST_INSTRUCTIONAL_DAY];

/** The .ics cannot be imported; the message says why, for the person who chose the file. */
export class SchoolCalendarFileError extends Error {}

export interface IgnoredCalendarEvent {
  summary: string;
  /** The event's first date, when it has one. */
  date: string | null;
  reason: string;
}

export interface ImportedSchoolCalendar {
  firstDay: string;
  lastDay: string;
  /** One per weekday without school inside the year, in date order (weekends are implied). */
  nonSchoolDays: Array<{ date: string; label: string }>;
  ignoredEvents: IgnoredCalendarEvent[];
}

type Time = ICAL.Time;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** The date as written in the file: no time zone conversion. */
const dateOf = (time: Time): string =>
  `${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`;

/** "No school: Winter break" → "Winter break": the category already says there is no school. */
const closureLabel = (summary: string): string =>
  summary.replace(/^\s*no school\s*[:\-–—]\s*/i, '').trim() || summary.trim() || 'No school';

function calendars(ics: string): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(ics);
  } catch (error) {
    throw new SchoolCalendarFileError(
      `is not an iCalendar (.ics) file: ${(error as Error).message}`,
    );
  }
  // One component parses to ['vcalendar', ...]; several to a list of them.
  const list = (Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed) as
    unknown[] | undefined;
  const found = (list ?? [])
    .filter((jcal): jcal is unknown[] => Array.isArray(jcal) && jcal[0] === 'vcalendar')
    .map((jcal) => new ICAL.Component(jcal));
  if (found.length === 0) {
    throw new SchoolCalendarFileError(
      'is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR … END:VCALENDAR',
    );
  }
  return found;
}

interface Closure {
  summary: string;
  from: string;
  /** Included. */
  to: string;
}

export function importSchoolCalendar(ics: string): ImportedSchoolCalendar {
  const firstDays: string[] = [];
  const lastDays: string[] = [];
  const closures: Closure[] = [];
  const ignoredEvents: IgnoredCalendarEvent[] = [];

  for (const vevent of calendars(ics).flatMap((c) => c.getAllSubcomponents('vevent'))) {
    const event = new ICAL.Event(vevent);
    const summary = event.summary ?? '';
    const start = vevent.getFirstPropertyValue('dtstart') ? event.startDate : null;
    const date = start ? dateOf(start) : null;
    const ignore = (reason: string) => ignoredEvents.push({ summary, date, reason });

    const categories = vevent
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .map((value) => String(value).trim().toUpperCase());
    const kinds = KINDS.filter((kind) => categories.includes(kind));

    if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      ignore('is cancelled');
    } else if (kinds.length === 0) {
      ignore(`has none of the categories ${KINDS.join(', ')}`);
    } else if (kinds.length > 1) {
      ignore(`has more than one of the categories ${kinds.join(', ')}`);
    } else if (!start || !date) {
      ignore('has no start date (DTSTART)');
    } else if (event.isRecurring()) {
      ignore('repeats (RRULE): list each day without school as its own event');
    } else if (kinds[0] === FIRST_INSTRUCTIONAL_DAY) {
      firstDays.push(date);
    } else if (kinds[0] === LAST_INSTRUCTIONAL_DAY) {
      lastDays.push(date);
    } else if (!start.isDate) {
      ignore('has a time of day: a closure for part of a day is still a school day');
    } else {
      // DTEND of an all-day event is the day after the last day (exclusive).
      const end =
        vevent.hasProperty('dtend') || vevent.hasProperty('duration') ? event.endDate : null;
      const endDate = end ? dateOf(end) : null;
      closures.push({
        summary,
        from: date,
        to: endDate && endDate > date ? addDays(endDate, -1) : date,
      });
    }
  }

  const firstDay = onlyDay(firstDays, 'first instructional day', FIRST_INSTRUCTIONAL_DAY);
  const lastDay = onlyDay(lastDays, 'last instructional day', LAST_INSTRUCTIONAL_DAY);
  const missing = [
    !firstDay &&
      `first instructional day (an all-day event with CATEGORIES:${FIRST_INSTRUCTIONAL_DAY})`,
    !lastDay &&
      `last instructional day (an all-day event with CATEGORIES:${LAST_INSTRUCTIONAL_DAY})`,
  ].filter(Boolean);
  if (!firstDay || !lastDay)
    throw new SchoolCalendarFileError(`has no ${missing.join(' and no ')}`);
  if (lastDay < firstDay) {
    throw new SchoolCalendarFileError(
      `has its last instructional day (${lastDay}) before its first (${firstDay})`,
    );
  }

  const labels = new Map<string, string>();
  for (const closure of closures) {
    const from = closure.from < firstDay ? firstDay : closure.from;
    const to = closure.to > lastDay ? lastDay : closure.to;
    const days = from <= to ? weekdaysBetween(from, to) : [];
    if (from > to) {
      ignoredEvents.push({
        summary: closure.summary,
        date: closure.from,
        reason: `falls outside the school year (${firstDay} to ${lastDay})`,
      });
    } else if (days.length === 0) {
      ignoredEvents.push({
        summary: closure.summary,
        date: closure.from,
        reason: 'falls on a weekend, when there is no school anyway',
      });
    }
    // Overlapping closures: the first one listed names the day.
    for (const day of days) if (!labels.has(day)) labels.set(day, closureLabel(closure.summary));
  }
  const nonSchoolDays = [...labels]
    .map(([date, label]) => ({ date, label }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { firstDay, lastDay, nonSchoolDays, ignoredEvents };
}

/** The one date of a FIRST/LAST event: two would mean two school years in one file. */
function onlyDay(dates: string[], what: string, category: string): string | null {
  const distinct = [...new Set(dates)].sort();
  if (distinct.length > 1) {
    throw new SchoolCalendarFileError(
      `has ${distinct.length} events with CATEGORIES:${category} (${distinct.join(', ')}): ` +
        `a file must hold one ${what}, so import one school year at a time`,
    );
  }
  return distinct[0] ?? null;
}
