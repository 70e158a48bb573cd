import { type FieldProblem } from '@onrecord/platform/errors';
import { AttendanceStatus } from './attendance-status';
import type { AttendanceDayInput } from './attendance-entry.inputs';
import { noSchoolReason, type StudentCalendar } from './student-calendar';
import type { Support } from './support.entity';
import type { TriggerCatalog } from './trigger-catalog';

/**
 * The rules of one entered school day. Each returns the problems found, with field paths
 * under `prefix` ("" for recordAttendance, "days.2." for a week), so a whole week can be
 * checked and every problem told at once.
 */

const ARRIVAL_STATUSES: readonly AttendanceStatus[] = [
  AttendanceStatus.PARTIAL,
  AttendanceStatus.TARDY,
];

/** Status, periods and arrival time must tell the same story. */
export function shapeProblems(day: AttendanceDayInput, prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const periods = day.periodsMissed ?? [];
  if (day.status === AttendanceStatus.PARTIAL && periods.length === 0 && !day.arrivalTime) {
    problems.push({
      field: `${prefix}periodsMissed`,
      message: 'a PARTIAL day needs the periods missed or the arrival time',
    });
  }
  if (day.arrivalTime && !ARRIVAL_STATUSES.includes(day.status)) {
    problems.push({
      field: `${prefix}arrivalTime`,
      message: `is only for PARTIAL and TARDY days, not ${day.status}`,
    });
  }
  if (periods.length > 0 && day.status === AttendanceStatus.FULL) {
    problems.push({
      field: `${prefix}periodsMissed`,
      message: 'a FULL day misses no period: use PARTIAL instead',
    });
  }
  if (periods.length > 0 && day.status === AttendanceStatus.ABSENT) {
    problems.push({
      field: `${prefix}periodsMissed`,
      message: 'an ABSENT day misses every period: leave the periods out',
    });
  }
  return problems;
}

/**
 * Supports named for a day must be the student's (`supports` holds all of them, archived
 * too), not archived, and in place on the date: started on or before it, not ended before it.
 */
export function supportProblems(
  ids: readonly string[],
  date: string,
  supports: ReadonlyMap<string, Support>,
  prefix: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  ids.forEach((id, index) => {
    const field = `${prefix}supportIds.${index}`;
    const support = supports.get(id);
    if (!support) problems.push({ field, message: 'names no support of this student' });
    else if (support.archivedAt)
      problems.push({ field, message: `“${support.name}” is archived: restore it first` });
    else if (support.startedOn > date)
      problems.push({
        field,
        message: `“${support.name}” started on ${support.startedOn}, after ${date}`,
      });
    else if (support.endedOn !== null && support.endedOn < date)
      problems.push({
        field,
        message: `“${support.name}” ended on ${support.endedOn}, before ${date}`,
      });
  });
  return problems;
}

/**
 * A day without school is most likely a wrong date: warn, and record it only when the person
 * says they mean it.
 */
export function schoolDayProblems(
  day: AttendanceDayInput,
  calendar: StudentCalendar | null,
  prefix: string,
): FieldProblem[] {
  const reason = noSchoolReason(calendar, day.date);
  if (!reason || !calendar || day.acknowledgeNonSchoolDay) return [];
  return [
    {
      field: `${prefix}date`,
      message: `${day.date} is not a school day for ${calendar.schoolName} (${reason}); send acknowledgeNonSchoolDay: true to record it anyway`,
    },
  ];
}

/** Every rule of the day; the triggers come back as the catalog writes them. */
export function checkDay(
  day: AttendanceDayInput,
  context: {
    catalog: TriggerCatalog;
    supports: ReadonlyMap<string, Support>;
    calendar: StudentCalendar | null;
  },
  prefix: string,
): { triggers: string[]; problems: FieldProblem[] } {
  const triggers = context.catalog.resolve(day.triggers ?? [], `${prefix}triggers`);
  return {
    triggers: triggers.labels,
    problems: [
      ...schoolDayProblems(day, context.calendar, prefix),
      ...shapeProblems(day, prefix),
      ...triggers.problems,
      ...supportProblems(day.supportIds ?? [], day.date, context.supports, prefix),
    ],
  };
}
