import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AttendanceEntry, AttendanceStatus } from '@onrecord/attendance';
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
import { type DataScope, referencedRecord } from '@onrecord/platform/database';
import { badUserInput, notFound } from '@onrecord/platform/errors';
import { todayIn } from '@onrecord/platform/graphql';
import { requireTrigger } from './deadline-trigger';
import { WrittenRequestStatus } from '../written-requests/written-request.enums';
import { type DeadlineMove } from './request-deadline.conversions';
import { WrittenRequest } from '../written-requests/written-request.entity';
import { organizationRules } from './deadline-rule.rules';
import { RequestChanges } from '../request-changes';

/** Where a case's deadlines are counted: its student's school's district, if any. */
export interface DeadlinePlace {
  /** The district, or null when the student has no school (federal rules, org time zone). */
  district: District | null;
  /** Without a district: a state to take the rules from (a preview on an intake call). */
  state?: string | null;
  timeZone: string;
  calendar: SchoolCalendar;
  /**
   * The organization's rules (deadline-rule.rules.ts: built-in merged with its overrides, its
   * settings' soft default on rules with no fixed period). Absent: the built-in rules.
   */
  rules?: readonly RuleRecord[];
  /**
   * The student's full days absent, when a rule of the district's state counts them (TX TEC
   * 29.004(a)(1)); absent otherwise.
   */
  absences?: readonly string[];
}

/** What a deadline is computed from, besides the place. */
export interface DeadlineQuery {
  caseId: string;
  type: string;
  trigger: string;
  /** The trigger date: usually the day the school received the request. */
  receivedOn: string;
}

/**
 * Where a request not yet made would go (exactly one of a case, a district or a state), and
 * what it asks: the `deadlinePreview` query's input (written-requests/written-request.inputs.ts)
 * is one; declared here so the bottom layer does not import the written request's inputs.
 */
