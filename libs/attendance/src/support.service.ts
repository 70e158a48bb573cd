import { Injectable } from '@nestjs/common';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  notArchived,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { type MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput } from '@onrecord/platform/errors';
import { isLocalDate } from '@onrecord/platform/graphql';
import { Student } from '@onrecord/families';
import { AttendanceEntry } from './attendance-entry.entity';
import { AttendanceEntrySupport } from './attendance-entry-support.entity';
import { toSupport } from './conversions';
import { Support } from './support.entity';
import type { SupportInput, UpdateSupportInput } from './support.inputs';
import type { SupportObject } from './support.objects';

/** Supports put in place for a student, and when. */
@Injectable()
export class SupportService {
  /** A student's supports, oldest first. Reading works for an archived student too. */
  async list(
    scope: DataScope,
    studentId: string,
    includeArchived?: boolean | null,
  ): Promise<SupportObject[]> {
    await findRecord(scope, Student, studentId, 'Student');
    const supports = await scope.manager.find(Support, {
      where: { studentId, ...notArchived(includeArchived) },
      order: { startedOn: 'ASC', name: 'ASC', id: 'ASC' },
    });
    return supports.map(toSupport);
  }

  async add(
    scope: DataScope,
    principal: MemberPrincipal,
    studentId: string,
    input: SupportInput,
  ): Promise<SupportObject> {
    await referencedRecord(scope, Student, studentId, 'studentId', 'student');
    const endedOn = input.endedOn ?? null;
    assertDatesInOrder(input.startedOn, endedOn, 'endedOn');
    const support = await scope.manager.save(
      scope.manager.create(Support, {
        organizationId: principal.organizationId,
        studentId,
        name: input.name.trim(),
        startedOn: input.startedOn,
        endedOn,
        notes: input.notes ?? '',
      }),
    );
    return toSupport(support);
  }

  async update(scope: DataScope, id: string, input: UpdateSupportInput): Promise<SupportObject> {
    const support = await findRecord(scope, Support, id, 'Support');
    const startedOn = input.startedOn ?? support.startedOn;
    const endedOn = input.endedOn !== undefined ? input.endedOn : support.endedOn;
    const field = input.endedOn !== undefined ? 'endedOn' : 'startedOn';
    assertDatesInOrder(startedOn, endedOn, field);
    await assertEntriesInside(scope, support, startedOn, endedOn, field);
    if (input.name != null) support.name = input.name.trim();
    if (input.notes != null) support.notes = input.notes;
    support.startedOn = startedOn;
    support.endedOn = endedOn;
    return toSupport(await scope.manager.save(support));
  }

  /** Records the last day the support was in place. */
  async end(scope: DataScope, id: string, endedOn: string): Promise<SupportObject> {
    const support = await findRecord(scope, Support, id, 'Support');
    if (!isLocalDate(endedOn)) {
      throw badUserInput([
        { field: 'endedOn', message: 'must be a date written YYYY-MM-DD, e.g. 2025-10-06' },
      ]);
    }
    assertDatesInOrder(support.startedOn, endedOn, 'endedOn');
    await assertEntriesInside(scope, support, support.startedOn, endedOn, 'endedOn');
    support.endedOn = endedOn;
    return toSupport(await scope.manager.save(support));
  }

  async get(scope: DataScope, id: string): Promise<SupportObject> {
    return toSupport(await findRecord(scope, Support, id, 'Support'));
  }

  async setArchived(scope: DataScope, id: string, archived: boolean): Promise<SupportObject> {
    return toSupport(await setArchived(scope, Support, id, 'Support', archived));
  }

  /** Refused (CONFLICT) while attendance entries record it as in place. */
  async delete(scope: DataScope, id: string): Promise<SupportObject> {
    return toSupport(await deleteRecord(scope, Support, id, 'Support'));
  }
}

function assertDatesInOrder(startedOn: string, endedOn: string | null, field: string): void {
  if (endedOn === null || endedOn >= startedOn) return;
  throw badUserInput([
    field === 'endedOn'
      ? { field, message: `cannot be before startedOn (${startedOn})` }
      : { field, message: `cannot be after endedOn (${endedOn})` },
  ]);
}

/**
 * Entries record the supports in place that day; moving a support's dates must not leave an
 * entry saying it was in place on a day it was not.
 */
async function assertEntriesInside(
  scope: DataScope,
  support: Support,
  startedOn: string,
  endedOn: string | null,
  field: string,
): Promise<void> {
  const query = scope.manager
    .createQueryBuilder(AttendanceEntry, 'e')
    .innerJoin(AttendanceEntrySupport, 'es', 'es.entry_id = e.id')
    .where('es.support_id = :id', { id: support.id })
    .andWhere(endedOn === null ? 'e.date < :start' : '(e.date < :start OR e.date > :end)', {
      start: startedOn,
      end: endedOn,
    })
    .orderBy('e.date', 'ASC')
    .limit(3);
  const outside = await query.getMany();
  if (outside.length === 0) return;
  const dates = outside.map((e) => e.date).join(', ');
  throw badUserInput([
    {
      field,
      message: `attendance entries record this support on ${dates}${outside.length === 3 ? '…' : ''}, outside these dates: change those entries first`,
    },
  ]);
}
