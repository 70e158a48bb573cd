import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  builtInRules,
  computeDeadline,
  endOfDay,
  type DeadlineResult,
  type RequestType,
  type RuleRecord,
  type SchoolCalendar,
  type TriggerType,
} from '@onrecord/deadlines';
import { Case } from '@onrecord/cases';
import { District, NonSchoolDay, School, SchoolYear } from '@onrecord/directory';
import { Student } from '@onrecord/families';
import { Organization } from '@onrecord/organizations';
import type { DataScope } from '@onrecord/platform/database';
import { notFound } from '@onrecord/platform/graphql';
import { WrittenRequestStatus } from './request-enums';
import { WrittenRequest } from './written-request.entity';
import { organizationRules } from './deadline-rule.rules';
import { RequestChanges } from './request-changes';

/** Where a case's deadlines are counted: its student's school's district, if any. */
export interface DeadlinePlace {
  /** The district, or null when the student has no school (federal rules, org time zone). */
  district: District | null;
  timeZone: string;
  calendar: SchoolCalendar;
  /**
   * The organization's rules (deadline-rule.rules.ts: built-in merged with its overrides, its
   * settings' soft default on rules with no fixed period). Absent: the built-in rules.
   */
  rules?: readonly RuleRecord[];
}

/** What a deadline is computed from, besides the place. */
export interface DeadlineQuery {
  caseId: string;
  type: string;
  trigger: string;
  /** The trigger date: usually the day the school received the request. */
  receivedOn: string;
}

export interface ComputedDeadline {
  result: DeadlineResult;
  timeZone: string;
}

const NO_DISTRICT_NOTE =
  "The student has no school on record, so no district: the federal rule applies, counted in the organization's time zone with no school calendar.";

/**
 * Gathers the deadline engine's input for a request (jurisdiction, time zone and calendar of
 * the district of the case's student's school; the rules; the type, trigger and trigger
 * date), runs it, and stores the result on the request. An override wins and is never
 * recomputed away.
 */
@Injectable()
export class RequestDeadlineService {
  constructor(private readonly changes: RequestChanges) {}

  /** The district of the case's student's school, its time zone and its calendar. */
  async placeOf(scope: DataScope, caseId: string): Promise<DeadlinePlace> {
    const found = await scope.manager.findOneBy(Case, { id: caseId });
    if (!found) throw notFound('Case');
    // The organization's rules travel with the place, so every computation below uses them.
    const rules = await organizationRules(scope, found.organizationId);
    const student = await scope.manager.findOneBy(Student, { id: found.studentId });
    const school = student?.schoolId
      ? await scope.manager.findOneBy(School, { id: student.schoolId })
      : null;
    const district = school
      ? await scope.manager.findOneBy(District, { id: school.districtId })
      : null;
    if (district) {
      return {
        district,
        timeZone: district.timeZone,
        calendar: await this.calendarOf(scope, district.id),
        rules,
      };
    }
    const organization = await scope.manager.findOne(Organization, {
      where: { id: found.organizationId },
      select: { id: true, timeZone: true },
    });
    return {
      district: null,
      timeZone: organization?.timeZone ?? 'UTC',
      calendar: { years: [] },
      rules,
    };
  }

  /** Every school year of the district with its non-school days, oldest first. */
  async calendarOf(scope: DataScope, districtId: string): Promise<SchoolCalendar> {
    const years = await scope.manager.find(SchoolYear, {
      where: { districtId },
      order: { firstDay: 'ASC' },
    });
    const days = years.length
      ? await scope.manager.find(NonSchoolDay, {
          where: { schoolYearId: In(years.map((y) => y.id)) },
          order: { date: 'ASC' },
        })
      : [];
    return {
      years: years.map((year) => ({
        firstDay: year.firstDay,
        lastDay: year.lastDay,
        nonSchoolDays: days
          .filter((day) => day.schoolYearId === year.id)
          .map((day) => ({ date: day.date, label: day.label })),
      })),
    };
  }

