import ICAL from 'ical.js';
import { recognizeEventName, type EventKind } from './calendar-event-names';
import { addDays, countWeekdays, weekdaysBetween } from './school-days';
import { dateInZone, instantOfWallClock, isKnownTimeZone } from './zoned-dates';

/**
 * Reads a district's instructional calendar from iCalendar (.ics) text, as districts publish
 * it: events named as districts name them ("First Day of School", "Winter Break", "Teacher
 * Workday — No Students", in English or Spanish: calendar-event-names.ts), or tagged with
 * CATEGORIES FIRST_INSTRUCTIONAL_DAY, NO_SCHOOL and LAST_INSTRUCTIONAL_DAY (a tag wins over
 * the name). Pure: no database, no clock, no server time zone.
 *
 * All-day events (VALUE=DATE) are floating dates: we read their year, month and day as
 * written and never turn them into instants, so a calendar made in Los Angeles imports the
 * same days on a server in New York or UTC. Timed events (in UTC or a TZID) fall on the date
 * they have in the district's time zone, when it is given; floating ones on the date written.
 */

export const FIRST_INSTRUCTIONAL_DAY = 'FIRST_INSTRUCTIONAL_DAY';
export const NO_SCHOOL = 'NO_SCHOOL';
export const LAST_INSTRUCTIONAL_DAY = 'LAST_INSTRUCTIONAL_DAY';
const KINDS = [FIRST_INSTRUCTIONAL_DAY, NO_SCHOOL, LAST_INSTRUCTIONAL_DAY];
const KIND_OF_CATEGORY: Record<string, EventKind> = {
  [FIRST_INSTRUCTIONAL_DAY]: 'FIRST_DAY',
  [NO_SCHOOL]: 'CLOSURE',
  [LAST_INSTRUCTIONAL_DAY]: 'LAST_DAY',
};

/** A timed closure shorter than this, within one day, is a school day with a closure for part of it. */
const WHOLE_DAY_HOURS = 6;
/** A repeating event is expanded this far at most: a school year, with room to spare. */
const MAX_OCCURRENCES = 800;
const EXPAND_DAYS = 2 * 366;

/**
 * The .ics cannot be imported; the message says why, for the person who chose the file.
 * `field` is the input it is about: the file, or a first or last day the reviewer set.
 */
export class SchoolCalendarFileError extends Error {
  constructor(
    message: string,
    readonly field: 'ics' | 'firstDay' | 'lastDay' = 'ics',
  ) {
    super(message);
  }
}

export interface IgnoredCalendarEvent {
  summary: string;
  /** The event's first date, when it has one. */
  date: string | null;
  /** The last date of that first occurrence (the same as `date` for one day). */
  to: string | null;
  reason: string;
}

export interface ImportedNonSchoolDay {
  date: string;
  label: string;
  /** The summary of the event it was read from; null when the reviewer added it. */
  event: string | null;
}

export interface ImportedSchoolCalendar {
  firstDay: string;
  lastDay: string;
  /** One per weekday without school inside the year, in date order (weekends are implied). */
  nonSchoolDays: ImportedNonSchoolDay[];
  ignoredEvents: IgnoredCalendarEvent[];
  /** Weekdays from the first to the last day, less the days without school. */
  schoolDayCount: number;
}

export interface SchoolCalendarReading {
  /** The district's IANA time zone: where a timed event's date is taken. */
  timeZone?: string | null;
  /** The reviewer's first day, in place of the file's (YYYY-MM-DD). */
  firstDay?: string | null;
  /** The reviewer's last day, in place of the file's (YYYY-MM-DD). */
  lastDay?: string | null;
}

type Time = ICAL.Time;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** The date as written in the file: no time zone conversion. */
const dateOf = (time: Time): string =>
  `${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`;

/** "No school: Winter break" → "Winter break": the day is already one without school. */
const closureLabel = (summary: string): string =>
  summary.replace(/^\s*no school\s*[:\-–—]\s*/i, '').trim() || summary.trim() || 'No school';

const REASONS = {
  notUnderstood:
    'was not understood: its name is not one we know for a first day, a last day or a day without school',
  unclearAllDay:
    'was not understood: some districts close for it and some do not, so decide whether it is a day without school',
  schoolDay:
    'is a school day (an early dismissal, a meeting or an event), not a day without school',
  timed: 'has a time of day: an event on a school day, not a day without school',
  partDay: 'has a time of day: a closure for part of a day is still a school day',
};

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

/** The days one occurrence covers, both included, and how long it lasts when timed. */
interface Span {
  from: string;
  to: string;
  /** Null for an all-day event. */
  hours: number | null;
}

