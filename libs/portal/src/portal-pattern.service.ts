import { Injectable } from '@nestjs/common';
import { AttendanceSummaryService } from '@onrecord/attendance';
import type { DataScope } from '@onrecord/platform/database';
import { type PortalPrincipal } from '@onrecord/platform/request';
import { checkAttendanceRange } from './portal-attendance-range';
import { ownFamilies } from './own-families';
import type { PortalAttendanceArgs } from './portal.inputs';
import type { PortalAttendanceSummary } from './portal-pattern.objects';

/**
 * A family's own student's attendance pattern: the advocate's summary service (same days,
 * same calendar, same formula), for a student of the caller's families only.
 */
@Injectable()
export class PortalPatternService {
  constructor(private readonly summaries: AttendanceSummaryService) {}

  async summary(
    scope: DataScope,
    principal: PortalPrincipal,
    args: PortalAttendanceArgs,
  ): Promise<PortalAttendanceSummary> {
    const student = await ownFamilies(scope, principal).student(args.studentId);
    checkAttendanceRange(args);
    const s = await this.summaries.summary(scope, student.id, { from: args.from, to: args.to });
    const counts = (r: {
      enteredDays: number;
      missedDays: number;
      partialDays: number;
      rate: number | null;
    }) => ({
      enteredDays: r.enteredDays,
      missedDays: r.missedDays,
      partialDays: r.partialDays,
      rate: r.rate,
    });
    return {
      studentId: student.id,
      from: args.from,
      to: args.to,
      overall: counts(s.overall),
      weeks: s.weeks.map((w) => ({
        weekStart: w.weekStart,
        ...counts({ ...w, enteredDays: w.schoolDaysEntered }),
      })),
      weekdays: s.weekdays.map((w) => ({ weekday: w.weekday, ...counts(w) })),
      topTriggers: s.topTriggers.map((t) => ({ label: t.label, days: t.count })),
    };
  }
}
