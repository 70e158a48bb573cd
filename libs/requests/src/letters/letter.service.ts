import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { User } from '@onrecord/accounts';
import { Case } from '@onrecord/cases';
import { School, SchoolContact } from '@onrecord/directory';
import { Family, Guardian, Student } from '@onrecord/families';
import { Organization } from '@onrecord/organizations';
import { type DataScope, referencedRecord } from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { todayIn } from '@onrecord/platform/text';
import { joinNames, longDate } from '@onrecord/platform/text';
import { readerCitation, readerDuty, type DeadlineResult } from '@onrecord/deadlines';
import { WrittenRequestType } from '../written-requests/written-request.enums';
import { LetterTemplate } from './letter-template.entity';
import { DEFAULT_LETTERS, REQUEST_TYPE_LABELS } from './letter-defaults';
import { renderTemplate, templateProblems, type MergeValues } from './letter-merge';
import type { DraftLetterObject, LetterTemplateObject } from './letter.objects';
import type { LetterTemplateInput } from './letter.inputs';
import { RequestDeadlineService } from '../deadlines/request-deadline.service';
import { toRequestDeadline } from '../deadlines/request-deadline.conversions';

/** What a letter is drafted for: a new request of a case. */
export interface LetterDraftQuery {
  caseId: string;
  type: WrittenRequestType;
  recipientIds?: readonly string[] | null;
  reason?: string | null;
  /** When the school will receive it (the deadline's trigger date); default today. */
  receivedOn?: string | null;
  trigger?: string | null;
  /** The guardians the letter is written for; default every guardian of the family on file. */
  guardianIds?: readonly string[] | null;
  /** Words to fill instead of the saved template (checked like a template saved). */
  template?: { subject: string; body: string } | null;
}

/** A date of birth as a letter writes it: "March 4, 2013" (no weekday). */
const birthDate = (day: string): string =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

const UNITS: Record<string, [string, string]> = {
  CALENDAR_DAYS: ['calendar day', 'calendar days'],
  BUSINESS_DAYS: ['business day', 'business days'],
  SCHOOL_DAYS: ['school day', 'school days'],
  SCHOOL_WORKING_DAYS: ['school working day', 'school working days'],
  HOURS: ['hour', 'hours'],
};

/** The bases under which the due day is the law's (or the organization's own rule's). */
const RULE_BASES = new Set(['RULE', 'ORGANIZATION_RULE']);

/**
 * Letter templates (the organization's own, else the built-in default per request type) and
 * drafting: a new request's letter rendered with the case's facts and the deadline the
 * preview computes. What is rendered is stored on the request, and frozen once sent by the
 * request service, so a later edit of a template never changes a letter on file.
 */
@Injectable()
export class LetterService {
  constructor(private readonly deadlines: RequestDeadlineService) {}

  /** Every request type, in the enum's order: the organization's letter or the default. */
  async list(scope: DataScope): Promise<LetterTemplateObject[]> {
    const own = await scope.manager.find(LetterTemplate, {});
    const byType = new Map(own.map((t) => [t.requestType, t]));
    return Object.values(WrittenRequestType).map((type) => toTemplate(type, byType.get(type)));
  }

  async get(scope: DataScope, type: WrittenRequestType): Promise<LetterTemplateObject> {
    return toTemplate(type, await this.own(scope, type));
  }

  /** Saves the organization's letter for the type; unknown merge fields are refused. */
  async update(
    scope: DataScope,
    principal: MemberPrincipal,
    type: WrittenRequestType,
    input: LetterTemplateInput,
  ): Promise<LetterTemplateObject> {
    const problems: FieldProblem[] = (['subject', 'body'] as const).flatMap((field) =>
      templateProblems(input[field]).map((message) => ({ field, message })),
    );
    if (problems.length) throw badUserInput(problems);
    const record =
      (await this.own(scope, type)) ??
      scope.manager.create(LetterTemplate, {
        organizationId: principal.organizationId,
        requestType: type,
      });
    record.subject = input.subject;
    record.body = input.body;
    return toTemplate(type, await scope.manager.save(record));
  }

  /** Back to the built-in letter: the organization's own is deleted. */
  async reset(scope: DataScope, type: WrittenRequestType): Promise<LetterTemplateObject> {
    const own = await this.own(scope, type);
    if (own) await scope.manager.remove(own);
    return toTemplate(type, undefined);
  }

