import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import {
  isUniqueViolation,
  type DataScope,
  findRecord,
  referencedRecord,
} from '@onrecord/platform/database';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { District } from './district.entity';
import { NonSchoolDay } from './non-school-day.entity';
import { SchoolYear } from './school-year.entity';
import { expandNonSchoolDays } from './non-school-days';
import type {
  CreateSchoolYearInput,
  NonSchoolDayInput,
  UpdateSchoolYearInput,
} from './school-year.inputs';
import type { SchoolYearObject } from './directory.objects';
import { toSchoolYear } from './conversions';
import { SchoolCalendarChanges } from './school-calendar-changes';

/**
 * A district's school calendars: the first and last instructional day of each school year
 * and its weekdays without school. School-day deadlines are counted on them.
 */
@Injectable()
export class SchoolYearService {
  constructor(private readonly changes: SchoolCalendarChanges) {}

  async create(scope: DataScope, input: CreateSchoolYearInput): Promise<SchoolYearObject> {
    const organizationId = scope.organizationId;
    await referencedRecord(scope, District, input.districtId, 'districtId', 'district');
    const year = { firstDay: input.firstDay, lastDay: input.lastDay };
    const problems = datesProblems(year);
    const expanded = problems.length
      ? { days: [], problems: [] }
      : expandNonSchoolDays(input.nonSchoolDays, year, 'nonSchoolDays');
    problems.push(...expanded.problems);
    if (!problems.length) {
      problems.push(...(await this.placeProblems(scope, input.districtId, input.label, year)));
    }
    if (problems.length) throw badUserInput(problems);

    const schoolYear = await this.saveYear(
      scope,
      scope.manager.create(SchoolYear, {
        organizationId,
        districtId: input.districtId,
        label: input.label.trim(),
        ...year,
      }),
    );
    await this.insertDays(scope, schoolYear.id, expanded.days);
    await this.changes.changed(scope, schoolYear.districtId);
    return toSchoolYear(schoolYear);
  }

  /**
   * Changes the label or the first and last day. Non-school days left outside a shortened
   * year are removed: a non-school day is always a weekday inside its year.
   */
  async update(
    scope: DataScope,
    id: string,
    input: UpdateSchoolYearInput,
  ): Promise<SchoolYearObject> {
    const schoolYear = await findRecord(scope, SchoolYear, id, 'School year');
    const label = input.label?.trim() || schoolYear.label;
    const year = {
      firstDay: input.firstDay ?? schoolYear.firstDay,
      lastDay: input.lastDay ?? schoolYear.lastDay,
    };
    const problems = datesProblems(year);
    if (!problems.length) {
      problems.push(
        ...(await this.placeProblems(scope, schoolYear.districtId, label, year, schoolYear.id)),
      );
    }
    if (problems.length) throw badUserInput(problems);

    Object.assign(schoolYear, { label, ...year });
    await this.saveYear(scope, schoolYear);
    const outside = (await this.days(scope, schoolYear.id)).filter(
      (day) => day.date < year.firstDay || day.date > year.lastDay,
    );
    if (outside.length) await scope.manager.remove(outside);
    await this.changes.changed(scope, schoolYear.districtId);
    return toSchoolYear(schoolYear);
  }

  /** Adds days without school; a date already on file takes the new label. */
  async addNonSchoolDays(
    scope: DataScope,
    schoolYearId: string,
    ranges: NonSchoolDayInput[],
  ): Promise<SchoolYearObject> {
    const schoolYear = await findRecord(scope, SchoolYear, schoolYearId, 'School year');
    const { days, problems } = expandNonSchoolDays(ranges, schoolYear, 'days');
    if (problems.length) throw badUserInput(problems);
    const existing = new Map((await this.days(scope, schoolYear.id)).map((day) => [day.date, day]));
    const relabeled = days.flatMap(({ date, label }) => {
      const day = existing.get(date);
      if (!day || day.label === label) return [];
      day.label = label;
      return [day];
    });
    if (relabeled.length) await scope.manager.save(relabeled);
    const added = days.filter(({ date }) => !existing.has(date));
    await this.insertDays(scope, schoolYear.id, added);
    await this.changes.changed(scope, schoolYear.districtId);
    return toSchoolYear(schoolYear);
  }

