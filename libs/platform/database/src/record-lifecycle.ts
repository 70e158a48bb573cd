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

/** The record, or NOT_FOUND naming what was looked for ("Family"). */
export async function findRecord<E extends ObjectLiteral & { id: string }>(
  scope: DataScope,
  entity: EntityTarget<E>,
  id: string,
  what: string,
): Promise<E> {
  const row = isUuid(id) ? await scope.manager.findOneBy(entity, { id } as never) : null;
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
): Promise<E> {
  const row = isUuid(id) ? await scope.manager.findOneBy(entity, { id } as never) : null;
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
  const row = await findRecord(scope, entity, id, what);
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
