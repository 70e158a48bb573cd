import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { type DataScope, findRecord } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { Student } from '@onrecord/families';
import { AttendanceEntry } from './attendance-entry.entity';
import {
  DEFAULT_PERIODS_PER_DAY,
  missedByPeriod,
  rateOf,
  supportComparison,
  topTriggers,
  totalsByStatus,
  weekdayRates,
  weeklyRates,
  type SummaryDay,
  type WeekRate,
} from './attendance-summary';
import type { AttendanceSummaryObject } from './attendance-summary.objects';
import { toSupport } from './conversions';
import { noSchoolReason, studentCalendar } from './student-calendar';
import { Support } from './support.entity';

export interface SummaryRange {
  from?: string | null;
  to?: string | null;
  periodsPerDay?: number | null;
}

/**
 * A student's attendance summarized over a date range: the baseline data schools say they
 * lack. One query for the entries, one for the calendar, one for the supports; the
 * arithmetic is in attendance-summary.ts.
 */
@Injectable()
export class AttendanceSummaryService {
  async summary(
    scope: DataScope,
    studentId: string,
    range: SummaryRange = {},
  ): Promise<AttendanceSummaryObject> {
    const periodsPerDay = range.periodsPerDay ?? DEFAULT_PERIODS_PER_DAY;
    const { student, days, nonSchoolDayEntries } = await this.schoolDays(scope, studentId, range);
    const supports = await scope.manager.find(Support, {
      where: { studentId: student.id, archivedAt: IsNull() },
      order: { startedOn: 'ASC', name: 'ASC', id: 'ASC' },
    });
    return {
      studentId: student.id,
      from: range.from ?? null,
      to: range.to ?? null,
      periodsPerDay,
      overall: rateOf(days, periodsPerDay),
      nonSchoolDayEntries,
      totals: totalsByStatus(days),
      weeks: weeklyRates(days, periodsPerDay).map((week) => ({ ...week, studentId: student.id })),
      weekdays: weekdayRates(days, periodsPerDay),
      periodsMissed: missedByPeriod(days, periodsPerDay),
      topTriggers: topTriggers(days),
      supports: supports.map((support) => ({
        support: toSupport(support),
        ...supportComparison(days, support, periodsPerDay),
      })),
    };
  }

  /** The weekly rates alone, for a case timeline; same rules and formula as the summary. */
  async weeklyRates(
    scope: DataScope,
    studentId: string,
    from?: string | null,
    to?: string | null,
  ): Promise<WeekRate[]> {
    const { days } = await this.schoolDays(scope, studentId, { from, to });
    return weeklyRates(days, DEFAULT_PERIODS_PER_DAY);
  }

  /**
   * The student's entries in the range that fall on school days. Entries on days without
   * school (kept with acknowledgeNonSchoolDay) have no attendance to rate: they are counted
   * apart, by the same calendar rule that asked for the acknowledgement.
   */
  private async schoolDays(
    scope: DataScope,
    studentId: string,
    range: SummaryRange,
  ): Promise<{ student: Student; days: SummaryDay[]; nonSchoolDayEntries: number }> {
    const student = await findRecord(scope, Student, studentId, 'Student');
    if (range.from && range.to && range.to < range.from) {
      throw badUserInput([{ field: 'to', message: `must not be before from (${range.from})` }]);
    }
    const query = scope.manager
      .createQueryBuilder(AttendanceEntry, 'e')
      .select(['e.date', 'e.status', 'e.periodsMissed', 'e.triggers'])
      .where('e.student_id = :studentId', { studentId: student.id })
      .orderBy('e.date', 'ASC');
    if (range.from) query.andWhere('e.date >= :from', { from: range.from });
    if (range.to) query.andWhere('e.date <= :to', { to: range.to });
    const entries = await query.getMany();
    const calendar = await studentCalendar(
      scope,
      student,
      entries.map((e) => e.date),
    );
    const days = entries.filter((e) => noSchoolReason(calendar, e.date) === null);
    return {
      student,
      days: days.map(({ date, status, periodsMissed, triggers }) => ({
        date,
        status,
        periodsMissed,
        triggers,
      })),
      nonSchoolDayEntries: entries.length - days.length,
    };
  }
}