  /** Makes the dates school days again. Each must be a non-school day of this year. */
  async removeNonSchoolDays(
    scope: DataScope,
    schoolYearId: string,
    dates: string[],
  ): Promise<SchoolYearObject> {
    const schoolYear = await findRecord(scope, SchoolYear, schoolYearId, 'School year');
    const found = dates.length
      ? await scope.manager.findBy(NonSchoolDay, {
          schoolYearId: schoolYear.id,
          date: In(dates),
        })
      : [];
    const onFile = new Set(found.map((day) => day.date));
    const problems: FieldProblem[] = dates.flatMap((date, index) =>
      onFile.has(date)
        ? []
        : [
            {
              field: `dates.${index}`,
              message: `${date} is not a non-school day of ${schoolYear.label}`,
            },
          ],
    );
    if (problems.length) throw badUserInput(problems);
    if (found.length) await scope.manager.remove(found);
    await this.changes.changed(scope, schoolYear.districtId);
    return toSchoolYear(schoolYear);
  }

  async get(scope: DataScope, id: string): Promise<SchoolYearObject> {
    return toSchoolYear(await findRecord(scope, SchoolYear, id, 'School year'));
  }

  /** Deletes the school year and its non-school days, each audited. */
  async delete(scope: DataScope, id: string): Promise<SchoolYearObject> {
    const schoolYear = await findRecord(scope, SchoolYear, id, 'School year');
    const shown = toSchoolYear(schoolYear);
    const days = await this.days(scope, schoolYear.id);
    if (days.length) await scope.manager.remove(days);
    await scope.manager.remove(schoolYear);
    await this.changes.changed(scope, shown.districtId);
    return shown;
  }

  /**
   * Replaces a school year's dates and all its non-school days (the calendar import), or
   * creates it. Validation is the caller's.
   */
  async replace(
    scope: DataScope,
    existing: SchoolYear | null,
    values: { districtId: string; label: string; firstDay: string; lastDay: string },
    days: Array<{ date: string; label: string }>,
  ): Promise<SchoolYear> {
    const organizationId = scope.organizationId;
    let schoolYear: SchoolYear;
    if (existing) {
      const old = await this.days(scope, existing.id);
      if (old.length) await scope.manager.remove(old);
      schoolYear = await this.saveYear(scope, Object.assign(existing, values));
    } else {
      schoolYear = await this.saveYear(
        scope,
        scope.manager.create(SchoolYear, { organizationId, ...values }),
      );
    }
    await this.insertDays(scope, schoolYear.id, days);
    await this.changes.changed(scope, schoolYear.districtId);
    return schoolYear;
  }

  /**
   * Label taken, or dates overlapping another year of the district: a date must belong to
   * one school year, or school-day counts would depend on which one is read.
   */
  async placeProblems(
    scope: DataScope,
    districtId: string,
    label: string,
    year: { firstDay: string; lastDay: string },
    exceptId?: string,
  ): Promise<FieldProblem[]> {
    const others = await scope.manager.findBy(SchoolYear, {
      districtId,
      ...(exceptId ? { id: Not(exceptId) } : {}),
    });
    const problems: FieldProblem[] = [];
    if (others.some((other) => other.label === label.trim())) {
      problems.push({
        field: 'label',
        message: `the district already has a school year labelled ${label.trim()}`,
      });
    }
    const overlap = others.find(
      (other) => other.firstDay <= year.lastDay && other.lastDay >= year.firstDay,
    );
    if (overlap) {
      problems.push({
        field: 'firstDay',
        message: `overlaps school year ${overlap.label} (${overlap.firstDay} to ${overlap.lastDay})`,
      });
    }
    return problems;
  }

  private days(scope: DataScope, schoolYearId: string): Promise<NonSchoolDay[]> {
    return scope.manager.find(NonSchoolDay, { where: { schoolYearId }, order: { date: 'ASC' } });
  }

  private async insertDays(
    scope: DataScope,
    schoolYearId: string,
    days: Array<{ date: string; label: string }>,
  ): Promise<void> {
    const organizationId = scope.organizationId;
    if (!days.length) return;
    await scope.manager.save(
      days.map((day) =>
        scope.manager.create(NonSchoolDay, { organizationId, schoolYearId, ...day }),
      ),
    );
  }

  /** Two people adding the same label at once: the second is told, not given a 500. */
  private async saveYear(scope: DataScope, schoolYear: SchoolYear): Promise<SchoolYear> {
    try {
      return await scope.savepoint(() => scope.manager.save(schoolYear));
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_school_year_district_label')) {
        throw badUserInput([
          {
            field: 'label',
            message: `the district already has a school year labelled ${schoolYear.label}`,
          },
        ]);
      }
      throw error;
    }
  }
}

function datesProblems(year: { firstDay: string; lastDay: string }): FieldProblem[] {
  return year.lastDay < year.firstDay
    ? [{ field: 'lastDay', message: `must not be before the first day (${year.firstDay})` }]
    : [];
}
