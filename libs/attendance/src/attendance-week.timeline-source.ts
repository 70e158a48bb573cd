import { Injectable } from '@nestjs/common';
import {
  TimelineSource,
  CaseTimelineEventKind,
  compareEvents,
  type CaseTimelineEvent,
  type CaseTimelineSource,
  type TimelineWindow,
} from '@onrecord/cases';
import type { DataScope } from '@onrecord/platform/database';
import { AttendanceSummaryService } from './attendance-summary.service';

/** The week's Friday, end of day UTC: a weekly summary stands at the end of its week. */
const endOfWeek = (weekStart: string): Date => {
  const date = new Date(`${weekStart}T23:59:59Z`);
  date.setUTCDate(date.getUTCDate() + 4);
  return date;
};

/**
 * One event per week with attendance entries for the case's student: the week's rate, by
 * the summary's own rules. A student has a few dozen weeks a year, so the weeks are read
 * whole and the window applied here.
 */
@TimelineSource()
@Injectable()
export class AttendanceWeekTimelineSource implements CaseTimelineSource {
  readonly kinds = [CaseTimelineEventKind.ATTENDANCE_WEEK];

  constructor(private readonly summaries: AttendanceSummaryService) {}

  async events(scope: DataScope, window: TimelineWindow): Promise<CaseTimelineEvent[]> {
    const weeks = await this.summaries.weeklyRates(scope, window.studentId);
    const order = compareEvents(window.newestFirst);
    const events: CaseTimelineEvent[] = weeks.map((week) => ({
      id: `ATTENDANCE_WEEK:${window.studentId}:${week.weekStart}`,
      kind: CaseTimelineEventKind.ATTENDANCE_WEEK,
      occurredAt: endOfWeek(week.weekStart),
      title:
        week.rate === null
          ? `Week of ${week.weekStart}: no school days entered`
          : `Week of ${week.weekStart}: attended ${Math.round(week.rate * 100)}% of ${week.schoolDaysEntered} school day(s) entered`,
      detail: null,
      actorUserId: null,
      entityType: 'Student',
      entityId: window.studentId,
      sharedWithFamily: true,
    }));
    const after = window.after;
    return events
      .filter((event) => !after || order(event, { ...event, ...after }) > 0)
      .sort(order)
      .slice(0, window.limit);
  }
}
