import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { User } from '@onrecord/accounts';
import { Student, Guardian } from '@onrecord/families';
import { messageLanguage } from '@onrecord/words';
import { Organization } from '@onrecord/organizations';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { type DataScope, findRecord, CrossOrganizationAccess } from '@onrecord/platform/database';
import type { MemberPrincipal } from '@onrecord/platform/request';
import { badUserInput, conflict, serviceUnavailable } from '@onrecord/platform/errors';
import { MailService } from '@onrecord/platform/mail';
import { PortalAccess } from './portal-access.entity';
import { renderPortalInvitation } from './portal-messages';

/** Advocates opening (and closing) the family portal to a family's guardians. */
@Injectable()
export class PortalAccessService {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly crossOrganization: CrossOrganizationAccess,
  ) {}

  /**
   * Gives the guardian access with the email on file and tells them how to sign in. Inviting
   * again re-sends the email (and follows a changed address); revoked access is given back.
   * The email is sent before committing: if it cannot be sent, nothing is kept.
   */
  async invite(
    scope: DataScope,
    principal: MemberPrincipal,
    guardianId: string,
  ): Promise<PortalAccess> {
    const guardian = await findRecord(scope, Guardian, guardianId, 'Guardian');
    if (guardian.archivedAt)
      throw badUserInput([
        { field: 'guardianId', message: 'is archived; unarchive the guardian first' },
      ]);
    if (!guardian.email)
      throw badUserInput([
        { field: 'guardianId', message: 'has no email address; add one to the guardian first' },
      ]);
    const email = guardian.email.toLowerCase();
    const access =
      (await scope.manager.findOneBy(PortalAccess, { guardianId: guardian.id })) ??
      scope.manager.create(PortalAccess, {
        organizationId: principal.organizationId,
        guardianId: guardian.id,
        lastSignedInAt: null,
      });
    Object.assign(access, {
      email,
      invitedByUserId: principal.userId,
      invitedAt: new Date(),
      revokedAt: null,
    });
    const saved = await scope.manager.save(access);
    // A new invitation starts clean: sessions from an earlier access (revoked, or of the
    // address before) do not come back to life with it.
    await this.endPortalSessions(scope, email);

    const organization = await scope.manager.findOneByOrFail(Organization, {
      id: principal.organizationId,
    });
    const advocate = await scope.manager.findOneBy(User, { id: principal.userId });
    const students = await scope.manager.find(Student, {
      where: { familyId: guardian.familyId, archivedAt: IsNull() },
      order: { name: 'ASC' },
    });
    const message = renderPortalInvitation(
      {
        guardianName: guardian.name,
        organizationName: organization.name,
        advocateName: advocate?.name ?? null,
        studentNames: students.map((s) => s.name),
        portalUrl: `${this.config.publicUrl}/portal`,
        email,
      },
      messageLanguage(guardian.preferredLanguage),
    );
    try {
      await this.mail.send({
        to: email,
        replyTo: advocate?.email,
        from: { name: organization.name },
        ...message,
        idempotencyKey: `portal-invitation/${saved.id}/${saved.invitedAt.toISOString()}`,
      });
    } catch {
      throw serviceUnavailable(
        'The invitation email could not be sent, so nothing was saved. Try again in a moment.',
      );
    }
    return saved;
  }

  /** Ends the guardian's access at once: their next request is refused. */
  async revoke(scope: DataScope, guardianId: string): Promise<PortalAccess> {
    const guardian = await findRecord(scope, Guardian, guardianId, 'Guardian');
    const access = await scope.manager.findOneBy(PortalAccess, { guardianId: guardian.id });
    if (!access || access.revokedAt)
      throw conflict('This guardian has no portal access to revoke.');
    access.revokedAt = new Date();
    const saved = await scope.manager.save(access);
    await this.endPortalSessions(scope, access.email);
    return saved;
  }

  /** Each guardian's access (or null), in one query for any number of guardians. */
  async ofGuardians(
    scope: DataScope,
    guardianIds: readonly string[],
  ): Promise<Array<PortalAccess | null>> {
    const rows = await scope.manager.findBy(PortalAccess, { guardianId: In([...guardianIds]) });
    const byGuardian = new Map(rows.map((r) => [r.guardianId, r]));
    return guardianIds.map((id) => byGuardian.get(id) ?? null);
  }

  /**
   * Ends the address's portal sessions in the scope's organization. Sessions are found by
   * their address (not by organization), so the lookup names it for this statement only.
   */
  private endPortalSessions(scope: DataScope, email: string): Promise<void> {
    return this.crossOrganization.within(
      scope,
      'portal-sessions-ended',
      { portalEmail: email },
      undefined,
      async () => {
        await scope.manager.query(
          `UPDATE portal_session SET signed_out_at = now()
            WHERE email = $1 AND organization_id = app_current_organization() AND signed_out_at IS NULL`,
          [email],
        );
      },
    );
  }
}
