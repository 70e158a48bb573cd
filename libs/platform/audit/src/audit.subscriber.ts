import {
  EventSubscriber,
  type EntityMetadata,
  type EntitySubscriberInterface,
  type InsertEvent,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
  type QueryRunner,
  type RemoveEvent,
  type UpdateEvent,
} from 'typeorm';
import { AUDIT_CONTEXT_KEY, type AuditContext } from '@onrecord/platform/database';
import { AuditEvent } from './audit-event.entity';

/** Never copied into the audit log. */
const SECRET = /hash|password|token|secret/i;

/**
 * Writes the audit events of every insert, update and delete made through TypeORM in a scope
 * that carries an audit context, in the same transaction as the change. Rows that belong to
 * no organization (accounts, sessions) are not in any organization's log. The one change made
 * in plain SQL, the follow-up sender marking a batch sent, writes its own events in the same
 * statement (follow-up-sender.service.ts).
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    return this.write(event.queryRunner, event.metadata, 'created', null, event.entity);
  }

  afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    if (!event.entity) return Promise.resolve();
    return this.write(
      event.queryRunner,
      event.metadata,
      'updated',
      event.databaseEntity ?? null,
      event.entity as ObjectLiteral,
    );
  }

  afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    const before = event.databaseEntity ?? event.entity ?? null;
    return this.write(event.queryRunner, event.metadata, 'deleted', before, null, event.entityId);
  }

  private async write(
    queryRunner: QueryRunner,
    metadata: EntityMetadata,
    change: 'created' | 'updated' | 'deleted',
    before: ObjectLiteral | null,
    after: ObjectLiteral | null,
    removedId?: unknown,
  ): Promise<void> {
    if (metadata.target === AuditEvent) return;
    const context = queryRunner.data?.[AUDIT_CONTEXT_KEY] as AuditContext | undefined;
    if (!context) return;
    const row = after ?? before;
    const entityId = String(row?.['id'] ?? removedId ?? '');
    const organizationId =
      (row?.['organizationId'] as string | undefined) ??
      (metadata.tableName === 'organization' ? entityId : undefined);
    if (!organizationId) return;
    const [shownBefore, shownAfter] = changedFields(metadata, before, after);
    const event = {
      organizationId,
      actorUserId: context.actorUserId ?? null,
      actorGuardianId: context.actorGuardianId ?? null,
      action: context.action,
      entityType: metadata.name,
      entityId: entityId || null,
      changes: { change, before: shownBefore, after: shownAfter },
      requestId: context.requestId ?? null,
    };
    // jsonb holds free-form values, which TypeORM's deep-partial type cannot express.
    await queryRunner.manager.insert(AuditEvent, event as QueryDeepPartialEntity<AuditEvent>);
  }
}

/** The columns that differ (all of them on create and delete), secrets left out. */
function changedFields(
  metadata: EntityMetadata,
  before: ObjectLiteral | null,
  after: ObjectLiteral | null,
): [Record<string, unknown> | null, Record<string, unknown> | null] {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    const name = column.propertyName;
    if (SECRET.test(name) || name === 'updatedAt') continue;
    // A column only the database keeps (a search vector, rebuilt by its trigger) is never
    // read or written by the application: nobody changed it, whatever TypeORM loaded.
    if (!column.isSelect && !column.isInsert && !column.isUpdate) continue;
    const old = before ? normalize(before[name]) : undefined;
    const now = after ? normalize(after[name]) : undefined;
    if (before && after && JSON.stringify(old) === JSON.stringify(now)) continue;
    if (before && old !== undefined) b[name] = old;
    if (after && now !== undefined) a[name] = now;
  }
  return [before ? b : null, after ? a : null];
}

function normalize(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