  /**
   * A new request's subject and body. The case (`caseId`) and recipients
   * (`recipientIds.N`) must be the organization's: BAD_USER_INPUT otherwise.
   */
  async draft(
    scope: DataScope,
    principal: MemberPrincipal,
    query: LetterDraftQuery,
  ): Promise<DraftLetterObject> {
    if (query.template) {
      const words = query.template;
      const problems: FieldProblem[] = (['subject', 'body'] as const).flatMap((field) =>
        templateProblems(words[field]).map((message) => ({ field: `template.${field}`, message })),
      );
      if (problems.length) throw badUserInput(problems);
    }
    const found = await referencedRecord(scope, Case, query.caseId, 'caseId', 'case');
    const recipients: SchoolContact[] = [];
    for (const [index, id] of (query.recipientIds ?? []).entries()) {
      recipients.push(
        await referencedRecord(scope, SchoolContact, id, `recipientIds.${index}`, 'school contact'),
      );
    }
    const place = await this.deadlines.placeOf(scope, found.id);
    const today = todayIn(place.timeZone);
    const result = this.deadlines.computeAt(place, {
      type: query.type,
      trigger: query.trigger ?? 'WRITTEN_REQUEST_RECEIVED',
      receivedOn: query.receivedOn ?? today,
    });
    const student = await scope.manager.findOneBy(Student, { id: found.studentId });
    const school = student?.schoolId
      ? await scope.manager.findOneBy(School, { id: student.schoolId })
      : null;
    const family = await scope.manager.findOneBy(Family, { id: found.familyId });
    const guardians = await this.guardiansFor(scope, found.familyId, query.guardianIds);
    const advocate = await scope.manager.findOneBy(User, { id: principal.userId });
    const organization = await scope.manager.findOneBy(Organization, {
      id: principal.organizationId,
    });
    const values: MergeValues = {
      'student.name': student?.name,
      'student.grade': student?.grade,
      'student.dateOfBirth': student?.dateOfBirth ? birthDate(student.dateOfBirth) : null,
      'student.schoolStudentId': student?.schoolStudentId,
      'school.name': school?.name,
      'district.name': place.district?.name,
      'family.householdName': family?.householdName,
      'guardian.name': guardians.length ? joinNames(guardians.map((g) => g.name)) : null,
      recipients: joinNames(recipients.map((r) => r.name)),
      today: longDate(today),
      'request.type': REQUEST_TYPE_LABELS[query.type],
      'request.reason': query.reason,
      ...deadlineValues(result),
      'advocate.name': advocate?.name,
      'organization.name': organization?.name,
    };
    const template = query.template ?? (await this.get(scope, query.type));
    const missing = new Set<string>();
    return {
      subject: renderTemplate(template.subject, values, missing),
      body: renderTemplate(template.body, values, missing),
      missingFields: [...missing],
      deadline: toRequestDeadline(result),
    };
  }

  /**
   * The guardians a letter is written for: the ones named (each a guardian of the case's
   * family, BAD_USER_INPUT on `guardianIds.N` otherwise), else every guardian on file.
   */
  private async guardiansFor(
    scope: DataScope,
    familyId: string,
    ids: readonly string[] | null | undefined,
  ): Promise<Guardian[]> {
    if (!ids?.length)
      return scope.manager.find(Guardian, {
        where: { familyId, archivedAt: IsNull() },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
    const chosen: Guardian[] = [];
    for (const [index, id] of ids.entries()) {
      const field = `guardianIds.${index}`;
      const guardian = await referencedRecord(scope, Guardian, id, field, 'guardian');
      if (guardian.familyId !== familyId)
        throw badUserInput([{ field, message: "is not a guardian of the case's family" }]);
      chosen.push(guardian);
    }
    return chosen;
  }

  private own(scope: DataScope, type: WrittenRequestType): Promise<LetterTemplate | null> {
    return scope.manager.findOneBy(LetterTemplate, { requestType: type });
  }
}

/** The deadline's fields: the due day and period only when a rule (not a default) sets them. */
export function deadlineValues(result: DeadlineResult): MergeValues {
  const byRule = RULE_BASES.has(result.basis);
  const unit = result.unit ? UNITS[result.unit] : undefined;
  const period =
    byRule && result.period !== null && unit
      ? `${result.period} ${result.period === 1 ? unit[0] : unit[1]}`
      : null;
  const dueOn = result.dueDate ? longDate(result.dueDate) : null;
  return {
    'deadline.dueOn': byRule ? dueOn : null,
    'deadline.period': period,
    'deadline.citation': readerCitation(result),
    'deadline.rule': readerDuty(result),
    'deadline.respondBy': dueOn,
  };
}

function toTemplate(
  type: WrittenRequestType,
  own: LetterTemplate | undefined | null,
): LetterTemplateObject {
  const text = own ?? DEFAULT_LETTERS[type];
  return {
    requestType: type,
    subject: text.subject,
    body: text.body,
    isDefault: !own,
    updatedAt: own?.updatedAt ?? null,
  };
}
