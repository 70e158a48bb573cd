import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Member,
  CurrentRequest,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { notFound } from '@onrecord/platform/errors';
import { type Connection } from '@onrecord/platform/graphql';
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
    @Scope() scope: DataScope,
  ): Promise<FollowUpObject> {
    return toFollowUp(await this.service.get(scope, id));
  }

  @FamilyRecords()
  @Query(() => FollowUpConnection, {
    description:
      'Follow-ups by scheduled time, soonest first: filter by status DRAFT for the drafts to approve, FAILED for what could not be sent.',
  })
  async followUps(
    @Args() args: FollowUpsArgs,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<Connection<FollowUpObject>> {
    // Only "mine" needs to know who asks (a reporting key has no membership).
    const membershipId = args.filter?.assignedToMe ? member.membership.id : undefined;
    return this.service.list(scope, args, membershipId);
  }

  @Roles(ADMIN, ADVOCATE)
  @Query(() => FollowUpPreviewObject, {
    description:
      'The follow-up as it would go out now: words, recipients, reply-to. With template, as it would with those words of its kind (not saved), in their language.',
  })
  async followUpPreview(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
    @Args('template', { type: () => FollowUpTemplatePreviewInput, nullable: true })
    template: FollowUpTemplatePreviewInput | null,
  ): Promise<FollowUpPreviewObject> {
    return this.service.preview(scope, id, template);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FollowUpObject, {
    description:
      'Changes the words of a follow-up not yet sent (merge fields allowed). Drafts are approved with approveFollowUp.',
  })
  async editFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EditFollowUpDraftInput,
    @Scope() scope: DataScope,
  ): Promise<FollowUpObject> {
    return toFollowUp(await this.service.editDraft(scope, id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FollowUpObject, {
    description: 'Sends a DRAFT: now, or when the sending window next opens.',
  })
  async approveFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<FollowUpObject> {
    return toFollowUp(await this.service.approve(scope, member, id));
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
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<FollowUpObject> {
    return toFollowUp(await this.service.retry(scope, member, id, recipientContactIds));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FollowUpObject, {
    description: 'A follow-up not yet sent is not sent; it is kept, CANCELLED, with the reason.',
  })
  async discardFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<FollowUpObject> {
    return toFollowUp(await this.service.discard(scope, member, id, reason));
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => [FollowUpTemplateObject], {
    description: "The organization's follow-up templates (the built-in words until changed).",
  })
  async followUpTemplates(@Scope() scope: DataScope): Promise<FollowUpTemplateObject[]> {
    return this.service.templates(scope);
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
    @Scope() scope: DataScope,
    @Args('language', { type: () => String, defaultValue: 'en' }) language: string,
  ): Promise<FollowUpTemplateObject> {
    return this.service.saveTemplate(scope, kind, language, input);
  }

  @Roles(ADMIN)
  @Mutation(() => FollowUpTemplateObject, { description: 'Back to the built-in words.' })
  async resetFollowUpTemplate(
    @Args('kind', { type: () => FollowUpKind }) kind: FollowUpKind,
    @Scope() scope: DataScope,
    @Args('language', { type: () => String, defaultValue: 'en' }) language: string,
  ): Promise<FollowUpTemplateObject> {
    return this.service.resetTemplate(scope, kind, language);
  }

  @Roles(ADMIN)
  @Query(() => FollowUpHealthObject, {
    description:
      "Queue health (waiting, active, delayed, failed jobs per queue; the queues are shared by every organization) and the organization's follow-ups by status.",
  })
  async followUpHealth(@Scope() scope: DataScope): Promise<FollowUpHealthObject> {
    const counts = await this.service.counts(scope);
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
    @CurrentRequest() request: RequestContext,
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
    @CurrentRequest() request: RequestContext,
  ): Promise<FollowUpAttemptObject[]> {
    return loadFollowUpAttempts(request, followUp.id);
  }
}