/** Reads times in the district's zone: UTC and known TZIDs converted, floating ones as written. */
function spanReader(timeZone: string | null) {
  const instant = (time: Time, tzid: string | null): number | null => {
    const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    if (time.zone?.tzid === 'UTC') return wall;
    if (tzid && isKnownTimeZone(tzid)) return instantOfWallClock(wall, tzid);
    return null;
  };
  return (start: Time, end: Time | null, tzid: string | null): Span => {
    if (start.isDate) {
      // DTEND of an all-day event is the day after the last day (exclusive).
      const from = dateOf(start);
      const endDate = end ? dateOf(end) : null;
      return { from, to: endDate && endDate > from ? addDays(endDate, -1) : from, hours: null };
    }
    const startMs = instant(start, tzid);
    const endMs = end ? instant(end, tzid) : startMs;
    if (!timeZone || startMs === null || endMs === null) {
      // Floating, or no district zone: the date as written.
      const from = dateOf(start);
      const to = end && dateOf(end) > from ? dateOf(end) : from;
      const hours = end ? end.subtractDate(start).toSeconds() / 3600 : 0;
      return { from, to, hours };
    }
    const from = dateInZone(startMs, timeZone);
    // An end at midnight belongs to the day before: the event stops when that day does.
    const to = endMs > startMs ? dateInZone(endMs - 1, timeZone) : from;
    return { from, to: to < from ? from : to, hours: (endMs - startMs) / 3_600_000 };
  };
}

/**
 * Every occurrence of the event: one, or those its RRULE/RDATE give, less its EXDATEs and
 * the occurrences another VEVENT replaces (same UID with a RECURRENCE-ID: a day moved or
 * cancelled, read as an event of its own).
 */
function occurrences(
  event: ICAL.Event,
  replaced: ReadonlySet<string>,
): Array<{ start: Time; end: Time | null }> {
  const hasEnd = event.component.hasProperty('dtend') || event.component.hasProperty('duration');
  if (!event.isRecurring()) return [{ start: event.startDate, end: hasEnd ? event.endDate : null }];
  const found: Array<{ start: Time; end: Time | null }> = [];
  const stop = addDays(dateOf(event.startDate), EXPAND_DAYS);
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (found.length >= MAX_OCCURRENCES || dateOf(next) > stop) break;
    if (replaced.has(`${event.uid}\n${next.toString()}`)) continue;
    const end = next.clone();
    end.addDuration(event.duration);
    found.push({ start: next, end: hasEnd ? end : null });
  }
  return found;
}

interface Closure {
  summary: string;
  from: string;
  /** Included. */
  to: string;
}

interface DayCandidate {
  date: string;
  summary: string;
  tagged: boolean;
}

