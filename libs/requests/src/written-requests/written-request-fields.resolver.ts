import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { CaseObject, loadCase, toCase } from '@onrecord/cases';
import { SchoolContactObject, toSchoolContact } from '@onrecord/directory';
import { notFound } from '@onrecord/platform/errors';
import { RequestAttachmentObject, WrittenRequestObject } from './written-request.objects';
import {
  loadReplyToken,
  loadRequestAttachments,
  loadRequestRecipients,
} from './written-request.loaders';
import { replyAddressOf } from './reply-address';
import { toRequestAttachment } from './written-request.conversions';

/** What a written request shows beside its own columns, each through a DataLoader. */
@Resolver(() => WrittenRequestObject)
export class WrittenRequestFieldsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @ResolveField(() => CaseObject)
  async case(
    @Parent() parent: WrittenRequestObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<CaseObject> {
    // The case is the request's by a foreign key (RESTRICT): always there.
    const found = await loadCase(request, parent.caseId);
    if (!found) throw notFound('Case');
    return toCase(found);
  }

  @ResolveField(() => [SchoolContactObject], {
    description: 'The school contacts it was addressed to, in the order written.',
  })
  async recipients(
    @Parent() parent: WrittenRequestObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolContactObject[]> {
    return (await loadRequestRecipients(request, parent.id)).map(toSchoolContact);
  }

  @ResolveField(() => [RequestAttachmentObject])
  async attachments(
    @Parent() parent: WrittenRequestObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<RequestAttachmentObject[]> {
    return (await loadRequestAttachments(request, parent.id)).map(toRequestAttachment);
  }

  @ResolveField(() => String, {
    description:
      "The request's own reply address (reply+<token>@<inbound domain>): its emailed letter and follow-ups carry it in Reply-To, and what the school sends there is filed under the request (inboundMessages).",
  })
  async replyAddress(
    @Parent() parent: WrittenRequestObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<string> {
    // Every request has one: the database makes it as the request is inserted.
    const token = await loadReplyToken(request, parent.id);
    if (!token) throw notFound('Reply address');
    return replyAddressOf(token, this.config.inbound.domain);
  }
}