export interface DeadlinePreviewQuery {
  caseId?: string;
  districtId?: string;
  state?: string;
  type: string;
  trigger?: TriggerType;
  receivedOn?: string;
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
    const student = await scope.manager.findOneBy(Student, { id: found.studentId });
    const school = student?.schoolId
      ? await scope.manager.findOneBy(School, { id: student.schoolId })
      : null;
    const district = school
      ? await scope.manager.findOneBy(District, { id: school.districtId })
      : null;
    if (district) return this.placeOfDistrict(scope, district, found.studentId);
    return this.placeOfState(scope, null);
  }

  /**
   * A district's place: its state's rules, time zone and calendar, and the student's
   * absences when a rule of the state counts them.
   */
  async placeOfDistrict(
    scope: DataScope,
    district: District,
    studentId: string | null,
  ): Promise<DeadlinePlace> {
    // The organization's rules travel with the place, so every computation below uses them.
    const rules = await organizationRules(scope);
    return {
      district,
      timeZone: district.timeZone,
      calendar: await this.calendarOf(scope, district.id),
      rules,
      absences:
        studentId && countsAbsences(rules, district.state)
          ? await this.absencesOf(scope, studentId)
          : undefined,
    };
  }

  /** No district: a state's rules (or the federal ones), in the organization's time zone. */
  async placeOfState(scope: DataScope, state: string | null): Promise<DeadlinePlace> {
    const organizationId = scope.organizationId;
    const rules = await organizationRules(scope);
    const organization = await scope.manager.findOne(Organization, {
      where: { id: organizationId },
      select: { id: true, timeZone: true },
    });
    return {
      district: null,
      state,
      timeZone: organization?.timeZone ?? 'UTC',
      calendar: { years: [] },
      rules,
    };
  }

  /**
   * The student's days recorded ABSENT (a whole day missed). TEA counts a student absent who
   * is not there at the official attendance-taking time; a PARTIAL or TARDY day is not
   * counted, since the record does not say whether that time was missed.
   */
  async absencesOf(scope: DataScope, studentId: string): Promise<string[]> {
    const rows = await scope.manager.find(AttendanceEntry, {
      where: { studentId, status: AttendanceStatus.ABSENT },
      select: { id: true, date: true },
      order: { date: 'ASC' },
    });
    return rows.map((row) => row.date);
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

  /**
   * "If we send it today, when must they answer?": the deadline of a request not yet made,
   * from a case, a district, or only a state (exactly one), received on the day given or
   * today where it goes. The trigger is required where the type's rules have several.
   */
  async preview(scope: DataScope, input: DeadlinePreviewQuery): Promise<DeadlineResult> {
    const given = [input.caseId, input.districtId, input.state].filter((x) => x !== undefined);
    if (given.length !== 1) {
      throw badUserInput([
        {
          field: 'caseId',
          message: 'give exactly one of caseId, districtId or state: where the request would go',
        },
      ]);
    }
    let place: DeadlinePlace;
    if (input.caseId) {
      await referencedRecord(scope, Case, input.caseId, 'caseId', 'case');
      place = await this.placeOf(scope, input.caseId);
    } else if (input.districtId) {
      const district = await referencedRecord(
        scope,
        District,
        input.districtId,
        'districtId',
        'district',
      );
      place = await this.placeOfDistrict(scope, district, null);
    } else {
      place = await this.placeOfState(scope, (input.state ?? '').toUpperCase());
    }
    const jurisdiction = place.district?.state ?? place.state ?? null;
    const trigger = requireTrigger(
      place.rules ?? builtInRules,
      jurisdiction,
      input.type as RequestType,
      input.trigger,
    );
    return this.computeAt(place, {
      type: input.type,
      trigger,
      receivedOn: input.receivedOn ?? todayIn(place.timeZone),
    });
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
      jurisdiction: place.district?.state.trim() ?? place.state ?? null,
      requestType: query.type as RequestType,
      trigger: query.trigger as TriggerType,
      timeZone: place.timeZone,
      calendar: place.calendar,
      triggeredAt: { date: query.receivedOn },
      absences: place.absences,
    });
    if (place.district) return result;
    if (place.state) {
      const note = `Only a state was given: counted in the organization's time zone (${place.timeZone}) with no school calendar.`;
      return { ...result, notes: [note, ...result.notes] };
    }
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
  async refresh(
    scope: DataScope,
    request: WrittenRequest,
    place?: DeadlinePlace,
    because?: string,
  ): Promise<void> {
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
    const before = request.deadline as (DeadlineResult & { lastMove?: DeadlineMove }) | null;
    // Say what moved, and why, when a recomputation moves the rule's day (a calendar added
    // to a provisional date, absences logged); otherwise keep the last move said.
    const lastMove: DeadlineMove | undefined =
      because && before && before.dueDate !== result.dueDate
        ? {
            from: before.dueDate,
            to: result.dueDate,
            fromProvisional: !!before.provisional,
            because,
          }
        : before?.lastMove;
    request.deadline = { ...result, ...(lastMove ? { lastMove } : {}) } as unknown as Record<
      string,
      unknown
    >;
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
    for (const request of requests) {
      await this.refresh(scope, request, place, 'the school calendar changed');
    }
    await scope.manager.save(requests);
    // Deadlines moved: so do the follow-ups owed on them.
    for (const request of requests) await this.changes.changed(scope, request.id);
    return requests.length;
  }

  /**
   * Recomputes the student's sent requests whose rule counts absences, after the student's
   * attendance changed. Returns how many were saved.
   */
  async recomputeAbsenceDeadlines(scope: DataScope, studentId: string): Promise<number> {
    const ruleIds = builtInRules.filter((r) => r.absenceExtension).map((r) => r.id);
    const requests = await scope.manager
      .createQueryBuilder(WrittenRequest, 'r')
      .innerJoin(Case, 'c', 'c.id = r.case_id')
      .where('c.student_id = :studentId', { studentId })
      .andWhere('r.status <> :draft', { draft: WrittenRequestStatus.DRAFT })
      .andWhere('r.received_on IS NOT NULL')
      .andWhere('r.deadline_rule_id IN (:...ruleIds)', { ruleIds })
      .getMany();
    const first = requests[0];
    if (!first) return 0;
    // One student, so one school and district: one place for all.
    const place = await this.placeOf(scope, first.caseId);
    for (const request of requests) {
      await this.refresh(scope, request, place, "the student's attendance changed");
    }
    await scope.manager.save(requests);
    for (const request of requests) await this.changes.changed(scope, request.id);
    return requests.length;
  }
}

/** Whether a rule of the state's table (or the federal one) is extended by absences. */
function countsAbsences(rules: readonly RuleRecord[], state: string): boolean {
  const code = state.trim().toUpperCase();
  return rules.some(
    (r) => r.enabled && r.absenceExtension && (r.jurisdiction === code || r.jurisdiction === 'US'),
  );
}
