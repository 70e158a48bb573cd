import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { CrossOrganizationScope, DataScope } from '@onrecord/platform/database';
import { RefreshToken } from './refresh-token.entity';

export const REFRESH_TOKEN_TTL_DAYS = 30;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type RotationResult =
  | {
      kind: 'rotated';
      userId: string;
      activeOrganizationId: string | null;
      familyId: string;
      /** The token was an emailed sign-in link (its use is a sign-in, not a refresh). */
      signInLink: boolean;
    }
  | { kind: 'invalid' }
  | { kind: 'reused' };

/**
 * Opaque refresh tokens, stored hashed. A token is used once: using it returns a new one of
 * the same family. A used or revoked token presented again means it was copied, so the
 * whole family is revoked and everyone holding it must sign in again.
 */
@Injectable()
export class RefreshTokens {
  /** Issues a new token; `familyId` continues a chain, otherwise a new chain starts. */
  async issue(
    scope: DataScope,
    userId: string,
    activeOrganizationId: string | null,
    familyId: string = randomUUID(),
    /** A token sent by email as a sign-in link: its shorter lifetime. */
    signInLinkMs?: number,
  ): Promise<string> {
    const lifetimeMs = signInLinkMs ?? REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000;
    const token = randomBytes(32).toString('base64url');
    await scope.manager.insert(RefreshToken, {
      userId,
      familyId,
      tokenHash: hashToken(token),
      activeOrganizationId,
      expiresAt: new Date(Date.now() + lifetimeMs),
      signInLink: signInLinkMs !== undefined,
    });
    return token;
  }

  /**
   * Marks the token used, in a scope whose lookup names its hash. The caller issues the
   * successor in the same transaction.
   */
  async consume(scope: CrossOrganizationScope, token: string): Promise<RotationResult> {
    const row = await scope.manager.findOne(RefreshToken, {
      where: { tokenHash: hashToken(token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) return { kind: 'invalid' };
    // Knowing the token identifies its user: act as them to see and update the whole chain.
    await scope.become({ userId: row.userId });
    if (row.usedAt || row.revokedAt) {
      await this.revokeFamily(scope, row.userId, row.familyId);
      return { kind: 'reused' };
    }
    if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
    await scope.manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
    return {
      kind: 'rotated',
      userId: row.userId,
      activeOrganizationId: row.activeOrganizationId,
      familyId: row.familyId,
      signInLink: row.signInLink,
    };
  }

  /** Revokes every token of the chain `token` belongs to. Returns false for an unknown token. */
  async revokeChainOf(scope: CrossOrganizationScope, token: string): Promise<boolean> {
    const row = await scope.manager.findOne(RefreshToken, {
      where: { tokenHash: hashToken(token) },
    });
    if (!row) return false;
    await scope.become({ userId: row.userId });
    await this.revokeFamily(scope, row.userId, row.familyId);
    return true;
  }

  private async revokeFamily(scope: DataScope, userId: string, familyId: string): Promise<void> {
    await scope.manager.update(
      RefreshToken,
      { userId, familyId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }
}
