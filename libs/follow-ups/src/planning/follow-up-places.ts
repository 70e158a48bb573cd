import { Injectable } from '@nestjs/common';
import type { SchoolCalendar } from '@onrecord/deadlines';
import type { DataScope } from '@onrecord/platform/database';
import { RequestDeadlineService } from '@onrecord/requests';
import type { FollowUpPlace } from './follow-up-calendar';

/** Where a case's follow-ups are timed, and what else the planner reads with it. */
export interface CasePlace extends FollowUpPlace {
  organizationTimeZone: string;
  /** The student's school (its escalation chain), if any. */
  schoolId: string | null;
  familyId: string;
}

/**
 * The district of a case's student (time zone, state, calendar) in one query plus the
 * calendar's two — not the deadline engine's whole place (no rules are needed to time a
 * message). Without a district: the organization's time zone and no calendar (school days
 * then count as business days).
 */
@Injectable()
export class FollowUpPlaces {
  /** District calendars as last read, with the version they were read at. */
  private readonly calendars = new Map<string, { version: string; calendar: SchoolCalendar }>();

  constructor(private readonly deadlines: RequestDeadlineService) {}

  /**
   * The district's calendar, read again only when its version (how many years and
   * non-school days, and when they last changed, read with the place) is not the one held:
   * a worker sending thousands of follow-ups does not read the same calendar thousands of
   * times, and never uses one that changed.
   */
  private async calendar(
    scope: DataScope,
    districtId: string,
    version: string,
  ): Promise<SchoolCalendar> {
    const held = this.calendars.get(districtId);
    if (held?.version === version) return held.calendar;
    const calendar = await this.deadlines.calendarOf(scope, districtId);
    if (this.calendars.size >= 5000) this.calendars.clear();
    this.calendars.set(districtId, { version, calendar });
    return calendar;
  }

  async of(scope: DataScope, caseId: string): Promise<CasePlace> {
    const place = (await this.ofCases(scope, [caseId])).get(caseId);
    if (!place) throw new Error(`case ${caseId} not found`);
    return place;
  }

  /** The places of several cases in one query (a batch of follow-ups: not one per message). */
  async ofCases(scope: DataScope, caseIds: readonly string[]): Promise<Map<string, CasePlace>> {
    const rows = (await scope.manager.query(
      `SELECT c.id AS case_id, d.id AS district_id, d.time_zone, d.state,
              o.time_zone AS organization_time_zone, s.school_id, c.family_id,
              (SELECT concat_ws('/', count(*), max(y.updated_at),
                        (SELECT concat_ws('/', count(*), max(n.updated_at)) FROM non_school_day n
                          WHERE n.school_year_id IN (SELECT id FROM school_year WHERE district_id = d.id)))
                 FROM school_year y WHERE y.district_id = d.id) AS calendar_version
         FROM case_record c
         JOIN organization o ON o.id = c.organization_id
         JOIN student s ON s.id = c.student_id
         LEFT JOIN school sc ON sc.id = s.school_id
         LEFT JOIN district d ON d.id = sc.district_id
        WHERE c.id = ANY($1)`,
      [[...new Set(caseIds)]],
    )) as Array<{
      case_id: string;
      district_id: string | null;
      time_zone: string | null;
      state: string | null;
      organization_time_zone: string;
      school_id: string | null;
      family_id: string;
      calendar_version: string | null;
    }>;
    const places = new Map<string, CasePlace>();
    for (const row of rows)
      places.set(row.case_id, {
        timeZone: row.time_zone ?? row.organization_time_zone,
        jurisdiction: row.state?.trim() ?? null,
        calendar: row.district_id
          ? await this.calendar(scope, row.district_id, row.calendar_version ?? '')
          : { years: [] },
        organizationTimeZone: row.organization_time_zone,
        schoolId: row.school_id,
        familyId: row.family_id,
      });
    return places;
  }
}
