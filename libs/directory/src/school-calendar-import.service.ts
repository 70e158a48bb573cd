import { Injectable } from '@nestjs/common';
import { type DataScope, referencedRecord } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { District } from './district.entity';
import { SchoolYear } from './school-year.entity';
import {
  importSchoolCalendar,
  SchoolCalendarFileError,
  type ImportedSchoolCalendar,
} from './ics-calendar';
import { schoolYearLabel } from './school-days';
import { reviewedCalendar } from './school-calendar-review';
import { SchoolYearService } from './school-year.service';
import type { ImportSchoolCalendarInput } from './school-year.inputs';
import type { SchoolCalendarImportObject, SchoolCalendarPreviewObject } from './directory.objects';
import { toSchoolYear } from './conversions';

/** A calendar read from the file and checked against the district's other years. */
interface CheckedCalendar {
  calendar: ImportedSchoolCalendar;
  label: string;
  existing: SchoolYear | null;
}

/**
 * Imports a district's published .ics calendar as one school year. Importing again (the
 * district revised its calendar) replaces that year's dates and non-school days. A preview
 * reads and checks the file the same way and saves nothing, so a person can review it first.
 */
@Injectable()
export class SchoolCalendarImportService {
  constructor(private readonly schoolYears: SchoolYearService) {}

  async preview(
    scope: DataScope,
    input: ImportSchoolCalendarInput,
  ): Promise<SchoolCalendarPreviewObject> {
    const { calendar, label, existing } = await this.check(scope, input);
    return {
      label,
      firstDay: calendar.firstDay,
      lastDay: calendar.lastDay,
      replaces: existing !== null,
      nonSchoolDays: calendar.nonSchoolDays,
      schoolDayCount: calendar.schoolDayCount,
      ignoredEvents: calendar.ignoredEvents,
    };
  }

  async import(
    scope: DataScope,
    input: ImportSchoolCalendarInput,
  ): Promise<SchoolCalendarImportObject> {
    const { calendar, label, existing } = await this.check(scope, input);
    const schoolYear = await this.schoolYears.replace(
      scope,
      existing,
      {
        districtId: input.districtId,
        label,
        firstDay: calendar.firstDay,
        lastDay: calendar.lastDay,
      },
      calendar.nonSchoolDays.map(({ date, label }) => ({ date, label })),
    );
    return {
      schoolYear: toSchoolYear(schoolYear),
      replaced: existing !== null,
      nonSchoolDayCount: calendar.nonSchoolDays.length,
      ignoredEvents: calendar.ignoredEvents,
    };
  }

  /** Reads the file; a file that cannot be imported, or a year that does not fit, is refused. */
  private async check(
    scope: DataScope,
    input: ImportSchoolCalendarInput,
  ): Promise<CheckedCalendar> {
    const district = await referencedRecord(
      scope,
      District,
      input.districtId,
      'districtId',
      'district',
    );
    let read: ImportedSchoolCalendar;
    try {
      // Timed events fall on their date where the district is.
      read = importSchoolCalendar(input.ics, {
        timeZone: district.timeZone,
        firstDay: input.firstDay,
        lastDay: input.lastDay,
      });
    } catch (error) {
      if (error instanceof SchoolCalendarFileError) {
        throw badUserInput([{ field: error.field, message: error.message }]);
      }
      throw error;
    }
    const reviewed = reviewedCalendar(read, input);
    if (reviewed.problems.length) throw badUserInput(reviewed.problems);
    const calendar = reviewed.calendar;
    const label = input.label?.trim() || schoolYearLabel(calendar.firstDay);
    const existing = await scope.manager.findOneBy(SchoolYear, {
      districtId: input.districtId,
      label,
    });
    const year = { firstDay: calendar.firstDay, lastDay: calendar.lastDay };
    const problems = (
      await this.schoolYears.placeProblems(scope, input.districtId, label, year, existing?.id)
    ).map((problem) =>
      // The dates come from the file, unless the reviewer set them: that is what to look at.
      problem.field === 'firstDay'
        ? {
            field: input.firstDay ? 'firstDay' : input.lastDay ? 'lastDay' : 'ics',
            message: `runs from ${year.firstDay} to ${year.lastDay}, which ${problem.message}`,
          }
        : problem,
    );
    if (problems.length) throw badUserInput(problems);
    return { calendar, label, existing };
  }
}
