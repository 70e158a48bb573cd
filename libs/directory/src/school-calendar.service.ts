import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { SchoolCalendar } from '@onrecord/deadlines';
import type { DataScope } from '@onrecord/platform/database';
import { NonSchoolDay } from './non-school-day.entity';
import { schoolDayStatuses, type SchoolDayStatus } from './school-calendar';
import { SchoolYear } from './school-year.entity';

/** A district's calendar as last read, and the version it was read at. */
interface HeldCalendar {
  version: string;
  calendar: SchoolCalendar;
}

/** Districts whose calendars are held at most; past it, the cache starts again. */
const MOST_HELD = 5000;

/**
 * What other features ask of a district's calendar (attendance warnings, the deadline
 * engine's and the follow-up planner's school days), injectable so they need not know how
 * calendars are stored.
 */
@Injectable()
export class SchoolCalendarService {
  private readonly held = new Map<string, HeldCalendar>();

  schoolDayStatuses(
    scope: DataScope,
    districtId: string,
    dates: readonly string[],
  ): Promise<Map<string, SchoolDayStatus>> {
    return schoolDayStatuses(scope, districtId, dates);
  }

  /** Every school year of the district with its non-school days, oldest first. */
  async calendarOf(scope: DataScope, districtId: string): Promise<SchoolCalendar> {
    return (await this.calendarsOf(scope, [districtId])).get(districtId) ?? { years: [] };
  }

  /**
   * The calendars of several districts. Each is read again only when its version (how many
   * years and non-school days it has, and when they last changed: one small query for all)
   * is not the one held, so a worker timing thousands of follow-ups does not read the same
   * calendar thousands of times, and never uses one that changed. District ids are unique
   * across organizations and the version is read under the caller's row-level security, so
   * no organization is handed another's calendar.
   */
  async calendarsOf(
    scope: DataScope,
    districtIds: readonly string[],
  ): Promise<Map<string, SchoolCalendar>> {
    const ids = [...new Set(districtIds)];
    const calendars = new Map<string, SchoolCalendar>();
    if (!ids.length) return calendars;
    const versions = (await scope.manager.query(
      `SELECT d.id, concat_ws('/', count(DISTINCT y.id), max(y.updated_at), count(n.id), max(n.updated_at)) AS version
         FROM unnest($1::uuid[]) AS d(id)
         LEFT JOIN school_year y ON y.district_id = d.id
         LEFT JOIN non_school_day n ON n.school_year_id = y.id
        GROUP BY d.id`,
      [ids],
    )) as Array<{ id: string; version: string }>;
    for (const { id, version } of versions) {
      const held = this.held.get(id);
      if (held?.version === version) {
        calendars.set(id, held.calendar);
        continue;
      }
      const calendar = await this.read(scope, id);
      if (this.held.size >= MOST_HELD) this.held.clear();
      this.held.set(id, { version, calendar });
      calendars.set(id, calendar);
    }
    return calendars;
  }

  private async read(scope: DataScope, districtId: string): Promise<SchoolCalendar> {
    const years = await scope.manager.find(SchoolYear, {
      where: { districtId },
      order: { firstDay: 'ASC' },
    });
    const days = years.length
      ? await scope.manager.find(NonSchoolDay, {
          where: { schoolYearId: In(years.map((y) => y.id)) },
          order: { date: 'ASC' },
        })
      : [];
    return {
      years: years.map((year) => ({
        firstDay: year.firstDay,
        lastDay: year.lastDay,
        nonSchoolDays: days
          .filter((day) => day.schoolYearId === year.id)
          .map((day) => ({ date: day.date, label: day.label })),
      })),
    };
  }
}
