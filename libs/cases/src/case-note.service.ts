import { Injectable } from '@nestjs/common';
import { type DataScope, deleteRecord, findRecord, setArchived } from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import {
  toConnection,
  type Connection,
  decodeCursor,
  isTimestamp,
} from '@onrecord/platform/graphql';
import { Case } from './case.entity';
import { CaseNote } from './case-note.entity';
import type { CaseNoteInput, CaseNotesArgs, UpdateCaseNoteInput } from './case-note.inputs';
import type { CaseNoteObject } from './case-note.objects';
import { toCaseNote } from './conversions';

@Injectable()
export class CaseNoteService {
  /** A note by the caller on a case of the organization. */
  async add(
    scope: DataScope,
    principal: MemberPrincipal,
    caseId: string,
    input: CaseNoteInput,
  ): Promise<CaseNote> {
    const record = await findRecord(scope, Case, caseId, 'Case');
    return scope.manager.save(
      scope.manager.create(CaseNote, {
        organizationId: record.organizationId,
        caseId: record.id,
        body: input.body,
        visibility: input.visibility,
        authorUserId: principal.userId,
        archivedAt: null,
      }),
    );
  }

  async update(scope: DataScope, id: string, input: UpdateCaseNoteInput): Promise<CaseNote> {
    const note = await findRecord(scope, CaseNote, id, 'Case note');
    if (input.body !== undefined && input.body !== null) note.body = input.body;
    if (input.visibility) note.visibility = input.visibility;
    return scope.manager.save(note);
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<CaseNote> {
    return setArchived(scope, CaseNote, id, 'Case note', archived);
  }

  delete(scope: DataScope, id: string): Promise<CaseNote> {
    return deleteRecord(scope, CaseNote, id, 'Case note');
  }

  /** A case's notes, newest first; archived ones only when asked for. */
  async list(scope: DataScope, args: CaseNotesArgs): Promise<Connection<CaseNoteObject>> {
    const record = await findRecord(scope, Case, args.caseId, 'Case');
    // Timestamps are cut to milliseconds, as a cursor (a JavaScript date) carries them.
    const createdAt = "date_trunc('milliseconds', n.created_at)";
    const query = scope.manager
      .createQueryBuilder(CaseNote, 'n')
      .where('n.case_id = :caseId', { caseId: record.id })
      .orderBy(createdAt, 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(args.first + 1);
    if (!args.includeArchived) query.andWhere('n.archived_at IS NULL');
    if (args.visibility)
      query.andWhere('n.visibility = :visibility', { visibility: args.visibility });
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isTimestamp });
      query.andWhere(`(${createdAt}, n.id) < (:at, :id)`, { at: cursor.sortValue, id: cursor.id });
    }
    const rows = await query.getMany();
    return toConnection(rows, args.first, (n) => n.createdAt.toISOString(), toCaseNote);
  }
}
