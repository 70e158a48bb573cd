import { Injectable } from '@nestjs/common';
import { AttendanceEntry, AttendanceStatus } from '@onrecord/attendance';
import {
  builtInRules,
  endOfDay,
  type DeadlineResult,
  type RequestType,
  type RuleRecord,
  type TriggerType,
} from '@onrecord/deadlines';
import { Case, CasePlaces } from '@onrecord/cases';
import { District, SchoolCalendarService } from '@onrecord/directory';
import { organizationTimeZone } from '@onrecord/organizations';
import { type DataScope, referencedRecord } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { todayIn } from '@onrecord/platform/text';
import { requireTrigger } from './deadline-trigger';
import { deadlineAt, type DeadlinePlace, type DeadlineQuery } from './deadline-place';
import { WrittenRequestStatus } from '../written-requests/written-request.enums';
import { type DeadlineMove } from './request-deadline.conversions';
import { WrittenRequest } from '../written-requests/written-request.entity';
import { organizationRules } from './deadline-rule.rules';
import { RequestChanges } from '../request-changes';

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

/**
 * Gathers the deadline engine's input for a request (jurisdiction, time zone and calendar of
 * the district of the case's student's school; the rules; the type, trigger and trigger
 * date), runs it, and stores the result on the request. An override wins and is never
 * recomputed away.
 */
@Injectable()
export class RequestDeadlineService {
  constructor(
    private readonly changes: RequestChanges,
    private readonly places: CasePlaces,
    private readonly calendars: SchoolCalendarService,
  ) {}

  /** The district of the case's student's school, its time zone and its calendar. */
  async placeOf(scope: DataScope, caseId: string): Promise<DeadlinePlace> {
    const place = await this.places.of(scope, caseId);
    if (!place.district) return this.placeOfState(scope, null);
    return this.withRules(scope, place, place.studentId);
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
    const place = {
      district: { id: district.id, name: district.name },
      jurisdiction: district.state,
      timeZone: district.timeZone,
      calendar: await this.calendars.calendarOf(scope, district.id),
    };
    return this.withRules(scope, place, studentId);
  }

  /** No district: a state's rules (or the federal ones), in the organization's time zone. */
  async placeOfState(scope: DataScope, state: string | null): Promise<DeadlinePlace> {
    return {
      district: null,
      jurisdiction: state,
      timeZone: await organizationTimeZone(scope),
      calendar: { years: [] },
      rules: await organizationRules(scope),
    };
  }

  /** The organization's rules, which travel with the place so every computation uses them. */
  private async withRules(
    scope: DataScope,
    place: Pick<DeadlinePlace, 'district' | 'jurisdiction' | 'timeZone' | 'calendar'>,
    studentId: string | null,
  ): Promise<DeadlinePlace> {
    const rules = await organizationRules(scope);
    const counted = studentId && place.jurisdiction && countsAbsences(rules, place.jurisdiction);
    return {
      district: place.district,
      jurisdiction: place.jurisdiction,
      timeZone: place.timeZone,
      calendar: place.calendar,
      rules,
      absences: counted ? await this.absencesOf(scope, studentId) : undefined,
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
    const jurisdiction = place.jurisdiction;
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
    return deadlineAt(place, query);
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
   */
  async recomputeDeadlinesForDistrict(scope: DataScope, districtId: string): Promise<number> {
    const requests = await scope.manager
      .createQueryBuilder(WrittenRequest, 'r')
      .innerJoin('case_place', 'place', 'place.case_id = r.case_id')
      .where('place.district_id = :districtId', { districtId })
      .andWhere('r.status <> :draft', { draft: WrittenRequestStatus.DRAFT })
      .andWhere('r.received_on IS NOT NULL')
      // Locked in id order before any is changed: two recounts of one district (two calendar
      // changes at once) take turns, and a change to one of its requests waits or goes first.
      .orderBy('r.id')
      .setLock('for_no_key_update', undefined, ['r'])
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
      // Locked in id order, as the district's recount does.
      .orderBy('r.id')
      .setLock('for_no_key_update', undefined, ['r'])
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
