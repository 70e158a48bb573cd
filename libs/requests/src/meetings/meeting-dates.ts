import {
  addDays,
  dayOfWeek,
  endOfDay,
  localDate,
  type HolidaySource,
  type IsoDate,
} from '@onrecord/deadlines';

/**
 * The due dates of a meeting's two written items, pure: concerns N business days before the
 * meeting's local day, the summary N business days after it. Business days skip Saturdays,
 * Sundays and public holidays (federal, and the state's when the district has one). Each is
 * due at the end of its day in the district's (else the organization's) time zone.
 */

export interface MeetingTaskDue {
  dueOn: IsoDate;
  dueAt: Date;
}

export interface MeetingDueDates {
  /** The meeting's calendar day where it happens. */
  meetingOn: IsoDate;
  concernsBefore: MeetingTaskDue;
  summaryAfter: MeetingTaskDue;
}

export interface MeetingDueQuery {
  startsAt: Date;
  timeZone: string;
  /** A two-letter state code, or null for federal holidays only. */
  state: string | null;
  concernsDaysBefore: number;
  summaryDaysAfter: number;
  holidays: HolidaySource;
}

/** True on Monday–Friday when the day is no public holiday of the jurisdiction. */
export function isBusinessDay(date: IsoDate, jurisdiction: string, holidays: HolidaySource) {
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return false;
  return !holidays.holidays(jurisdiction, Number(date.slice(0, 4))).has(date);
}

/**
 * The day `count` business days from `date` (negative: before it). Zero is the day itself,
 * whatever it is. The start day is never counted.
 */
export function addBusinessDays(
  date: IsoDate,
  count: number,
  jurisdiction: string,
  holidays: HolidaySource,
): IsoDate {
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(count);
  let day = date;
  while (left > 0) {
    day = addDays(day, step);
    if (isBusinessDay(day, jurisdiction, holidays)) left -= 1;
  }
  return day;
}

export function meetingDueDates(query: MeetingDueQuery): MeetingDueDates {
  const jurisdiction = query.state?.trim() || 'US';
  const meetingOn = localDate(query.startsAt, query.timeZone);
  const due = (dueOn: IsoDate): MeetingTaskDue => ({
    dueOn,
    dueAt: endOfDay(dueOn, query.timeZone),
  });
  return {
    meetingOn,
    concernsBefore: due(
      addBusinessDays(meetingOn, -query.concernsDaysBefore, jurisdiction, query.holidays),
    ),
    summaryAfter: due(
      addBusinessDays(meetingOn, query.summaryDaysAfter, jurisdiction, query.holidays),
    ),
  };
}
