import { IsNull, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { DataScope } from './data-scope';
import { isForeignKeyViolation } from './postgres-errors';
import { badUserInput, conflict, notFound } from '@onrecord/platform/errors';
import { isUuid } from './ids';

/**
 * How records live and end, the same for every feature: found by id inside the caller's
 * organization (row-level security hides the rest), archived rather than deleted, and hard
 * deleted only when nothing depends on them.
 */
type Archivable = ObjectLiteral & { id: string; archivedAt: Date | null };

/**
 * How a record is read: as it is, or `FOR_CHANGE` — locked to the end of the transaction, so
 * two changes to one record take turns and neither saves over the other's from a stale copy.
 * FOR NO KEY UPDATE, not FOR UPDATE: rows that only reference it (a response to a request)
 * can still be added meanwhile. FOR UPDATE would wait for them, and deadlock with them when
 * both then go on to change the record (request-changes-at-once.int-spec.ts).
 */
export type RecordRead = 'AS_IS' | 'FOR_CHANGE';

function findById<E extends ObjectLiteral & { id: string }>(
  scope: DataScope,
  entity: EntityTarget<E>,
  id: string,
  read: RecordRead,
): Promise<E | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return scope.manager.findOne(entity, {
    where: { id } as never,
    ...(read === 'FOR_CHANGE' ? { lock: { mode: 'for_no_key_update' as const } } : {}),
  });
}

/** The record, or NOT_FOUND naming what was looked for ("Family"). */
export async function findRecord<E extends ObjectLiteral & { id: string }>(
  scope: DataScope,
  entity: EntityTarget<E>,
  id: string,
  what: string,
  read: RecordRead = 'AS_IS',
): Promise<E> {
  const row = await findById(scope, entity, id, read);
  if (!row) throw notFound(what);
  return row;
}

/**
 * A record an input refers to (a student's school, a case's family): it must exist and not
 * be archived, else BAD_USER_INPUT on `field`.
 */
export async function referencedRecord<E extends Archivable>(
  scope: DataScope,
  entity: EntityTarget<E>,
  id: string,
  field: string,
  what: string,
  read: RecordRead = 'AS_IS',
): Promise<E> {
  const row = await findById(scope, entity, id, read);
  if (!row) throw badUserInput([{ field, message: `names no ${what} of your organization` }]);
  if (row.archivedAt) {
    throw badUserInput([{ field, message: `names an archived ${what}: restore it first` }]);
  }
  return row;
}

/** Archives (or restores) a record: it leaves lists and pickers but nothing is deleted. */
export async function setArchived<E extends Archivable>(
  scope: DataScope,
  entity: EntityTarget<E>,
  id: string,
  what: string,
  archived: boolean,
): Promise<E> {
  const row = await findRecord(scope, entity, id, what, 'FOR_CHANGE');
  row.archivedAt = archived ? (row.archivedAt ?? new Date()) : null;
  return scope.manager.save(entity, row);
}

/**
 * Deletes a record for good (admins only, audited like every change). PostgreSQL refuses
 * while other records reference it; the caller is told to archive instead.
 */
export async function deleteRecord<E extends ObjectLiteral & { id: string }>(
  scope: DataScope,
  entity: EntityTarget<E>,
  id: string,
  what: string,
): Promise<E> {
  const row = await findRecord(scope, entity, id, what);
  const copy = { ...row };
  try {
    await scope.savepoint(() => scope.manager.remove(entity, row));
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw conflict(
        `This ${what.toLowerCase()} cannot be deleted: other records depend on it. Archive it instead.`,
      );
    }
    throw error;
  }
  return copy;
}

/** The `archivedAt IS NULL` condition of lists that hide archived records by default. */
export const notArchived = (includeArchived?: boolean | null) =>
  includeArchived ? {} : { archivedAt: IsNull() };