export function importSchoolCalendar(
  ics: string,
  reading: SchoolCalendarReading = {},
): ImportedSchoolCalendar {
  const firstDays: DayCandidate[] = [];
  const lastDays: DayCandidate[] = [];
  const closures: Closure[] = [];
  const ignoredEvents: IgnoredCalendarEvent[] = [];
  const span = spanReader(reading.timeZone ?? null);

  const vevents = calendars(ics).flatMap((c) => c.getAllSubcomponents('vevent'));
  const replaced = new Set(
    vevents
      .map((vevent) => new ICAL.Event(vevent))
      .filter((event) => event.isRecurrenceException())
      .map((event) => `${event.uid}\n${event.recurrenceId.toString()}`),
  );
  for (const vevent of vevents) {
    const event = new ICAL.Event(vevent);
    const summary = (event.summary ?? '').trim();
    const hasStart = !!vevent.getFirstPropertyValue('dtstart');
    const tzid = hasStart
      ? ((vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null)
      : null;
    const spans = hasStart
      ? occurrences(event, replaced).map(({ start, end }) => span(start, end, tzid))
      : [];
    const ignore = (reason: string) =>
      ignoredEvents.push({
        summary,
        date: spans[0]?.from ?? null,
        to: spans[0]?.to ?? null,
        reason,
      });

    const categories = vevent
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .map((value) => String(value).trim().toUpperCase());
    const tags = KINDS.filter((kind) => categories.includes(kind));
    const named = tags.length ? null : recognizeEventName(summary);
    const [tag] = tags;
    const kind = tags.length === 1 && tag ? (KIND_OF_CATEGORY[tag] ?? null) : (named?.kind ?? null);
    const [firstSpan] = spans;
    const allDay = firstSpan?.hours === null;

    if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      ignore('is cancelled');
    } else if (tags.length > 1) {
      ignore(`has more than one of the categories ${tags.join(', ')}`);
    } else if (!hasStart || !firstSpan) {
      ignore('has no start date (DTSTART)');
    } else if (kind === null) {
      ignore(allDay ? REASONS.notUnderstood : REASONS.timed);
    } else if (kind === 'SCHOOL_DAY') {
      ignore(named?.unclearAllDay && allDay ? REASONS.unclearAllDay : REASONS.schoolDay);
    } else if (kind === 'FIRST_DAY') {
      firstDays.push({ date: firstSpan.from, summary, tagged: tags.length > 0 });
    } else if (kind === 'LAST_DAY') {
      lastDays.push({ date: firstSpan.from, summary, tagged: tags.length > 0 });
    } else {
      const whole = spans.filter(
        (s) => s.hours === null || s.to > s.from || s.hours >= WHOLE_DAY_HOURS,
      );
      if (whole.length === 0) ignore(REASONS.partDay);
      for (const s of whole) closures.push({ summary, from: s.from, to: s.to });
    }
  }

  const firstDay = pickDay(reading.firstDay, firstDays, 'first', ignoredEvents);
  const lastDay = pickDay(reading.lastDay, lastDays, 'last', ignoredEvents, firstDay);
  const missing = [
    !firstDay &&
      `first instructional day (an event such as "First Day of School", or with CATEGORIES:${FIRST_INSTRUCTIONAL_DAY})`,
    !lastDay &&
      `last instructional day (an event such as "Last Day of School", or with CATEGORIES:${LAST_INSTRUCTIONAL_DAY})`,
  ].filter(Boolean);
  if (!firstDay || !lastDay)
    throw new SchoolCalendarFileError(`has no ${missing.join(' and no ')}`);
  if (lastDay < firstDay) {
    throw new SchoolCalendarFileError(
      `has its last instructional day (${lastDay}) before its first (${firstDay})`,
      reading.lastDay ? 'lastDay' : reading.firstDay ? 'firstDay' : 'ics',
    );
  }

  const days = new Map<string, ImportedNonSchoolDay>();
  const reported = new Set<string>();
  for (const closure of closures) {
    const from = closure.from < firstDay ? firstDay : closure.from;
    const to = closure.to > lastDay ? lastDay : closure.to;
    const weekdays = from <= to ? weekdaysBetween(from, to) : [];
    const why =
      from > to
        ? `falls outside the school year (${firstDay} to ${lastDay})`
        : weekdays.length === 0
          ? 'falls on a weekend, when there is no school anyway'
          : null;
    // A repeating closure is reported once, at its first occurrence that does not count.
    if (why && !reported.has(`${closure.summary}\n${why}`)) {
      reported.add(`${closure.summary}\n${why}`);
      ignoredEvents.push({
        summary: closure.summary,
        date: closure.from,
        to: closure.to,
        reason: why,
      });
    }
    // Duplicates and overlaps merge: the first event listed names the day.
    for (const date of weekdays) {
      if (!days.has(date))
        days.set(date, { date, label: closureLabel(closure.summary), event: closure.summary });
    }
  }
  const nonSchoolDays = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  return {
    firstDay,
    lastDay,
    nonSchoolDays,
    ignoredEvents: mergeIgnored(ignoredEvents),
    schoolDayCount: countWeekdays(firstDay, lastDay) - nonSchoolDays.length,
  };
}

/**
 * In date order (undated last), as the reviewer reads a calendar; the same event listed twice
 * (two calendars merged into one feed) is said once.
 */
function mergeIgnored(events: IgnoredCalendarEvent[]): IgnoredCalendarEvent[] {
  const seen = new Set<string>();
  const sorted = [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return sorted.filter((e) => {
    const key = `${e.summary}\n${e.date}\n${e.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The year's first (or last) day: the reviewer's, else the one tagged event (two tags would
 * mean two school years in one file: refused), else the named ones — the earliest first day,
 * and the earliest last day after it; the others are listed as not taken.
 */
function pickDay(
  chosen: string | null | undefined,
  candidates: DayCandidate[],
  which: 'first' | 'last',
  ignored: IgnoredCalendarEvent[],
  after?: string | null,
): string | null {
  const what = `${which} instructional day`;
  const category = which === 'first' ? FIRST_INSTRUCTIONAL_DAY : LAST_INSTRUCTIONAL_DAY;
  const tagged = [...new Set(candidates.filter((c) => c.tagged).map((c) => c.date))].sort();
  let day: string | null;
  if (chosen) day = chosen;
  else if (tagged.length > 1) {
    throw new SchoolCalendarFileError(
      `has ${tagged.length} events with CATEGORIES:${category} (${tagged.join(', ')}): ` +
        `a file must hold one ${what}, so import one school year at a time`,
    );
  } else if (tagged.length === 1) day = tagged[0] ?? null;
  else {
    const dates = [...new Set(candidates.map((c) => c.date))].sort();
    day = (after ? dates.find((d) => d >= after) : undefined) ?? dates[0] ?? null;
  }
  for (const candidate of candidates) {
    if (candidate.date !== day) {
      ignored.push({
        summary: candidate.summary,
        date: candidate.date,
        to: candidate.date,
        reason: `is another ${what}: the year's is ${day}`,
      });
    }
  }
  return day;
}
