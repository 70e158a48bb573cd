import { Injectable } from '@nestjs/common';
import { AuditEvent } from '@onrecord/platform/audit';
import type { DataScope } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { decodeCursor, toConnection, type Connection } from '@onrecord/platform/graphql';
import type { AuditEventFilter, AuditEventObject } from './audit-event.objects';

@Injectable()
export class AuditEventService {
  /** Newest first; the organization comes from the scope (row-level security), never from input. */
  async list(
    scope: DataScope,
    filter: AuditEventFilter | null = {},
    first: number,
    after?: string | null,
  ): Promise<Connection<AuditEventObject>> {
    filter ??= {}; // sent as null: no filter, as when left out
    if (filter.from && filter.to && filter.from >= filter.to) {
      throw badUserInput([{ field: 'filter.to', message: 'must be after filter.from' }]);
    }
    const query = scope.manager
      .createQueryBuilder(AuditEvent, 'e')
      .orderBy("date_trunc('milliseconds', e.occurred_at)", 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(first + 1);
    if (filter.actorUserId)
      query.andWhere('e.actor_user_id = :actor', { actor: filter.actorUserId });
    if (filter.actorGuardianId)
      query.andWhere('e.actor_guardian_id = :guardian', { guardian: filter.actorGuardianId });
    if (filter.entityType) query.andWhere('e.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) query.andWhere('e.entity_id = :entity', { entity: filter.entityId });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere("(date_trunc('milliseconds', e.occurred_at), e.id) < (:at, :id)", {
        at: cursor.sortValue,
        id: cursor.id,
      });
    }
    const rows = await query.getMany();
    return toConnection(
      rows,
      first,
      (e) => e.occurredAt.toISOString(),
      (e) => ({
        id: e.id,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        actorUserId: e.actorUserId,
        actorGuardianId: e.actorGuardianId,
        changes: JSON.stringify(e.changes),
        requestId: e.requestId,
        occurredAt: e.occurredAt,
      }),
    );
  }
}
