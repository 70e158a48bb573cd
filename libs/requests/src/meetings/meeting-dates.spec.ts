import { dateHolidaysSource, type HolidaySource } from '@onrecord/deadlines';
import { addBusinessDays, isBusinessDay, meetingDueDates } from './meeting-dates';

const noHolidays: HolidaySource = { holidays: () => new Map() };
const CHICAGO = 'America/Chicago';

describe('meeting due dates', () => {
  it('counts back over a weekend: a Monday meeting wants concerns by the Thursday (N=2)', () => {
    const dates = meetingDueDates({
      startsAt: new Date('2025-10-06T14:00:00Z'), // Monday 9:00 in Chicago
      timeZone: CHICAGO,
      state: null,
      concernsDaysBefore: 2,
      summaryDaysAfter: 2,
      holidays: noHolidays,
    });
    expect(dates.meetingOn).toBe('2025-10-06');
    expect(dates.concernsBefore.dueOn).toBe('2025-10-02');
    expect(dates.summaryAfter.dueOn).toBe('2025-10-08');
    // The end of the due day in Chicago (CDT, UTC-5).
    expect(dates.concernsBefore.dueAt.toISOString()).toBe('2025-10-03T04:59:59.999Z');
  });

  it('takes the meeting day where the district is, not in UTC', () => {
    // 02:00 UTC on Tuesday is still Monday evening in Chicago.
    const dates = meetingDueDates({
      startsAt: new Date('2025-10-07T02:00:00Z'),
      timeZone: CHICAGO,
      state: null,
      concernsDaysBefore: 1,
      summaryDaysAfter: 1,
      holidays: noHolidays,
    });
    expect(dates.meetingOn).toBe('2025-10-06');
    expect(dates.concernsBefore.dueOn).toBe('2025-10-03');
    expect(dates.summaryAfter.dueOn).toBe('2025-10-07');
  });

  it('skips federal holidays, and the state’s own when the district has a state', () => {
    const query = {
      startsAt: new Date('2025-12-01T15:00:00Z'), // Monday after Thanksgiving
      timeZone: CHICAGO,
      concernsDaysBefore: 2,
      summaryDaysAfter: 2,
      holidays: dateHolidaysSource,
    };
    // Federal: Thanksgiving (Thu 27) is skipped, Friday 28 counts.
    expect(meetingDueDates({ ...query, state: null }).concernsBefore.dueOn).toBe('2025-11-26');
    // Texas: the day after Thanksgiving is a state holiday too.
    expect(meetingDueDates({ ...query, state: 'TX' }).concernsBefore.dueOn).toBe('2025-11-25');
  });

  it('counts forward over holidays, across a year end', () => {
    // Tue 2025-12-23 + 2 in Texas: 24, 25, 26 are holidays, 27-28 a weekend → Mon 29, Tue 30.
    expect(addBusinessDays('2025-12-23', 2, 'TX', dateHolidaysSource)).toBe('2025-12-30');
    // Wed 2025-12-31 + 1: New Year's Day is skipped.
    expect(addBusinessDays('2025-12-31', 1, 'US', dateHolidaysSource)).toBe('2026-01-02');
  });

  it('zero days is the meeting day itself', () => {
    expect(addBusinessDays('2025-10-04', 0, 'US', noHolidays)).toBe('2025-10-04');
    expect(isBusinessDay('2025-10-04', 'US', noHolidays)).toBe(false);
  });
});
