import type { QueryDeepPartialEntity } from 'typeorm';
import { AuditEvent } from '@onrecord/platform/audit';
import type { CrossOrganizationScope } from '@onrecord/platform/database';

/**
 * Writes the audit event of a guardian's sign-in or sign-out, in the organization the
 * session looks at, with the guardian as actor. These change no audited record (a portal
 * session is not one), so the audit writer does not see them; they are recorded here.
 * With two guardians for one address in the organization (two families), the first stands
 * for them, as in the access guard.
 */
export async function auditPortalSession(
  scope: CrossOrganizationScope,
  event: {
    action: 'signInToPortal' | 'signOutOfPortal';
    organizationId: string;
    email: string;
    sessionId: string;
    requestId?: string;
  },
): Promise<void> {
  await scope.become({ organizationId: event.organizationId });
  const [guardian] = (await scope.manager.query(
    `SELECT guardian_id FROM portal_access
      WHERE organization_id = app_current_organization() AND email = $1
      ORDER BY revoked_at IS NOT NULL, created_at LIMIT 1`,
    [event.email],
  )) as Array<{ guardian_id: string }>;
  const signedIn = event.action === 'signInToPortal';
  const row = {
    organizationId: event.organizationId,
    actorUserId: null,
    actorGuardianId: guardian?.guardian_id ?? null,
    action: event.action,
    entityType: 'PortalSession',
    entityId: event.sessionId,
    changes: signedIn
      ? { change: 'created', before: null, after: { email: event.email } }
      : {
          change: 'updated',
          before: { signedOutAt: null },
          after: { signedOutAt: new Date().toISOString() },
        },
    requestId: event.requestId ?? null,
  };
  // jsonb holds free-form values, which TypeORM's deep-partial type cannot express.
  await scope.manager.insert(AuditEvent, row as QueryDeepPartialEntity<AuditEvent>);
}
