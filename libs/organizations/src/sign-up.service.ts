import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { hashToken, User } from '@onrecord/accounts';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { MailService } from '@onrecord/platform/mail';
import { LoginThrottle, PasswordHasher, type RequestThrottle } from '@onrecord/platform/auth';
import { CrossOrganizationAccess, isUniqueViolation } from '@onrecord/platform/database';
import { unauthenticated } from '@onrecord/platform/errors';
import { MemberRole } from './member-role';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import type { SignUpInput } from './organization.inputs';
import type { AuthPayload } from './organization.objects';
import { normalizeEmail } from './conversions';
import { SignUpRequest } from './sign-up-request.entity';
import {
  assertPasswordAcceptable,
  findUserByEmail,
  SessionService,
  tooManyRequests,
} from './session.service';

/** A confirmation link works once, for this long. */
export const SIGN_UP_LINK_HOURS = 24;
/** The one answer to a sign-up, whether or not the address already has an account. */
export const SIGN_UP_STARTED =
  'Check your email: a link to confirm the address and finish signing up is on its way. It works for 24 hours.';
export const SIGN_UP_LINK_UNUSABLE =
  'This sign-up link has expired or was already used. Sign in, or sign up again.';
/** Sign-ups per email and per client address in 15 minutes. */
// Generous per address: an office behind one address signs up its staff; still a bound.
export const SIGN_UPS = { perEmail: 5, perAddress: 100 };

type Mail = { to: string; subject: string; text: string; key: string };

/**
 * Sign-up in two steps, so that its answer never tells whether an address has an account:
 * `signUp` always answers "check your email"; the mail either carries a link that creates
 * the account and the organization (`confirmSignUp`), or tells an existing owner that they
 * already have one. Nothing is created for an address nobody has confirmed.
 */
@Injectable()
export class SignUpService {
  private readonly logger = new Logger(SignUpService.name);
  private readonly throttle: RequestThrottle;

  constructor(
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    loginThrottle: LoginThrottle,
  ) {
    this.throttle = loginThrottle.requests('sign-up', SIGN_UPS);
  }

  async signUp(input: SignUpInput, clientAddress: string, requestId?: string): Promise<string> {
    const email = normalizeEmail(input.email);
    const wait = await this.throttle.take(email, clientAddress);
    if (wait > 0) throw tooManyRequests('Too many sign-ups from here.', wait);
    assertPasswordAcceptable(input.password, email, input.name, 'password');
    // Hashed either way: the answer takes as long for an address with an account.
    const passwordHash = await this.hasher.hash(input.password);
    const mail = await this.crossOrganization.run(
      'sign-up',
      { lookup: { loginEmail: email } },
      requestId,
      async (scope): Promise<Mail> => {
        const owner = await findUserByEmail(scope, email);
        if (owner) return this.alreadyHasAnAccount(owner);
        await scope.manager.delete(SignUpRequest, { email, expiresAt: LessThan(new Date()) });
        const token = randomBytes(32).toString('base64url');
        await scope.manager.insert(SignUpRequest, {
          email,
          name: input.name.trim(),
          passwordHash,
          organizationName: input.organization.name.trim(),
          timeZone: input.organization.timeZone,
          homeState: input.organization.homeState,
          tokenHash: hashToken(token),
          // From the database's clock, as created_at is: the lifetime check compares the two.
          expiresAt: () => `now() + interval '${SIGN_UP_LINK_HOURS} hours'`,
        });
        return this.confirmation(email, input.name.trim(), token);
      },
    );
    // Not awaited: the answer must not wait for (or reveal) the mail server.
    void this.mail
      .send({ to: mail.to, subject: mail.subject, text: mail.text, idempotencyKey: mail.key })
      .catch((error: unknown) =>
        this.logger.error({ err: error, requestId }, 'sign-up mail not sent'),
      );
    return SIGN_UP_STARTED;
  }

  /** Creates the account, the organization and its first admin from a confirmed sign-up. */
  async confirmSignUp(token: string, requestId?: string): Promise<AuthPayload> {
    const tokenHash = hashToken(token);
    try {
      return await this.crossOrganization.run(
        'sign-up',
        { lookup: { signUpTokenHash: tokenHash } },
        requestId,
        async (scope) => {
          const found = await scope.manager.findOneBy(SignUpRequest, { tokenHash });
          if (!found) throw unauthenticated(SIGN_UP_LINK_UNUSABLE);
          // The token names its address: act for it, then lock the row (two clicks of one
          // link: the second waits, then finds it gone).
          await scope.become({ lookup: { loginEmail: found.email } });
          const request = await scope.manager.findOne(SignUpRequest, {
            where: { id: found.id },
            lock: { mode: 'pessimistic_write' },
          });
          if (!request || request.expiresAt <= new Date())
            throw unauthenticated(SIGN_UP_LINK_UNUSABLE);
          if (await findUserByEmail(scope, request.email))
            throw unauthenticated(SIGN_UP_LINK_UNUSABLE);
          const user = await scope.manager.save(
            scope.manager.create(User, {
              email: request.email,
              name: request.name,
              passwordHash: request.passwordHash,
            }),
          );
          const organizationId = randomUUID();
          await scope.become({ userId: user.id, organizationId });
          const organization = await scope.manager.save(
            scope.manager.create(Organization, {
              id: organizationId,
              name: request.organizationName,
              timeZone: request.timeZone,
              homeState: request.homeState,
            }),
          );
          await scope.manager.save(
            scope.manager.create(Membership, {
              organizationId,
              userId: user.id,
              role: MemberRole.ADMIN,
            }),
          );
          // The address is confirmed: its other sign-ups (and their passwords) go.
          await scope.manager.delete(SignUpRequest, { email: request.email });
          return this.sessions.payload(scope, user, organization);
        },
      );
    } catch (error) {
      // Two links of one address opened at once: the second finds the account made.
      if (isUniqueViolation(error, 'UQ_app_user_email'))
        throw unauthenticated(SIGN_UP_LINK_UNUSABLE);
      throw error;
    }
  }

  private confirmation(to: string, name: string, token: string): Mail {
    const url = `${this.config.publicUrl}/sign-up/confirm?token=${encodeURIComponent(token)}`;
    return {
      to,
      subject: 'Confirm your email to finish signing up for OnRecord',
      text: [
        `Hello ${name},`,
        '',
        `To finish creating your OnRecord account and your organization, open this link within ${SIGN_UP_LINK_HOURS} hours:`,
        '',
        url,
        '',
        'If you did not sign up for OnRecord, ignore this email: nothing is created without this link.',
      ].join('\n'),
      key: `sign-up:${hashToken(token)}`,
    };
  }

  private alreadyHasAnAccount(owner: User): Mail {
    return {
      to: owner.email,
      subject: 'You already have an OnRecord account',
      text: [
        `Hello ${owner.name},`,
        '',
        'Someone (we hope you) tried to sign up for OnRecord with this email. It already has an account, so nothing new was created.',
        '',
        `Sign in at ${this.config.publicUrl}/sign-in — if you do not remember your password, ask there for a sign-in link by email.`,
        '',
        'If it was not you, you can ignore this email: your account is unchanged.',
      ].join('\n'),
      // Each try is its own message; the sign-up throttle bounds how many an address gets.
      key: `sign-up-existing:${owner.id}:${randomUUID()}`,
    };
  }
}
