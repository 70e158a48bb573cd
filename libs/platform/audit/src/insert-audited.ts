import type { EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { AUDIT_CONTEXT_KEY, type AuditContext, type DataScope } from '@onrecord/platform/database';
import { AuditEvent } from './audit-event.entity';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table we bulk. */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts many new rows (each with its `id` and `organizationId` set by the caller) in a few
 * multi-row statements, and their "created" audit events in as many more: what saving them
 * one by one would record (AuditSubscriber), without a round trip per row. For bulk work
 * (the CSV import); a single record is saved the ordinary way.
 */
export async function insertAudited<E extends ObjectLiteral>(
  scope: DataScope,
  entity: EntityTarget<E>,
  rows: ReadonlyArray<QueryDeepPartialEntity<E> & { id: string; organizationId: string }>,
): Promise<void> {
  const metadata = scope.manager.connection.getMetadata(entity);
  const context = scope.manager.queryRunner?.data?.[AUDIT_CONTEXT_KEY] as AuditContext | undefined;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await scope.manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(chunk as QueryDeepPartialEntity<E>[])
      // The audit events follow below, in one statement; nothing to read back.
      .callListeners(false)
      .updateEntity(false)
      .execute();
    if (!context) continue;
    const events = chunk.map((row) => ({
      organizationId: row.organizationId,
      actorUserId: context.actorUserId ?? null,
      actorGuardianId: context.actorGuardianId ?? null,
      action: context.action,
      entityType: metadata.name,
      entityId: row.id,
      changes: { change: 'created', before: null, after: { ...row } },
      requestId: context.requestId ?? null,
    }));
    await scope.manager
      .createQueryBuilder()
      .insert()
      .into(AuditEvent)
      .values(events as QueryDeepPartialEntity<AuditEvent>[])
      .callListeners(false)
      .updateEntity(false)
      .execute();
  }
}
