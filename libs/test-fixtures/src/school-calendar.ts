import { superuserQuery } from '@onrecord/platform/database/testing';

/** A district's school year: its first and last day and the days it is closed. */
export interface SchoolCalendar {
  label: string;
  firstDay: string;
  lastDay: string;
  /** Closed from `from` to `to`, both included; written as weekdays only, as an import would. */
  closures: ReadonlyArray<readonly [from: string, to: string, label: string]>;
}

/** The closures of the fictional 2025-26 district calendar of docs/scenarios.md. */
export const FICTIONAL_CLOSURES: SchoolCalendar['closures'] = [
  ['2025-09-01', '2025-09-01', 'Labor Day'],
  ['2025-10-13', '2025-10-13', "Indigenous Peoples' Day"],
  ['2025-11-11', '2025-11-11', 'Veterans Day'],
  ['2025-11-24', '2025-11-28', 'Thanksgiving break'],
  ['2025-12-22', '2026-01-02', 'Winter break'],
  ['2026-01-19', '2026-01-19', 'Martin Luther King Jr. Day'],
  ['2026-02-16', '2026-02-16', "Presidents' Day"],
  ['2026-03-30', '2026-04-03', 'Spring break'],
  ['2026-05-25', '2026-05-25', 'Memorial Day'],
];

/**
 * The fictional 2025-26 district calendar of docs/scenarios.md (18 Aug 2025 to 5 Jun
 * 2026), for tests that count school days.
 */
export const FICTIONAL_2025_26: SchoolCalendar = {
  label: '2025-26',
  firstDay: '2025-08-18',
  lastDay: '2026-06-05',
  closures: FICTIONAL_CLOSURES,
};

/** Writes `calendar` for a district as the superuser; returns the school year's id. */
export async function seedSchoolCalendar(
  adminUrl: string,
  organizationId: string,
  districtId: string,
  calendar: SchoolCalendar,
): Promise<string> {
  const [year] = await superuserQuery<{ id: string }>(
    adminUrl,
    `INSERT INTO school_year (organization_id, district_id, label, first_day, last_day)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [organizationId, districtId, calendar.label, calendar.firstDay, calendar.lastDay],
  );
  if (!year) throw new Error('the school year was not written');
  for (const [from, to, label] of calendar.closures) {
    await superuserQuery(
      adminUrl,
      `INSERT INTO non_school_day (organization_id, school_year_id, date, label)
       SELECT $1, $2, d::date, $5 FROM generate_series($3::date, $4::date, '1 day') d
        WHERE extract(isodow FROM d) < 6`,
      [organizationId, year.id, from, to, label],
    );
  }
  return year.id;
}

/** The fictional 2025-26 calendar (above) for a district; returns the school year's id. */
export function seedFictionalCalendar(
  adminUrl: string,
  organizationId: string,
  districtId: string,
): Promise<string> {
  return seedSchoolCalendar(adminUrl, organizationId, districtId, FICTIONAL_2025_26);
}
