import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyRecords } from '@onrecord/platform/auth';
import type { DataScope } from '@onrecord/platform/database';
import type { Connection } from '@onrecord/platform/graphql';
import {
  CurrentRequest,
  Member,
  Scope,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { loadWrittenRequest, toWrittenRequest, WrittenRequestObject } from '@onrecord/requests';
import { InboundMessagesArgs } from './inbound-message.inputs';
import {
  InboundAttachmentObject,
  InboundMessageConnection,
  InboundMessageObject,
} from './inbound-message.objects';
import { InboundMessageService } from './inbound-message.service';

/** Captured replies, read by whoever reads the family records they belong to. */
@Resolver(() => InboundMessageObject)
export class InboundMessageResolver {
  constructor(private readonly messages: InboundMessageService) {}

  @FamilyRecords()
  @Query(() => InboundMessageConnection, {
    description:
      "Captured replies, newest first: the organization's, a request's (filter.requestId), by status, or the triage list (filter.triage).",
  })
  async inboundMessages(
    @Args() args: InboundMessagesArgs,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<Connection<InboundMessageObject>> {
    return this.messages.list(scope, args, member.membership.id);
  }

  @FamilyRecords()
  @Query(() => InboundMessageObject, { description: 'A captured reply.' })
  async inboundMessage(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<InboundMessageObject> {
    return this.messages.get(scope, id);
  }

  @ResolveField(() => WrittenRequestObject, {
    nullable: true,
    description: 'The request it is filed under.',
  })
  async request(
    @Parent() parent: InboundMessageObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<WrittenRequestObject | null> {
    if (!parent.requestId) return null;
    const found = await loadWrittenRequest(request, parent.requestId);
    return found ? toWrittenRequest(found) : null;
  }

  @ResolveField(() => [InboundAttachmentObject], { description: 'In the order they came.' })
  async attachments(
    @Parent() parent: InboundMessageObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<InboundAttachmentObject[]> {
    const rows = await request
      .loader<string, InboundAttachmentObject[]>('inbound-attachments', async (scope, ids) => {
        const found = (await scope.manager.query(
          `SELECT id, message_id, filename, content_type, size_bytes, content IS NOT NULL AS kept,
                  document_id, refused_reason
             FROM inbound_attachment WHERE message_id = ANY($1) ORDER BY position`,
          [[...ids]],
        )) as Array<{
          id: string;
          message_id: string;
          filename: string;
          content_type: string;
          size_bytes: number;
          kept: boolean;
          document_id: string | null;
          refused_reason: string | null;
        }>;
        return ids.map((id) =>
          found
            .filter((a) => a.message_id === id)
            .map((a) => ({
              id: a.id,
              filename: a.filename,
              contentType: a.content_type,
              sizeBytes: a.size_bytes,
              kept: a.kept,
              documentId: a.document_id,
              refusedReason: a.refused_reason,
            })),
        );
      })
      .load(parent.id);
    return rows ?? [];
  }
}
