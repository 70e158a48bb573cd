import { Injectable } from '@nestjs/common';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { badUserInput, type FieldProblem } from '@onrecord/platform/errors';
import { type MemberPrincipal } from '@onrecord/platform/request';
import {
  decodeCursor,
  isTimestamp,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { Guardian } from '@onrecord/families';
import { SchoolContact } from '@onrecord/directory';
import { Case } from '../case.entity';
import { NoteVisibility } from '../case-enums';
import { ContactLogEntry } from './contact-log-entry.entity';
import { ContactDirection, ContactParty } from './contact-log.enums';
import type {
  ContactLogArgs,
  LogContactInput,
  UpdateContactLogEntryInput,
} from './contact-log.inputs';
import { toContactLogEntry, type ContactLogEntryObject } from './contact-log.objects';

/** A contact logged a little ahead of the server's clock (a phone's clock runs fast) is fine. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The contact log: every call, meeting, email, text or letter an advocate had, in seconds
 * (only who and how are required), on a case or on none. Corrected, archived or deleted like
 * any record; listed newest first.
 */
@Injectable()
export class ContactLogService {
  async log(
    scope: DataScope,
    principal: MemberPrincipal,
    input: LogContactInput,
  ): Promise<ContactLogEntry> {
    const entry = scope.manager.create(ContactLogEntry, {
      organizationId: principal.organizationId,
      caseId: null,
      party: input.party,
      guardianId: null,
      schoolContactId: null,
      withWhom: input.withWhom ?? '',
      channel: input.channel,
      direction: input.direction ?? ContactDirection.OUTGOING,
      occurredAt: input.occurredAt ?? new Date(),
      durationMinutes: input.durationMinutes ?? null,
      language: input.language ?? 'en',
      topics: input.topics ?? [],
      note: input.note ?? '',
      visibility: input.visibility ?? NoteVisibility.INTERNAL,
      loggedByUserId: principal.userId,
      archivedAt: null,
    });
    if (input.caseId)
      entry.caseId = (await referencedRecord(scope, Case, input.caseId, 'caseId', 'case')).id;
    entry.guardianId = input.guardianId ?? null;
    entry.schoolContactId = input.schoolContactId ?? null;
    await this.check(scope, entry);
    return scope.manager.save(entry);
  }

  async update(
    scope: DataScope,
    id: string,
    input: UpdateContactLogEntryInput,
  ): Promise<ContactLogEntry> {
    const entry = await findRecord(scope, ContactLogEntry, id, 'Contact', 'FOR_CHANGE');
    if (input.party) entry.party = input.party;
    if (input.channel) entry.channel = input.channel;
    if (input.direction) entry.direction = input.direction;
    if (input.occurredAt) entry.occurredAt = input.occurredAt;
    if (input.durationMinutes !== undefined) entry.durationMinutes = input.durationMinutes;
    if (input.language) entry.language = input.language;
    if (input.topics) entry.topics = input.topics;
    if (input.note !== undefined && input.note !== null) entry.note = input.note;
    if (input.visibility) entry.visibility = input.visibility;
    if (input.withWhom !== undefined && input.withWhom !== null) entry.withWhom = input.withWhom;
    // A guardian or school contact stays only while the party still says who they are.
    if (entry.party !== ContactParty.GUARDIAN) entry.guardianId = null;
    if (entry.party !== ContactParty.SCHOOL_CONTACT) entry.schoolContactId = null;
    await this.check(scope, entry);
    return scope.manager.save(entry);
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<ContactLogEntry> {
    return setArchived(scope, ContactLogEntry, id, 'Contact', archived);
  }

  delete(scope: DataScope, id: string): Promise<ContactLogEntry> {
    return deleteRecord(scope, ContactLogEntry, id, 'Contact');
  }

  /**
   * Newest first: of a case, or of the whole organization (on a case, on none, or both);
   * within a time range if given.
   */
  async list(scope: DataScope, args: ContactLogArgs): Promise<Connection<ContactLogEntryObject>> {
    const query = scope.manager
      .createQueryBuilder(ContactLogEntry, 'c')
      .orderBy('c.occurred_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(args.first + 1);
    if (args.caseId) {
      const found = await findRecord(scope, Case, args.caseId, 'Case');
      query.andWhere('c.case_id = :caseId', { caseId: found.id });
    }
    if (args.onCase === true) query.andWhere('c.case_id IS NOT NULL');
    if (args.onCase === false) query.andWhere('c.case_id IS NULL');
    if (args.from) query.andWhere('c.occurred_at >= :from', { from: args.from });
    if (args.to) query.andWhere('c.occurred_at < :to', { to: args.to });
    if (!args.includeArchived) query.andWhere('c.archived_at IS NULL');
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isTimestamp });
      query.andWhere('(c.occurred_at, c.id) < (:at, :id)', {
        at: new Date(cursor.sortValue),
        id: cursor.id,
      });
    }
    const rows = await query.getMany();
    return toConnection(rows, args.first, (c) => c.occurredAt.toISOString(), toContactLogEntry);
  }

  /**
   * Who it was with must fit the party (a guardian of the case's family, a school contact of
   * the organization), it cannot have happened in the future, and only a contact on a case
   * can be shared with a family.
   */
  private async check(scope: DataScope, entry: ContactLogEntry): Promise<void> {
    const problems: FieldProblem[] = [];
    if (entry.occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      problems.push({ field: 'occurredAt', message: 'cannot be in the future' });
    if (entry.visibility === NoteVisibility.SHARED_WITH_FAMILY && !entry.caseId)
      problems.push({
        field: 'visibility',
        message: 'only a contact on a case can be shared with its family',
      });
    if (entry.guardianId) {
      if (entry.party !== ContactParty.GUARDIAN)
        problems.push({ field: 'guardianId', message: 'is for a contact with a GUARDIAN' });
      else {
        const guardian = await referencedRecord(
          scope,
          Guardian,
          entry.guardianId,
          'guardianId',
          'guardian',
        );
        const family = entry.caseId
          ? (await findRecord(scope, Case, entry.caseId, 'Case')).familyId
          : null;
        if (family && guardian.familyId !== family)
          problems.push({ field: 'guardianId', message: "is not a guardian of the case's family" });
      }
    }
    if (entry.schoolContactId) {
      if (entry.party !== ContactParty.SCHOOL_CONTACT)
        problems.push({
          field: 'schoolContactId',
          message: 'is for a contact with a SCHOOL_CONTACT',
        });
      else
        await referencedRecord(
          scope,
          SchoolContact,
          entry.schoolContactId,
          'schoolContactId',
          'school contact',
        );
    }
    if (problems.length) throw badUserInput(problems);
  }
}
