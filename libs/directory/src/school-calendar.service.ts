import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { schoolDayStatuses, type SchoolDayStatus } from './school-calendar';

/**
 * What other features ask of a district's calendar (attendance warnings, school-day
 * deadlines), injectable so they need not know how calendars are stored.
 */
@Injectable()
export class SchoolCalendarService {
  schoolDayStatuses(
    scope: DataScope,
    districtId: string,
    dates: readonly string[],
  ): Promise<Map<string, SchoolDayStatus>> {
    return schoolDayStatuses(scope, districtId, dates);
  }
}
