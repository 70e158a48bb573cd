import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { Public, SignedIn } from '@onrecord/platform/auth';
import { AcceptInvitationInput, LogInInput, SignUpInput } from './organization.inputs';
import { AuthPayload, MeObject } from './organization.objects';
import { SessionService } from './session.service';
import { InvitationService } from './invitation.service';
import { SignUpService } from './sign-up.service';

export function clientAddress(request: RequestContext): string {
  return request.req.socket?.remoteAddress ?? 'unknown';
}

@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
    private readonly signUps: SignUpService,
  ) {}

  @Public()
  @Mutation(() => String, {
    description:
      'Starts creating your account and your organization (you are its admin): a link to confirm the address is emailed, and confirmSignUp finishes. The same answer whether or not the email already has an account; its owner is emailed instead.',
  })
  signUp(
    @Args('input') input: SignUpInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<string> {
    return this.signUps.signUp(input, clientAddress(request), request.requestId);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Finishes a sign-up with the token from its confirmation email (it works once, for 24 hours): creates the account and the organization, and signs you in.',
  })
  confirmSignUp(
    @Args('token') token: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<AuthPayload> {
    return this.signUps.confirmSignUp(token, request.requestId);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Wrong email and wrong password get the same answer. Repeated failures are slowed down.',
  })
  logIn(
    @Args('input') input: LogInInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<AuthPayload> {
    return this.sessions.logIn(input, clientAddress(request), request.requestId);
  }

  @Public()
  @Mutation(() => String, {
    description:
      'Emails a sign-in link (it works once, for 15 minutes) if the email has an account: the way in when failed attempts make the password wait. Its token is a refresh token: refreshSession trades it for a session. The same answer for any email.',
  })
  requestSignInLink(
    @Args('email') email: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<string> {
    return this.sessions.requestSignInLink(email, clientAddress(request), request.requestId);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token (once) for a new access and refresh token; also the token of an emailed sign-in link.',
  })
  refreshSession(
    @Args('refreshToken') refreshToken: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<AuthPayload> {
    return this.sessions.refreshSession(refreshToken, request.requestId);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session the refresh token belongs to.' })
  logOut(
    @Args('refreshToken') refreshToken: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<boolean> {
    return this.sessions.logOut(refreshToken, request.requestId);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Joins the inviting organization, creating your account if needed.',
  })
  acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<AuthPayload> {
    return this.invitations.accept(input, clientAddress(request), request.requestId);
  }

  @SignedIn()
  @Mutation(() => AuthPayload, {
    description: 'Works in another of your organizations from now on.',
  })
  async switchOrganization(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<AuthPayload> {
    return this.sessions.switchOrganization(
      await request.scope(),
      request.signedIn(),
      organizationId,
    );
  }

  @SignedIn()
  @Query(() => MeObject, { description: 'You, your organizations and the active one.' })
  async me(@CurrentRequest() request: RequestContext): Promise<MeObject> {
    return this.sessions.me(await request.scope(), request.signedIn());
  }
}
