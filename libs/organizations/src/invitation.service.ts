import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { hashToken, User } from '@onrecord/accounts';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import {
  CrossOrganizationAccess,
  isUniqueViolation,
  type DataScope,
  isUuid,
} from '@onrecord/platform/database';
import { LoginThrottle, PasswordHasher } from '@onrecord/platform/auth';
import { MailService } from '@onrecord/platform/mail';
import { type MemberPrincipal } from '@onrecord/platform/request';
import {
  badUserInput,
  conflict,
  notFound,
  serviceUnavailable,
  unauthenticated,
} from '@onrecord/platform/errors';
import { type Connection, decodeCursor, toConnection } from '@onrecord/platform/graphql';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import type { AcceptInvitationInput, InviteMemberInput } from './organization.inputs';
import { InvitationStatus, type AuthPayload, type InvitationObject } from './organization.objects';
import { invitationStatus, normalizeEmail, toInvitation } from './conversions';
import {
  assertPasswordAcceptable,
  findUserByEmail,
  SessionService,
  WRONG_CREDENTIALS,
} from './session.service';

export const INVITATION_TTL_DAYS = 7;

@Injectable()
export class InvitationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Records the invitation and sends its email before committing: if the email cannot be
   * sent, nothing is kept and the admin is told.
   */
  async invite(
    scope: DataScope,
    principal: MemberPrincipal,
    input: InviteMemberInput,
  ): Promise<InvitationObject> {
    const email = normalizeEmail(input.email);
    const member = await scope.manager
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.user_id')
      .where('lower(u.email) = :email', { email })
      .getOne();
    if (member) throw conflict(`${email} is already a member of this organization.`);
    await this.setAsideExpired(scope, email);
    const token = randomBytes(32).toString('base64url');
    let invitation: Invitation;
    try {
      invitation = await scope.manager.save(
        scope.manager.create(Invitation, {
          organizationId: principal.organizationId,
          email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: principal.membership.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_invitation_pending_email')) {
        throw conflict(
          `An invitation to ${email} is already pending. Revoke it to send a new one.`,
        );
      }
      throw error;
    }
    const organization = await scope.manager.findOneByOrFail(Organization, {
      id: principal.organizationId,
    });
    const inviter = await scope.manager.findOneByOrFail(User, { id: principal.userId });
    try {
      await this.mail.send({
        to: email,
        replyTo: inviter.email,
        subject: `${inviter.name} invited you to ${organization.name} on OnRecord`,
        text:
          `${inviter.name} invited you to join ${organization.name} on OnRecord as ${input.role.toLowerCase()}.\n\n` +
          `Accept the invitation here (it expires in ${INVITATION_TTL_DAYS} days and works once):\n` +
          `${this.config.publicUrl}/invitations/accept?token=${token}\n\n` +
          'If you did not expect this, you can ignore this email.',
        idempotencyKey: `invitation/${invitation.id}`,
      });
    } catch {
      throw serviceUnavailable(
        'The invitation email could not be sent, so nothing was saved. Try again in a moment.',
      );
    }
    return toInvitation(invitation);
  }

  async list(
    scope: DataScope,
    first: number,
    after?: string | null,
  ): Promise<Connection<InvitationObject>> {
    const query = scope.manager
      .createQueryBuilder(Invitation, 'i')
      .orderBy("date_trunc('milliseconds', i.created_at)", 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(first + 1);
    if (after) {
      const cursor = decodeCursor(after);
      query.where("(date_trunc('milliseconds', i.created_at), i.id) < (:at, :id)", {
        at: cursor.sortValue,
        id: cursor.id,
      });
    }
    return toConnection(
      await query.getMany(),
      first,
      (i) => i.createdAt.toISOString(),
      toInvitation,
    );
  }

  /**
   * An expired invitation can never be accepted, but it still held the address's one pending
   * place: it is set aside (kept, revoked now) so the address can be invited again.
   */
  private async setAsideExpired(scope: DataScope, email: string): Promise<void> {
    const lapsed = await scope.manager
      .createQueryBuilder(Invitation, 'i')
      .where('lower(i.email) = :email', { email })
      .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at <= now()')
      .getMany();
    for (const invitation of lapsed) {
      invitation.revokedAt = new Date();
      await scope.manager.save(invitation);
    }
  }

  async revoke(scope: DataScope, id: string): Promise<InvitationObject> {
    const invitation = isUuid(id) ? await scope.manager.findOneBy(Invitation, { id }) : null;
    if (!invitation) throw notFound('Invitation');
    const status = invitationStatus(invitation);
    if (status === InvitationStatus.ACCEPTED)
      throw conflict('This invitation was already accepted; remove the member instead.');
    if (status === InvitationStatus.PENDING) {
      invitation.revokedAt = new Date();
      await scope.manager.save(invitation);
    }
    return toInvitation(invitation);
  }

  /**
   * Accepts with a new account (name and a new password) or an existing one (its password).
   * The token names the invitation; nothing else of its organization is visible until it
   * has been checked.
   */
  async accept(
    input: AcceptInvitationInput,
    clientAddress: string,
    requestId?: string,
  ): Promise<AuthPayload> {
    const invitationTokenHash = hashToken(input.token);
    const invitation = await this.crossOrganization.run(
      'accept-invitation',
      { lookup: { invitationTokenHash } },
      requestId,
      (scope) => scope.manager.findOneBy(Invitation, { tokenHash: invitationTokenHash }),
    );
    const problem = !invitation
      ? 'is not a valid invitation token'
      : {
          [InvitationStatus.ACCEPTED]: 'has already been used',
          [InvitationStatus.REVOKED]: 'was revoked by the organization',
          [InvitationStatus.EXPIRED]: 'has expired; ask for a new invitation',
          [InvitationStatus.PENDING]: null,
        }[invitationStatus(invitation)];
    if (problem || !invitation)
      throw badUserInput([{ field: 'token', message: problem ?? 'is not valid' }]);

    const email = invitation.email;
    const wait = await this.throttle.retryAfter(email, clientAddress);
    if (wait > 0)
      throw unauthenticated(
        `Too many failed attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
      );
    const existing = await this.crossOrganization.run(
      'accept-invitation',
      { lookup: { loginEmail: email } },
      requestId,
      (scope) => findUserByEmail(scope, email, true),
    );
    let newAccount: { name: string; passwordHash: string } | undefined;
    if (existing) {
      if (!(await this.hasher.verify(existing.passwordHash, input.password))) {
        await this.throttle.recordFailure(email, clientAddress);
        throw unauthenticated(
          `An account for ${email} exists: enter its password. ${WRONG_CREDENTIALS}`,
        );
      }
    } else {
      if (!input.name)
        throw badUserInput([{ field: 'name', message: 'is needed to create your account' }]);
      assertPasswordAcceptable(input.password, email, input.name, 'password');
      newAccount = {
        name: input.name.trim(),
        passwordHash: await this.hasher.hash(input.password),
      };
    }

    return this.crossOrganization.run(
      'accept-invitation',
      { lookup: { invitationTokenHash, loginEmail: email } },
      requestId,
      async (scope) => {
        // The token proved the invitation: act in its organization (locking the row needs it).
        await scope.become({ organizationId: invitation.organizationId });
        const locked = await scope.manager.findOne(Invitation, {
          where: { id: invitation.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!locked || invitationStatus(locked) !== InvitationStatus.PENDING) {
          throw badUserInput([{ field: 'token', message: 'has already been used' }]);
        }
        const user =
          existing ??
          (await scope.manager.save(scope.manager.create(User, { email, ...newAccount })));
        await scope.become({ userId: user.id });
        const already = await scope.manager.findOneBy(Membership, {
          organizationId: invitation.organizationId,
          userId: user.id,
        });
        if (!already) {
          await scope.manager.save(
            scope.manager.create(Membership, {
              organizationId: invitation.organizationId,
              userId: user.id,
              role: invitation.role,
            }),
          );
        }
        locked.acceptedAt = new Date();
        await scope.manager.save(locked);
        const organization = await scope.manager.findOneByOrFail(Organization, {
          id: invitation.organizationId,
        });
        return this.sessions.payload(scope, user, organization);
      },
    );
  }
}
