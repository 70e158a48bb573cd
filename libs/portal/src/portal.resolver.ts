import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Guardian,
  CurrentRequest,
  type PortalPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { GuardianPreferencesInput } from '@onrecord/families';
import { clientAddress } from '@onrecord/organizations';
import { ObservationTagService } from '@onrecord/attendance';
import { Portal, Public } from '@onrecord/platform/auth';
import { PortalCasesService } from './portal-cases.service';
import { PortalFamilyService } from './portal-family.service';
import { PortalSignInService } from './portal-sign-in.service';
import {
  PortalAttendanceArgs,
  PortalRecordAttendanceInput,
  PortalSignInArgs,
} from './portal.inputs';
import {
  PortalAttendanceEntry,
  PortalCase,
  PortalGuardian,
  PortalMe,
  PortalOrganization,
  PortalSessionPayload,
  PortalSignInRequested,
  PortalSupport,
  PortalTrigger,
} from './portal.objects';

/** The family portal: signing in by magic link, and what a guardian sees and does there. */
@Resolver()
export class PortalResolver {
  constructor(
    private readonly signIn: PortalSignInService,
    private readonly cases: PortalCasesService,
    private readonly family: PortalFamilyService,
    private readonly tags: ObservationTagService,
  ) {}

  @Public()
  @Mutation(() => PortalSignInRequested, {
    description:
      'Emails a single-use sign-in link (15 minutes) to a guardian with portal access. Same answer for any address; throttled.',
  })
  async requestPortalSignIn(
    @Args('email') email: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<PortalSignInRequested> {
    const message = await this.signIn.requestLink(email, clientAddress(request), request.requestId);
    return { message };
  }

  @Public()
  @Mutation(() => PortalSessionPayload, {
    description:
      'Trades the token of a sign-in link (once, within 15 minutes) for a portal session.',
  })
  async signInToPortal(
    @Args() args: PortalSignInArgs,
    @CurrentRequest() request: RequestContext,
  ): Promise<PortalSessionPayload> {
    const session = await this.signIn.signIn(
      args.token,
      args.organizationId ?? null,
      request.requestId,
    );
    const organization = session.organizations.find((o) => o.id === session.organizationId);
    if (!organization) throw new Error('the chosen organization is not in the list');
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      organization,
      organizations: session.organizations,
    };
  }

  @Portal()
  @Mutation(() => PortalOrganization, {
    description: "Looks at another organization's portal where you have access (same token).",
  })
  switchPortalOrganization(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<PortalOrganization> {
    return this.signIn.switchOrganization(request.guardian(), organizationId, request.requestId);
  }

  @Portal()
  @Mutation(() => Boolean, { description: 'Ends this portal session.' })
  async signOutOfPortal(@CurrentRequest() request: RequestContext): Promise<boolean> {
    await this.signIn.signOut(request.guardian(), request.requestId);
    return true;
  }

  @Portal()
  @Query(() => PortalMe)
  async portalMe(
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalMe> {
    return this.family.me(scope, guardian);
  }

  @Portal()
  @Query(() => [PortalOrganization], {
    description: 'Every organization whose family portal you can switch to.',
  })
  portalOrganizations(@CurrentRequest() request: RequestContext): Promise<PortalOrganization[]> {
    return this.signIn.organizations(request.guardian(), request.requestId);
  }

  @Portal()
  @Query(() => [PortalCase], { description: "Your families' cases here, newest first." })
  async portalCases(
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalCase[]> {
    return this.cases.list(scope, guardian);
  }

  @Portal()
  @Query(() => PortalCase)
  async portalCase(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalCase> {
    return this.cases.get(scope, guardian, id);
  }

  @Portal()
  @Query(() => [PortalAttendanceEntry], { description: "A student's days, by date." })
  async portalAttendanceEntries(
    @Args() args: PortalAttendanceArgs,
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalAttendanceEntry[]> {
    return this.family.attendanceEntries(scope, guardian, args);
  }

  @Portal()
  @Query(() => [PortalSupport], {
    description:
      "The student's supports (ended ones too), which a day may say were in place; another family's student is not found.",
  })
  async portalSupports(
    @Args('studentId', { type: () => ID }) studentId: string,
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalSupport[]> {
    return this.family.supports(scope, guardian, studentId);
  }

  @Portal()
  @Query(() => [PortalTrigger], {
    description:
      'The triggers you may name when logging a day: the built-in ones, then your organization’s own, each with its label in the other languages (a day stores the English label).',
  })
  async portalTriggers(@Scope() scope: DataScope): Promise<PortalTrigger[]> {
    const tags = await this.tags.list(scope, false);
    return tags.map(({ label, translations, builtIn }) => ({ label, translations, builtIn }));
  }

  @Portal()
  @Mutation(() => PortalAttendanceEntry, {
    description:
      'Records a school day for your student (or changes one you recorded). A day your advocate recorded is theirs to change.',
  })
  async recordPortalAttendance(
    @Args('input') input: PortalRecordAttendanceInput,
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalAttendanceEntry> {
    return this.family.recordAttendance(scope, guardian, input);
  }

  @Portal()
  @Mutation(() => [PortalGuardian], {
    description:
      'Which emails you get (school answered, request overdue, follow-up sent) and in which language.',
  })
  async updatePortalPreferences(
    @Args('input') input: GuardianPreferencesInput,
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalGuardian[]> {
    return this.family.updatePreferences(scope, guardian, input);
  }
}
