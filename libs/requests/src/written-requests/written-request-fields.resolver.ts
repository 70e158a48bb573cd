import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { CaseObject, loadCase, toCase } from '@onrecord/cases';
import { SchoolContactObject, toSchoolContact } from '@onrecord/directory';
import { notFound } from '@onrecord/platform/errors';
import { RequestAttachmentObject, WrittenRequestObject } from './written-request.objects';
import { loadRequestAttachments, loadRequestRecipients } from './written-request.loaders';
import { toRequestAttachment } from './written-request.conversions';

/** What a written request shows beside its own columns, each through a DataLoader. */
@Resolver(() => WrittenRequestObject)
export class WrittenRequestFieldsResolver {
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
}
