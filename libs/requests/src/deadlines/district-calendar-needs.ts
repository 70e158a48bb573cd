import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsLocalDate } from '@onrecord/platform/graphql';
import { addDays, schoolYearName } from '@onrecord/deadlines';
import type { DataScope } from '@onrecord/platform/database';

/**
 * Which districts need a school calendar: the current school year's, or the next one's as it
 * comes near, or any year a sent request's deadline had to be counted without
 * (provisional). Until a calendar is added, school-day deadlines there are provisional.
 */

@ObjectType('DistrictCalendarNeed', {
  description: 'A district whose school calendar is missing for a school year that counts now.',
})
export class DistrictCalendarNeedObject {
  @Field(() => ID) districtId!: string;
  @Field(() => String) districtName!: string;
  @Field(() => String, { description: "The district's state." }) state!: string;
  @Field(() => [String], { description: 'The school years to add, e.g. ["2026-27"].' })
  missingSchoolYears!: string[];
  @Field(() => Int, {
    description: 'Open requests in the district whose deadline is provisional until then.',
  })
  provisionalRequests!: number;
  @Field(() => String, {
    description:
      'e.g. "Maple Valley USD (TX) has no school calendar for 2026-27: 3 open requests have provisional deadlines. Add it (importSchoolCalendar)."',
  })
  sentence!: string;
}

@ArgsType()
export class DistrictCalendarNeedsArgs {
  @Field(() => Int, {
    defaultValue: 90,
    description:
      "List next school year's calendar as missing from this many days before July 1 (0 to 366).",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  lookAheadDays = 90;

  @Field(() => String, {
    nullable: true,
    description:
      "The day to look from (YYYY-MM-DD); default today in the organization's time zone.",
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}

interface Row {
  id: string;
  name: string;
  state: string;
  first_days: string[];
  provisional_years: string[];
  provisional_requests: number;
}

/** The next school year's name, e.g. "2026-27" → "2027-28". */
function nextYearName(name: string): string {
  const start = Number(name.slice(0, 4)) + 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export async function districtCalendarNeeds(
  scope: DataScope,
  today: string,
  lookAheadDays: number,
): Promise<DistrictCalendarNeedObject[]> {
  const rows: Row[] = await scope.manager.query(
    `SELECT d.id, d.name, d.state,
            coalesce((SELECT array_agg(to_char(y.first_day, 'YYYY-MM-DD'))
                        FROM school_year y WHERE y.district_id = d.id), '{}') AS first_days,
            coalesce((SELECT array_agg(DISTINCT p.year)
                        FROM written_request r JOIN case_place place ON place.case_id = r.case_id
                        CROSS JOIN jsonb_array_elements_text(r.deadline -> 'provisional' -> 'schoolYears') AS p(year)
                       WHERE place.district_id = d.id AND r.archived_at IS NULL
                         AND r.status IN ('SENT', 'PARTIALLY_RESPONDED')
                         AND jsonb_typeof(r.deadline -> 'provisional') = 'object'), '{}') AS provisional_years,
            (SELECT count(*)::int
               FROM written_request r JOIN case_place place ON place.case_id = r.case_id
              WHERE place.district_id = d.id AND r.archived_at IS NULL
                AND r.status IN ('SENT', 'PARTIALLY_RESPONDED')
                AND jsonb_typeof(r.deadline -> 'provisional') = 'object') AS provisional_requests
       FROM district d
      WHERE d.archived_at IS NULL
      ORDER BY d.name, d.id`,
  );
  const current = schoolYearName(today);
  const next = nextYearName(current);
  // Next year counts once July 1 of its start is within the look-ahead.
  const nextCounts = addDays(today, lookAheadDays) >= `${next.slice(0, 4)}-07-01`;
  const out: DistrictCalendarNeedObject[] = [];
  for (const row of rows) {
    const known = new Set(row.first_days.map(schoolYearName));
    const wanted = new Set([current, ...(nextCounts ? [next] : []), ...row.provisional_years]);
    const missing = [...wanted].filter((year) => !known.has(year)).sort();
    if (missing.length === 0) continue;
    const open = row.provisional_requests;
    out.push({
      districtId: row.id,
      districtName: row.name,
      state: row.state,
      missingSchoolYears: missing,
      provisionalRequests: open,
      sentence: `${row.name} (${row.state}) has no school calendar for ${missing.join(' and ')}${open ? `: ${open} open request${open === 1 ? ' has a provisional deadline' : 's have provisional deadlines'}` : ''}. Add it (importSchoolCalendar).`,
    });
  }
  return out;
}
