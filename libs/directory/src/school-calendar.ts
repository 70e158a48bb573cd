import type { DataScope } from '@onrecord/platform/database';

/** What a district's calendar says of a date. */
export type SchoolDayStatus =
  | { kind: 'SCHOOL_DAY' }
  | { kind: 'WEEKEND' }
  | { kind: 'NON_SCHOOL_DAY'; label: string }
  | { kind: 'OUTSIDE_SCHOOL_YEAR' }
  /** The district has no calendar covering the date: nothing is known. */
  | { kind: 'NO_CALENDAR' };

/**
 * Whether each date (YYYY-MM-DD) is a school day in the district, in one query. Used to warn
 * about attendance entered on a day without school, and by the deadline engine for
 * school-day counts.
 */
export async function schoolDayStatuses(
  scope: DataScope,
  districtId: string,
  dates: readonly string[],
): Promise<Map<string, SchoolDayStatus>> {
  const rows: Array<{
    date: string;
    year_id: string | null;
    in_year: boolean;
    label: string | null;
  }> = await scope.manager.query(
    `SELECT d.date::text AS date, y.id AS year_id,
              (y.id IS NOT NULL AND d.date BETWEEN y.first_day AND y.last_day) AS in_year,
              n.label
         FROM unnest($2::date[]) AS d(date)
         LEFT JOIN LATERAL (
           SELECT id, first_day, last_day FROM school_year
            WHERE district_id = $1 AND d.date BETWEEN first_day - 366 AND last_day + 366
            ORDER BY (d.date BETWEEN first_day AND last_day) DESC, first_day DESC LIMIT 1) y ON true
         LEFT JOIN non_school_day n ON n.school_year_id = y.id AND n.date = d.date`,
    [districtId, [...dates]],
  );
  const result = new Map<string, SchoolDayStatus>();
  for (const row of rows) {
    const weekday = new Date(`${row.date}T00:00:00Z`).getUTCDay();
    let status: SchoolDayStatus;
    if (weekday === 0 || weekday === 6) status = { kind: 'WEEKEND' };
    else if (!row.year_id) status = { kind: 'NO_CALENDAR' };
    else if (!row.in_year) status = { kind: 'OUTSIDE_SCHOOL_YEAR' };
    else if (row.label !== null) status = { kind: 'NON_SCHOOL_DAY', label: row.label };
    else status = { kind: 'SCHOOL_DAY' };
    result.set(row.date, status);
  }
  return result;
}
