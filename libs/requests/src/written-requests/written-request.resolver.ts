import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { RecordLifecycleResolver, PageArgs, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import {
  CreateWrittenRequestInput,
  DeadlinePreviewInput,
  EmailWrittenRequestInput,
  DueSoonArgs,
  OverrideDeadlineInput,
  SendWrittenRequestInput,
  UpdateWrittenRequestInput,
  WrittenRequestsArgs,
} from './written-request.inputs';
import { WrittenRequestConnection, WrittenRequestObject } from './written-request.objects';
import { WrittenRequestService } from './written-request.service';
import { RequestDeadlineObject } from '../deadlines/request-deadline.objects';
import { RequestDeadlineService } from '../deadlines/request-deadline.service';
import { toWrittenRequest } from './written-request.conversions';
import { toRequestDeadline } from '../deadlines/request-deadline.conversions';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

/** Written requests: draft, send, correct, withdraw, close, deadlines, lists, archive, delete. */
@Resolver(() => WrittenRequestObject)
export class WrittenRequestResolver extends RecordLifecycleResolver({
  name: 'WrittenRequest',
  object: WrittenRequestObject,
  service: WrittenRequestService,
  toObject: toWrittenRequest,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides the request from lists.',
    delete:
      'Deletes a request with its recipients and attachments. Refused while it has school responses: archive it instead.',
  },
}) {
  constructor(
    private readonly requests: WrittenRequestService,
    private readonly deadlines: RequestDeadlineService,
  ) {
    super();
  }

  @FamilyRecords()
  @Query(() => WrittenRequestObject, {
    description: 'A written request of the organization, archived or not.',
  })
  async writtenRequest(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.get(scope, id));
  }

  @FamilyRecords()
  @Query(() => WrittenRequestConnection, {
    description:
      'Earliest due first (no deadline last), then oldest created, then by id. Archived requests only with includeArchived.',
  })
  async writtenRequests(
    @Args() args: WrittenRequestsArgs,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<Connection<WrittenRequestObject>> {
    // Only "mine" needs to know who asks (a reporting key has no membership).
    const membershipId = args.filter?.assignedToMe ? member.membership.id : undefined;
    return this.requests.list(scope, args.filter, args.first, args.after, new Date(), membershipId);
  }

  @FamilyRecords()
  @Query(() => WrittenRequestConnection, {
    description: 'SENT requests with no response past their deadline, earliest due first.',
  })
  async overdueRequests(
    @Args() args: PageArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<WrittenRequestObject>> {
    return this.requests.overdue(scope, args.first, args.after);
  }

  @FamilyRecords()
  @Query(() => WrittenRequestConnection, {
    description:
      'SENT requests with no response due from now to withinDays days from now, earliest first.',
  })
  async dueSoonRequests(
    @Args() args: DueSoonArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<WrittenRequestObject>> {
    return this.requests.dueSoon(scope, args.withinDays, args.first, args.after);
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => RequestDeadlineObject, {
    description:
      'What the deadline of a request of this type would be if the school received it on receivedOn (default today), sent for a case, to a district, or only in a state ("if we send it today, when must they answer?"); nothing is saved. Without the district\'s school calendar a school-day count is provisional, and says so.',
  })
  async deadlinePreview(
    @Args('input') input: DeadlinePreviewInput,
    @Scope() scope: DataScope,
  ): Promise<RequestDeadlineObject> {
    const result = await this.deadlines.preview(scope, input);
    return toRequestDeadline(result);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => WrittenRequestObject, { description: 'Drafts a written request for a case.' })
  async createWrittenRequest(
    @Args('input') input: CreateWrittenRequestInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.create(scope, member, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => WrittenRequestObject, {
    description:
      'A draft: any field. Once sent: trigger, receivedOn and recipients only; the deadline is recomputed (an override stays).',
  })
  async updateWrittenRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWrittenRequestInput,
    @Scope() scope: DataScope,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.update(scope, id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => WrittenRequestObject, {
    description: 'DRAFT → SENT; the deadline is computed from receivedOn.',
  })
  async sendWrittenRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SendWrittenRequestInput,
    @Scope() scope: DataScope,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.send(scope, id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => WrittenRequestObject, {
    description:
      "DRAFT → SENT, emailed by OnRecord now to the school contacts it is addressed to (each needs an email address), from the advocate's name at the organization's sending address. Sent and received today: the deadline counts from today. The email is the follow-up of kind REQUEST_LETTER; follow-ups reply in its thread.",
  })
  async emailWrittenRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => EmailWrittenRequestInput, nullable: true })
    input: EmailWrittenRequestInput | null,
    @Scope() scope: DataScope,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.email(scope, id, input ?? {}));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => WrittenRequestObject, { description: 'DRAFT or SENT → WITHDRAWN.' })
  async withdrawWrittenRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Scope() scope: DataScope,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.withdraw(scope, id, reason));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => WrittenRequestObject, {
    description: 'SENT, RESPONDED or PARTIALLY_RESPONDED → CLOSED.',
  })
  async closeWrittenRequest(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.close(scope, id));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => WrittenRequestObject, {
    description: 'Sets the due day by hand, with a reason (audited); never recomputed away.',
  })
  async overrideDeadline(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OverrideDeadlineInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.overrideDeadline(scope, member, id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => WrittenRequestObject, { description: 'Back to the computed deadline.' })
  async clearDeadlineOverride(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<WrittenRequestObject> {
    return toWrittenRequest(await this.requests.clearDeadlineOverride(scope, id));
  }
}
