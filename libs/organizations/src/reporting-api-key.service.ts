import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { hashToken, User } from '@onrecord/accounts';
import { CrossOrganizationAccess, type DataScope, findRecord } from '@onrecord/platform/database';
import type { MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, conflict } from '@onrecord/platform/errors';
import { ReportingApiKey } from './reporting-api-key.entity';
import { API_KEY_PREFIX, ApiKeyScopes } from './reporting-api-key.secret';

/** Its last use is written at most this often (a dashboard may call every few seconds). */
const LAST_USED_EVERY_MS = 60_000;

/** Reporting API keys: created (the secret shown once), listed, revoked, and checked. */
@Injectable()
export class ReportingApiKeyService {
  constructor(private readonly access: CrossOrganizationAccess) {}

  async create(
    scope: DataScope,
    principal: MemberPrincipal,
    name: string,
  ): Promise<{ key: ReportingApiKey; secret: string }> {
    const trimmed = name.trim();
    if (!trimmed) throw badUserInput([{ field: 'name', message: 'cannot be empty' }]);
    if (trimmed.length > 200) {
      throw badUserInput([{ field: 'name', message: 'must be at most 200 characters' }]);
    }
    const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const key = await scope.manager.save(
      scope.manager.create(ReportingApiKey, {
        organizationId: principal.organizationId,
        name: trimmed,
        prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
        keyHash: hashToken(secret),
        scopes: [ApiKeyScopes.REPORTS_READ],
        createdByUserId: principal.userId,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { key, secret };
  }

  list(scope: DataScope): Promise<ReportingApiKey[]> {
    return scope.manager.find(ReportingApiKey, { order: { createdAt: 'DESC' } });
  }

  /** The keys' creators who can still be seen: members of the organization. */
  async creators(scope: DataScope, keys: ReportingApiKey[]): Promise<Map<string, User>> {
    const ids = [...new Set(keys.map((k) => k.createdByUserId).filter((id) => id !== null))];
    if (ids.length === 0) return new Map();
    const users = await scope.manager.findBy(User, { id: In(ids) });
    return new Map(users.map((user) => [user.id, user]));
  }

  async revoke(scope: DataScope, id: string): Promise<ReportingApiKey> {
    const key = await findRecord(scope, ReportingApiKey, id, 'API key');
    if (key.revokedAt) throw conflict('This API key is already revoked.');
    key.revokedAt = new Date();
    return scope.manager.save(key);
  }

  /** For the key's credential resolver: the live key with this secret (its last use recorded), or null. */
  find(secret: string, requestId: string | undefined) {
    const keyHash = hashToken(secret);
    return this.access.run(
      'api-key',
      { lookup: { apiKeyHash: keyHash } },
      requestId,
      async (scope) => {
        const key = await scope.manager.findOneBy(ReportingApiKey, {
          keyHash,
          revokedAt: IsNull(),
        });
        if (!key) return null;
        const now = new Date();
        if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_EVERY_MS)
          // Bookkeeping, not a change anyone made: no audit event.
          await scope.manager.query(
            `UPDATE reporting_api_key SET last_used_at = $2 WHERE key_hash = $1`,
            [keyHash, now],
          );
        return { id: key.id, organizationId: key.organizationId, scopes: key.scopes };
      },
    );
  }
}
