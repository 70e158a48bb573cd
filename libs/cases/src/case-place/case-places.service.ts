import { Injectable } from '@nestjs/common';
import type { SchoolCalendar } from '@onrecord/deadlines';
import { SchoolCalendarService } from '@onrecord/directory';
import type { DataScope } from '@onrecord/platform/database';
import { notFound } from '@onrecord/platform/errors';

/**
 * Where a case is: its student's school and that school's district, the district's state
 * (whose deadlines apply) and school calendar, and the time zone its days are counted in.
 * Without a school on record: no district, the organization's time zone and no calendar
 * (school days then count as business days).
 */
export interface CasePlace {
  caseId: string;
  studentId: string;
  familyId: string;
  school: { id: string; name: string } | null;
  district: { id: string; name: string } | null;
  /** The district's two-letter state, or null without a district (federal rules). */
  jurisdiction: string | null;
  /** The district's time zone, else the organization's. */
  timeZone: string;
  organizationTimeZone: string;
  /** The district's school calendar (no years without a district or a calendar). */
  calendar: SchoolCalendar;
}

interface CasePlaceRow {
  case_id: string;
  student_id: string;
  family_id: string;
  school_id: string | null;
  school_name: string | null;
  district_id: string | null;
  district_name: string | null;
  jurisdiction: string | null;
  time_zone: string;
  organization_time_zone: string;
}

/**
 * The one answer to "where is this case": the `case_place` view (migration
 * 1796410000000-case-place) for the joins, the directory's versioned calendar cache for the
 * calendars. A batch of cases costs one query plus the calendars that changed.
 */
@Injectable()
export class CasePlaces {
  constructor(private readonly calendars: SchoolCalendarService) {}

  async of(scope: DataScope, caseId: string): Promise<CasePlace> {
    const place = (await this.ofCases(scope, [caseId])).get(caseId);
    if (!place) throw notFound('Case');
    return place;
  }

  /** The places of several cases (those not found, or not the organization's, are absent). */
  async ofCases(scope: DataScope, caseIds: readonly string[]): Promise<Map<string, CasePlace>> {
    const places = new Map<string, CasePlace>();
    if (!caseIds.length) return places;
    const rows = (await scope.manager.query(
      `SELECT case_id, student_id, family_id, school_id, school_name, district_id, district_name,
              jurisdiction, time_zone, organization_time_zone
         FROM case_place WHERE case_id = ANY($1::uuid[])`,
      [[...new Set(caseIds)]],
    )) as CasePlaceRow[];
    const calendars = await this.calendars.calendarsOf(
      scope,
      rows.flatMap((row) => (row.district_id ? [row.district_id] : [])),
    );
    for (const row of rows)
      places.set(row.case_id, {
        caseId: row.case_id,
        studentId: row.student_id,
        familyId: row.family_id,
        school: row.school_id ? { id: row.school_id, name: row.school_name ?? '' } : null,
        district: row.district_id ? { id: row.district_id, name: row.district_name ?? '' } : null,
        jurisdiction: row.jurisdiction,
        timeZone: row.time_zone,
        organizationTimeZone: row.organization_time_zone,
        calendar: (row.district_id && calendars.get(row.district_id)) || { years: [] },
      });
    return places;
  }
}
