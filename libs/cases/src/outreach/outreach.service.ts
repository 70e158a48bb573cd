import { Injectable } from '@nestjs/common';
import { type DataScope, deleteRecord, findRecord, setArchived } from '@onrecord/platform/database';
import {
  decodeCursor,
  isLocalDate,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { OutreachActivity } from './outreach-activity.entity';
import type {
  OutreachActivitiesArgs,
  RecordOutreachActivityInput,
  UpdateOutreachActivityInput,
} from './outreach.inputs';
import { toOutreachActivity, type OutreachActivityObject } from './outreach.objects';

const NAME = 'Outreach activity';

/**
 * Trainings and outreach events: recorded (past or planned: only those held by a report's
 * range count), corrected, archived or deleted like any record; listed newest first.
 */
@Injectable()
export class OutreachService {
  record(
    scope: DataScope,
    principal: MemberPrincipal,
    input: RecordOutreachActivityInput,
  ): Promise<OutreachActivity> {
    return scope.manager.save(
      scope.manager.create(OutreachActivity, {
        organizationId: principal.organizationId,
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        format: input.format,
        language: input.language ?? 'en',
        topics: input.topics ?? [],
        parents: input.parents ?? 0,
        professionals: input.professionals ?? 0,
        students: input.students ?? 0,
        notes: input.notes ?? '',
        recordedByUserId: principal.userId,
        archivedAt: null,
      }),
    );
  }

  async update(
    scope: DataScope,
    id: string,
    input: UpdateOutreachActivityInput,
  ): Promise<OutreachActivity> {
    const activity = await findRecord(scope, OutreachActivity, id, NAME, 'FOR_CHANGE');
    for (const field of [
      'kind',
      'title',
      'heldOn',
      'format',
      'language',
      'topics',
      'parents',
      'professionals',
      'students',
      'notes',
    ] as const) {
      const value = input[field];
      // Null says nothing here: every field of an activity has a value.
      if (value !== undefined && value !== null) Object.assign(activity, { [field]: value });
    }
    return scope.manager.save(activity);
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<OutreachActivity> {
    return setArchived(scope, OutreachActivity, id, NAME, archived);
  }

  delete(scope: DataScope, id: string): Promise<OutreachActivity> {
    return deleteRecord(scope, OutreachActivity, id, NAME);
  }

  /** Newest first (by the day held, then id), within the days given. */
  async list(
    scope: DataScope,
    args: OutreachActivitiesArgs,
  ): Promise<Connection<OutreachActivityObject>> {
    const query = scope.manager
      .createQueryBuilder(OutreachActivity, 'a')
      .orderBy('a.held_on', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(args.first + 1);
    if (args.from) query.andWhere('a.held_on >= :from', { from: args.from });
    if (args.to) query.andWhere('a.held_on <= :to', { to: args.to });
    if (!args.includeArchived) query.andWhere('a.archived_at IS NULL');
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isLocalDate });
      query.andWhere('(a.held_on, a.id) < (:on, :id)', { on: cursor.sortValue, id: cursor.id });
    }
    const rows = await query.getMany();
    return toConnection(rows, args.first, (a) => a.heldOn, toOutreachActivity);
  }
}
