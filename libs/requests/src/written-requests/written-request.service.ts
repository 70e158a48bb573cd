import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { Case } from '@onrecord/cases';
import { builtInRules } from '@onrecord/deadlines';
import { District, School, SchoolContact } from '@onrecord/directory';
import { Student } from '@onrecord/families';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { todayIn } from '@onrecord/platform/text';
import { badUserInput, conflict, type FieldProblem } from '@onrecord/platform/errors';
import {
  decodeCursor,
  isTimestamp,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { DeliveryChannel, WrittenRequestStatus } from './written-request.enums';
import { requireTrigger } from '../deadlines/deadline-trigger';
import { RequestAttachment } from './request-attachment.entity';
import { RequestRecipient } from './request-recipient.entity';
import { RequestDeadlineService } from '../deadlines/request-deadline.service';
import { RequestChanges } from '../request-changes';
import { LetterService } from '../letters/letter.service';
import { assignedTo } from '../assigned-to';
import { WrittenRequest } from './written-request.entity';
import { letterProblems, requestLetterMessageId } from './request-letter';
import type {
  CreateWrittenRequestInput,
  OverrideDeadlineInput,
  RequestAttachmentInput,
  SendWrittenRequestInput,
  UpdateWrittenRequestInput,
  WrittenRequestFilter,
} from './written-request.inputs';
import type { WrittenRequestObject } from './written-request.objects';
import { toWrittenRequest } from './written-request.conversions';
import { isDraft, requestTransitionProblem } from './written-request-status';
import {
  keysetAfter,
  keysetOrder,
  requestSortValue,
  type RequestQuery,
} from './written-request.keyset';

const { DRAFT, SENT, RESPONDED, PARTIALLY_RESPONDED, CLOSED, WITHDRAWN } = WrittenRequestStatus;

/** Fields of a draft's letter: fixed once sent, because what was sent is what the record shows. */
const LETTER_FIELDS = ['type', 'subject', 'body', 'attachments'] as const;

/**
 * Written requests: drafted, sent (the deadline is computed), corrected, withdrawn, closed,
 * archived, deleted. Responses mark them RESPONDED through `markResponded`.
 */
@Injectable()
export class WrittenRequestService {
  constructor(
    private readonly deadlines: RequestDeadlineService,
    // Letters (letters/letter.service.ts), the one change made here for them: with no body
    // given, `create` renders the organization's letter for the type (the reason, which this
    // input lacks, stays a visible placeholder), so a request always has its letter; `update`
    // freezes the body once sent (LETTER_FIELDS).
    private readonly letters: LetterService,
    // What follow-ups are owed depends on the request: every change below that can alter it
    // (sent, answered, withdrawn, closed, archived, deadline moved) is announced in the
    // same transaction (saveAndAnnounce).
    private readonly changes: RequestChanges,
    // The Message-ID of a request OnRecord emails is derived from the platform's sender.
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get(scope: DataScope, id: string): Promise<WrittenRequest> {
    return findRecord(scope, WrittenRequest, id, 'Written request');
  }

  /**
   * The request, locked before anything else is changed: every change to a request (and the
   * follow-up plan made in the same transaction) takes its row first, so changes to one
   * request take turns instead of deadlocking over the rows each touched before.
   */
  private getForChange(scope: DataScope, id: string): Promise<WrittenRequest> {
    return findRecord(scope, WrittenRequest, id, 'Written request', 'FOR_CHANGE');
  }

  async create(
    scope: DataScope,
    principal: MemberPrincipal,
    input: CreateWrittenRequestInput,
  ): Promise<WrittenRequest> {
    const found = await referencedRecord(scope, Case, input.caseId, 'caseId', 'case');
    const recipientNote = input.recipientNote ?? '';
    await this.checkRecipients(scope, found, input.recipientIds, recipientNote);
    const place = await this.deadlines.placeOf(scope, found.id);
    const trigger = requireTrigger(
      place.rules ?? builtInRules,
      place.jurisdiction,
      input.type,
      input.trigger,
    );
    const body = input.body ?? (await this.letters.draft(scope, principal, input)).body;
    const record = await scope.manager.save(
      scope.manager.create(WrittenRequest, {
        organizationId: principal.organizationId,
        caseId: found.id,
        type: input.type,
        trigger,
        subject: input.subject,
        body,
        channel: null,
        status: DRAFT,
        sentOn: null,
        receivedOn: null,
        recipientNote,
        deadlineRuleId: null,
        dueOn: null,
        dueAt: null,
        latestDueAt: null,
        deadline: null,
        overrideDueOn: null,
        overrideReason: null,
        overriddenByUserId: null,
        closedOn: null,
        createdByUserId: principal.userId,
        archivedAt: null,
      }),
    );
    await this.replaceRecipients(scope, record, input.recipientIds);
    await this.replaceAttachments(scope, record, input.attachments ?? []);
    return record;
  }

  /**
   * A draft: anything. Once sent: the trigger, the date the school received it and the
   * recipients (corrections), and the deadline is recomputed.
   */
  async update(
    scope: DataScope,
    id: string,
    input: UpdateWrittenRequestInput,
  ): Promise<WrittenRequest> {
    const record = await this.getForChange(scope, id);
    const draft = isDraft(record.status);
    if (!draft) {
      const fixed: FieldProblem[] = LETTER_FIELDS.filter(
        (field) => input[field] !== undefined && input[field] !== null,
      ).map((field) => ({
        field,
        message: `cannot change once the request is ${record.status}: what was sent is what the record shows`,
      }));
      if (fixed.length) throw badUserInput(fixed);
    } else if (input.receivedOn) {
      throw badUserInput([
        { field: 'receivedOn', message: 'is given when the request is sent (sendWrittenRequest)' },
      ]);
    }
    const found = await scope.manager.findOneByOrFail(Case, { id: record.caseId });
    if (input.recipientIds || (input.recipientNote !== undefined && input.recipientNote !== null)) {
      const recipientIds = input.recipientIds ?? (await this.recipientIds(scope, record.id));
      const note = input.recipientNote ?? record.recipientNote;
      await this.checkRecipients(scope, found, recipientIds, note);
      record.recipientNote = note;
      if (input.recipientIds) await this.replaceRecipients(scope, record, input.recipientIds);
    }
    if (input.type) record.type = input.type;
    if (input.subject) record.subject = input.subject;
    if (input.body !== undefined && input.body !== null) record.body = input.body;
    if (input.trigger) record.trigger = input.trigger;
    if (input.receivedOn) {
      if (record.sentOn && input.receivedOn < record.sentOn) {
        throw badUserInput([
          {
            field: 'receivedOn',
            message: `cannot be before the request was sent (${record.sentOn})`,
          },
        ]);
      }
      record.receivedOn = input.receivedOn;
    }
    if (input.attachments) await this.replaceAttachments(scope, record, input.attachments);
    if (!draft) {
      await this.deadlines.refresh(scope, record, undefined, 'the request was corrected');
    }
    return this.saveAndAnnounce(scope, record);
  }

  /** DRAFT → SENT: the dates are checked and the deadline computed from receivedOn. */
  async send(
    scope: DataScope,
    id: string,
    input: SendWrittenRequestInput,
  ): Promise<WrittenRequest> {
    const record = await this.getForChange(scope, id);
    this.checkMove(record, SENT);
    if (input.channel === DeliveryChannel.LETTER && !input.receivedOn) {
      throw badUserInput([
        {
          field: 'receivedOn',
          message:
            'is required for a LETTER: the deadline counts from the day the school received it, which is days after posting (use the delivery confirmation)',
        },
      ]);
    }
    const receivedOn = input.receivedOn ?? input.sentOn;
    const place = await this.deadlines.placeOf(scope, record.caseId);
    const problems: FieldProblem[] = [];
    const today = todayIn(place.timeZone);
    // A request sent before the case was opened is allowed: families often wrote to the
    // school before they found an advocate, and those letters are the start of the record.
    if (input.sentOn > today)
      problems.push({ field: 'sentOn', message: 'cannot be in the future' });
    if (receivedOn < input.sentOn) {
      problems.push({
        field: 'receivedOn',
        message: `cannot be before the request was sent (${input.sentOn})`,
      });
    } else if (receivedOn > today) {
      problems.push({ field: 'receivedOn', message: 'cannot be in the future' });
    }
    if (problems.length) throw badUserInput(problems);
    record.status = SENT;
    record.sentOn = input.sentOn;
    record.channel = input.channel;
    record.receivedOn = receivedOn;
    record.emailMessageId = input.emailMessageId?.trim() || null;
    await this.deadlines.refresh(scope, record, place);
    return this.saveAndAnnounce(scope, record);
  }

  /**
   * DRAFT → SENT, emailed by OnRecord now: to the school contacts it is addressed to (each
   * must have an address), the family's guardians copied when asked, from the advocate's name
   * at the organization's sending address. Sent and received today (an email arrives the day
   * it is sent), so the deadline counts from today. The letter itself goes out as a follow-up
   * of kind REQUEST_LETTER (libs/follow-ups): the worker sends it at most once, a failure
   * shows on the advocate's Today list with retry and "send to another contact", and every
   * follow-up replies in its thread — its Message-ID is known now and stored here.
   */
  async email(
    scope: DataScope,
    id: string,
    input: { copyGuardians?: boolean | null },
  ): Promise<WrittenRequest> {
    const record = await this.getForChange(scope, id);
    this.checkMove(record, SENT);
    const found = await scope.manager.findOneByOrFail(Case, { id: record.caseId });
    const copyGuardians = input.copyGuardians ?? false;
    const problems = await letterProblems(scope, record.id, found.familyId, copyGuardians);
    if (problems.length) throw badUserInput(problems);
    const place = await this.deadlines.placeOf(scope, record.caseId);
    const today = todayIn(place.timeZone);
    record.status = SENT;
    record.channel = DeliveryChannel.EMAIL;
    record.sentOn = today;
    record.receivedOn = today;
    record.sentFromOnRecord = true;
    record.copyGuardians = copyGuardians;
    record.emailMessageId = requestLetterMessageId(this.config, record.organizationId, record.id);
    await this.deadlines.refresh(scope, record, place);
    return this.saveAndAnnounce(scope, record);
  }

  /** DRAFT or SENT → WITHDRAWN (pending follow-ups stop). */
  async withdraw(scope: DataScope, id: string, reason?: string | null): Promise<WrittenRequest> {
    const record = await this.getForChange(scope, id);
    this.checkMove(record, WITHDRAWN);
    record.status = WITHDRAWN;
    record.withdrawnReason = reason?.trim() || null;
    return this.saveAndAnnounce(scope, record);
  }

  /** SENT, RESPONDED or PARTIALLY_RESPONDED → CLOSED, today in the district's time zone. */
  async close(scope: DataScope, id: string): Promise<WrittenRequest> {
    const record = await this.getForChange(scope, id);
    this.checkMove(record, CLOSED);
    const place = await this.deadlines.placeOf(scope, record.caseId);
    record.status = CLOSED;
    record.closedOn = todayIn(place.timeZone);
    return this.saveAndAnnounce(scope, record);
  }

  /**
   * For school responses: a response was recorded. SENT → RESPONDED/PARTIALLY_RESPONDED,
   * PARTIALLY_RESPONDED → RESPONDED; staying in the same status is allowed (a second
   * response). A RESPONDED request stays RESPONDED on a partial one. Refused (CONFLICT) for
   * a DRAFT, CLOSED or WITHDRAWN request.
   */
  async markResponded(
    scope: DataScope,
    requestId: string,
    partially: boolean,
  ): Promise<WrittenRequest> {
    const record = await this.getForChange(scope, requestId);
    const to = partially ? PARTIALLY_RESPONDED : RESPONDED;
    if (record.status === to || (record.status === RESPONDED && partially)) return record;
    const problem = requestTransitionProblem(record.status, to);
    if (problem) throw conflict(`A response cannot be recorded: ${problem}.`);
    record.status = to;
    return this.saveAndAnnounce(scope, record);
  }

  /** An advocate's date instead of the computed one, with a reason; never recomputed away. */
  async overrideDeadline(
    scope: DataScope,
    principal: MemberPrincipal,
    id: string,
    input: OverrideDeadlineInput,
  ): Promise<WrittenRequest> {
    const record = await this.getForChange(scope, id);
    if (isDraft(record.status)) {
      throw conflict('A draft has no deadline yet: send it first (deadlinePreview shows one).');
    }
    const place = await this.deadlines.placeOf(scope, record.caseId);
    record.overrideDueOn = input.dueOn;
    record.overrideReason = input.reason;
    record.overriddenByUserId = principal.userId;
    this.deadlines.applyDates(record, place.timeZone);
    return this.saveAndAnnounce(scope, record);
  }

  /** Back to the computed deadline (computed afresh). */
  async clearDeadlineOverride(scope: DataScope, id: string): Promise<WrittenRequest> {
    const record = await this.getForChange(scope, id);
    record.overrideDueOn = null;
    record.overrideReason = null;
    record.overriddenByUserId = null;
    await this.deadlines.refresh(scope, record);
    return this.saveAndAnnounce(scope, record);
  }

  /** Archived, a request is out of the way: nothing more is owed on it until restored. */
  async setArchived(scope: DataScope, id: string, archived: boolean): Promise<WrittenRequest> {
    const record = await setArchived(scope, WrittenRequest, id, 'Written request', archived);
    await this.changes.changed(scope, record.id);
    return record;
  }

  private async saveAndAnnounce(scope: DataScope, record: WrittenRequest): Promise<WrittenRequest> {
    const saved = await scope.manager.save(record);
    await this.changes.changed(scope, saved.id);
    return saved;
  }

  /** Deletes a request with its recipients and attachments; refused while it has responses. */
  delete(scope: DataScope, id: string): Promise<WrittenRequest> {
    return deleteRecord(scope, WrittenRequest, id, 'Written request');
  }

  /** See written-request.keyset.ts for the order. */
  async list(
    scope: DataScope,
    filter: WrittenRequestFilter | null = {},
    first: number,
    after?: string | null,
    now = new Date(),
    membershipId?: string,
  ): Promise<Connection<WrittenRequestObject>> {
    filter ??= {}; // sent as null: no filter, as when left out
    const query = this.query(scope, first, after);
    if (!filter.includeArchived) query.andWhere('r.archived_at IS NULL');
    if (filter.assignedToMe) query.andWhere(assignedTo('r.case_id'), { membershipId });
    if (filter.caseId) query.andWhere('r.case_id = :caseId', { caseId: filter.caseId });
    if (filter.status?.length) {
      query.andWhere('r.status IN (:...statuses)', { statuses: filter.status });
    }
    if (filter.type) query.andWhere('r.type = :type', { type: filter.type });
    if (filter.overdue === true) {
      query.andWhere('r.status = :sent AND r.due_at < :now', { sent: SENT, now });
    } else if (filter.overdue === false) {
      query.andWhere('NOT (r.status = :sent AND r.due_at IS NOT NULL AND r.due_at < :now)', {
        sent: SENT,
        now,
      });
    }
    if (filter.dueBefore) query.andWhere('r.due_on <= :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.dueAfter) query.andWhere('r.due_on >= :dueAfter', { dueAfter: filter.dueAfter });
    return this.page(query, first, now);
  }

  /** SENT with no response and past its deadline, across the organization, earliest first. */
  overdue(
    scope: DataScope,
    first: number,
    after?: string | null,
    now = new Date(),
  ): Promise<Connection<WrittenRequestObject>> {
    const query = this.query(scope, first, after)
      .andWhere('r.archived_at IS NULL')
      .andWhere('r.status = :sent AND r.due_at < :now', { sent: SENT, now });
    return this.page(query, first, now);
  }

  /** SENT with no response, due from now to `withinDays` days from now, earliest first. */
  dueSoon(
    scope: DataScope,
    withinDays: number,
    first: number,
    after?: string | null,
    now = new Date(),
  ): Promise<Connection<WrittenRequestObject>> {
    const until = new Date(now.getTime() + withinDays * 24 * 60 * 60 * 1000);
    const query = this.query(scope, first, after)
      .andWhere('r.archived_at IS NULL')
      .andWhere('r.status = :sent AND r.due_at >= :now AND r.due_at <= :until', {
        sent: SENT,
        now,
        until,
      });
    return this.page(query, first, now);
  }

  private query(scope: DataScope, first: number, after?: string | null): RequestQuery {
    const query = scope.manager.createQueryBuilder(WrittenRequest, 'r').limit(first + 1);
    keysetOrder(query);
    if (after) keysetAfter(query, decodeCursor(after, { isSortValue: isSortValue }));
    return query;
  }

  private async page(
    query: RequestQuery,
    first: number,
    now: Date,
  ): Promise<Connection<WrittenRequestObject>> {
    return toConnection(await query.getMany(), first, requestSortValue, (r) =>
      toWrittenRequest(r, now),
    );
  }

  private checkMove(record: WrittenRequest, to: WrittenRequestStatus): void {
    const problem = requestTransitionProblem(record.status, to);
    if (problem) throw conflict(`This request cannot be ${to.toLowerCase()}: ${problem}.`);
  }

  private async recipientIds(scope: DataScope, requestId: string): Promise<string[]> {
    const links = await scope.manager.find(RequestRecipient, {
      where: { requestId },
      order: { position: 'ASC' },
    });
    return links.map((link) => link.contactId);
  }

  /**
   * Recipients are active contacts of the organization, each once. One of another district
   * than the student's school's needs a note saying why.
   */
  private async checkRecipients(
    scope: DataScope,
    found: Case,
    recipientIds: readonly string[],
    recipientNote: string,
  ): Promise<void> {
    const seen = new Set<string>();
    const contacts: SchoolContact[] = [];
    for (const [index, id] of recipientIds.entries()) {
      const field = `recipientIds.${index}`;
      if (seen.has(id)) throw badUserInput([{ field, message: 'names the same contact twice' }]);
      seen.add(id);
      contacts.push(await referencedRecord(scope, SchoolContact, id, field, 'school contact'));
    }
    if (recipientNote.trim()) return;
    const district = await this.districtOfCase(scope, found);
    if (!district) return;
    const problems = contacts.flatMap((contact, index) =>
      contact.districtId === district.id
        ? []
        : [
            {
              field: `recipientIds.${index}`,
              message: `is a contact of another district than the student's school's (${district.name}): say why in recipientNote`,
            },
          ],
    );
    if (problems.length) throw badUserInput(problems);
  }

  private async districtOfCase(scope: DataScope, found: Case): Promise<District | null> {
    const student = await scope.manager.findOneBy(Student, { id: found.studentId });
    if (!student?.schoolId) return null;
    const school = await scope.manager.findOneBy(School, { id: student.schoolId });
    return school ? scope.manager.findOneBy(District, { id: school.districtId }) : null;
  }

  private async replaceRecipients(
    scope: DataScope,
    record: WrittenRequest,
    contactIds: readonly string[],
  ): Promise<void> {
    const existing = await scope.manager.find(RequestRecipient, {
      where: { requestId: record.id },
    });
    if (existing.length) await scope.manager.remove(existing);
    if (!contactIds.length) return;
    await scope.manager.save(
      contactIds.map((contactId, position) =>
        scope.manager.create(RequestRecipient, {
          organizationId: record.organizationId,
          requestId: record.id,
          contactId,
          position,
        }),
      ),
    );
  }

  private async replaceAttachments(
    scope: DataScope,
    record: WrittenRequest,
    attachments: readonly RequestAttachmentInput[],
  ): Promise<void> {
    const existing = await scope.manager.find(RequestAttachment, {
      where: { requestId: record.id },
    });
    if (existing.length) await scope.manager.remove(existing);
    if (!attachments.length) return;
    await scope.manager.save(
      attachments.map((a) =>
        scope.manager.create(RequestAttachment, {
          organizationId: record.organizationId,
          requestId: record.id,
          fileName: a.fileName,
          contentType: a.contentType ?? null,
          sizeBytes: a.sizeBytes === undefined || a.sizeBytes === null ? null : String(a.sizeBytes),
          description: a.description ?? '',
        }),
      ),
    );
  }
}

/** `<dueAt ISO or infinity>|<createdAt ISO>` (written-request.keyset.ts). */
const isSortValue = (value: string): boolean => {
  const [due, created, ...rest] = value.split('|');
  return (
    rest.length === 0 &&
    due !== undefined &&
    created !== undefined &&
    (due === 'infinity' || isTimestamp(due)) &&
    isTimestamp(created)
  );
};
