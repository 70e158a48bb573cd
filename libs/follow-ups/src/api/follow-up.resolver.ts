import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { notFound, type Connection, type RequestContext } from '@onrecord/platform/graphql';
import { QueueHealth } from '@onrecord/platform/queue';
import {
  MergeFieldObject,
  WrittenRequestObject,
  loadWrittenRequest,
  toWrittenRequest,
} from '@onrecord/requests';
import { FollowUpKind } from '../model/follow-up-enums';
import {
  EditFollowUpDraftInput,
  FollowUpsArgs,
  FollowUpTemplateInput,
  FollowUpTemplatePreviewInput,
} from './follow-up.inputs';
import {
  FollowUpAttemptObject,
  FollowUpConnection,
  FollowUpHealthObject,
  FollowUpObject,
  FollowUpPreviewObject,
  FollowUpTemplateObject,
} from './follow-up.objects';
import { FollowUpService, toFollowUp } from './follow-up.service';
import { FOLLOW_UP_MERGE_FIELDS } from '../messages/merge-fields';
import { loadFollowUpAttempts } from './follow-up-attempts.loader';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => FollowUpObject)
export class FollowUpResolver {
  constructor(
    private readonly service: FollowUpService,
    private readonly queues: QueueHealth,
  ) {}

  @FamilyRecords()
  @Query(() => FollowUpObject)
  async followUp(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
  ): Promise<FollowUpObject> {
    return toFollowUp(await this.service.get(await request.scope(), id));
  }

  @FamilyRecords()
  @Query(() => FollowUpConnection, {
    description:
      'Follow-ups by scheduled time, soonest first: filter by status DRAFT for the drafts to approve, FAILED for what could not be sent.',
  })
  async followUps(
    @Args() args: FollowUpsArgs,
    @Context('request') request: RequestContext,
  ): Promise<Connection<FollowUpObject>> {
    // Only "mine" needs to know who asks (a reporting key has no membership).
    const membershipId = args.filter?.assignedToMe ? request.member().membership.id : undefined;
    return this.service.list(await request.scope(), args, membershipId);
  }

  @Roles(ADMIN, ADVOCATE)
  @Query(() => FollowUpPreviewObject, {
    description:
      'The follow-up as it would go out now: words, recipients, reply-to. With template, as it would with those words of its kind (not saved), in their language.',
  })
  async followUpPreview(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
    @Args('template', { type: () => FollowUpTemplatePreviewInput, nullable: true })
    template: FollowUpTemplatePreviewInput | null,
  ): Promise<FollowUpPreviewObject> {
    return this.service.preview(await request.scope(), id, template);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FollowUpObject, {
    description:
      'Changes the words of a follow-up not yet sent (merge fields allowed). Drafts are approved with approveFollowUp.',
  })
  async editFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditFollowUpDraftInput,
    @Context('request') request: RequestContext,
  ): Promise<FollowUpObject> {
    return toFollowUp(await this.service.editDraft(await request.scope(), id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FollowUpObject, {
    description: 'Sends a DRAFT: now, or when the sending window next opens.',
  })
  async approveFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
  ): Promise<FollowUpObject> {
    const scope = await request.scope();
    return toFollowUp(await this.service.approve(scope, request.member(), id));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FollowUpObject, {
    description:
      "Sends a FAILED follow-up again, now or when the sending window next opens, at most once; with recipientContactIds, to those school contacts instead (staff of the student's school or of its district, with an email address).",
  })
  async retryFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @Args('recipientContactIds', { type: () => [ID], nullable: true })
    recipientContactIds: string[] | null,
    @Context('request') request: RequestContext,
  ): Promise<FollowUpObject> {
    const scope = await request.scope();
    return toFollowUp(await this.service.retry(scope, request.member(), id, recipientContactIds));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FollowUpObject, {
    description: 'A follow-up not yet sent is not sent; it is kept, CANCELLED, with the reason.',
  })
  async discardFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Context('request') request: RequestContext,
  ): Promise<FollowUpObject> {
    const scope = await request.scope();
    return toFollowUp(await this.service.discard(scope, request.member(), id, reason));
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => [FollowUpTemplateObject], {
    description: "The organization's follow-up templates (the built-in words until changed).",
  })
  async followUpTemplates(
    @Context('request') request: RequestContext,
  ): Promise<FollowUpTemplateObject[]> {
    return this.service.templates(await request.scope());
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => [MergeFieldObject], { description: 'The fields a follow-up template can use.' })
  followUpMergeFields(): MergeFieldObject[] {
    return FOLLOW_UP_MERGE_FIELDS.map((field) => ({ ...field }));
  }

  @Roles(ADMIN)
  @Mutation(() => FollowUpTemplateObject, {
    description:
      'Saves the words for a kind in a language (English for schools; English or Spanish for families).',
  })
  async saveFollowUpTemplate(
    @Args('kind', { type: () => FollowUpKind }) kind: FollowUpKind,
    @Args('input') input: FollowUpTemplateInput,
    @Context('request') request: RequestContext,
    @Args('language', { type: () => String, defaultValue: 'en' }) language: string,
  ): Promise<FollowUpTemplateObject> {
    const scope = await request.scope();
    const { organizationId } = request.member();
    return this.service.saveTemplate(scope, organizationId, kind, language, input);
  }

  @Roles(ADMIN)
  @Mutation(() => FollowUpTemplateObject, { description: 'Back to the built-in words.' })
  async resetFollowUpTemplate(
    @Args('kind', { type: () => FollowUpKind }) kind: FollowUpKind,
    @Context('request') request: RequestContext,
    @Args('language', { type: () => String, defaultValue: 'en' }) language: string,
  ): Promise<FollowUpTemplateObject> {
    return this.service.resetTemplate(await request.scope(), kind, language);
  }

  @Roles(ADMIN)
  @Query(() => FollowUpHealthObject, {
    description:
      "Queue health (waiting, active, delayed, failed jobs per queue; the queues are shared by every organization) and the organization's follow-ups by status.",
  })
  async followUpHealth(@Context('request') request: RequestContext): Promise<FollowUpHealthObject> {
    const counts = await this.service.counts(await request.scope());
    return {
      queues: await this.queues.counts(),
      followUps: counts.byStatus,
      overdue: counts.overdue,
    };
  }

  @ResolveField('request', () => WrittenRequestObject, {
    description:
      'The request it follows up (or whose answer carried the commitment): and its case.',
  })
  async request(
    @Parent() followUp: FollowUpObject,
    @Context('request') request: RequestContext,
  ): Promise<WrittenRequestObject> {
    // The request is the follow-up's by a foreign key: always there, archived or not.
    const found = await loadWrittenRequest(request, followUp.requestId);
    if (!found) throw notFound('Written request');
    return toWrittenRequest(found);
  }

  @ResolveField('deliveryAttempts', () => [FollowUpAttemptObject], {
    description:
      'Every attempt to deliver it, first first: when, how it ended, what the mail server said.',
  })
  async deliveryAttempts(
    @Parent() followUp: FollowUpObject,
    @Context('request') request: RequestContext,
  ): Promise<FollowUpAttemptObject[]> {
    return loadFollowUpAttempts(request, followUp.id);
  }
}