  /** What the deadline is (or would be), without saving anything. */
  async compute(scope: DataScope, query: DeadlineQuery): Promise<ComputedDeadline> {
    const place = await this.placeOf(scope, query.caseId);
    return { result: this.computeAt(place, query), timeZone: place.timeZone };
  }

  computeAt(place: DeadlinePlace, query: Omit<DeadlineQuery, 'caseId'>): DeadlineResult {
    const result = computeDeadline({
      // The organization's rules (placeOf), or the built-in ones for a place built by hand.
      rules: place.rules ?? builtInRules,
      jurisdiction: place.district?.state.trim() ?? null,
      requestType: query.type as RequestType,
      trigger: query.trigger as TriggerType,
      timeZone: place.timeZone,
      calendar: place.calendar,
      triggeredAt: { date: query.receivedOn },
    });
    if (place.district) return result;
    return {
      ...result,
      jurisdiction: {
        ...result.jurisdiction,
        fellBackToFederal: true,
        reason: result.jurisdiction.reason ?? NO_DISTRICT_NOTE,
      },
      notes: [NO_DISTRICT_NOTE, ...result.notes],
    };
  }

  /**
   * Computes and stores the request's deadline (without saving the row). A draft, or a
   * request with no trigger date, has none. An override keeps its date.
   */
  async refresh(scope: DataScope, request: WrittenRequest, place?: DeadlinePlace): Promise<void> {
    if (request.status === WrittenRequestStatus.DRAFT || !request.receivedOn) {
      request.deadline = null;
      request.deadlineRuleId = null;
      request.dueOn = request.dueAt = request.latestDueAt = null;
      return;
    }
    const at = place ?? (await this.placeOf(scope, request.caseId));
    const result = this.computeAt(at, {
      type: request.type,
      trigger: request.trigger,
      receivedOn: request.receivedOn,
    });
    request.deadline = result as unknown as Record<string, unknown>;
    request.deadlineRuleId = result.ruleId;
    this.applyDates(request, at.timeZone);
  }

  /** The stored due columns: the override's day when set, else the engine's readings. */
  applyDates(request: WrittenRequest, timeZone: string): void {
    const result = request.deadline as DeadlineResult | null;
    if (request.overrideDueOn) {
      request.dueOn = request.overrideDueOn;
      request.dueAt = request.latestDueAt = endOfDay(request.overrideDueOn, timeZone);
      return;
    }
    request.dueOn = result?.dueDate ?? null;
    request.dueAt = result?.dueInstant ? new Date(result.dueInstant) : null;
    const latest = result?.latest?.dueInstant ?? result?.dueInstant ?? null;
    request.latestDueAt = latest ? new Date(latest) : null;
  }

  /**
   * Recomputes the deadlines of the district's sent requests, e.g. after its calendar
   * changed. Overrides keep their dates. Returns how many requests were saved.
   * (Not yet called by the calendar services: they are another lib's.)
   */
  async recomputeDeadlinesForDistrict(scope: DataScope, districtId: string): Promise<number> {
    const requests = await scope.manager
      .createQueryBuilder(WrittenRequest, 'r')
      .innerJoin(Case, 'c', 'c.id = r.case_id')
      .innerJoin(Student, 's', 's.id = c.student_id')
      .innerJoin(School, 'school', 'school.id = s.school_id')
      .where('school.district_id = :districtId', { districtId })
      .andWhere('r.status <> :draft', { draft: WrittenRequestStatus.DRAFT })
      .andWhere('r.received_on IS NOT NULL')
      .getMany();
    const first = requests[0];
    if (!first) return 0;
    // Every request found is of a case in this district: one place for all.
    const place = await this.placeOf(scope, first.caseId);
    for (const request of requests) await this.refresh(scope, request, place);
    await scope.manager.save(requests);
    // Deadlines moved: so do the follow-ups owed on them.
    for (const request of requests) await this.changes.changed(scope, request.id);
    return requests.length;
  }
}
