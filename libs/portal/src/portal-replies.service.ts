import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { InboundAttachment, InboundMessage, InboundMessageStatus } from '@onrecord/inbound-mail';
import type { DataScope } from '@onrecord/platform/database';
import type { PortalPrincipal } from '@onrecord/platform/request';
import { WrittenRequest, WrittenRequestStatus } from '@onrecord/requests';
import { ownFamilies } from './own-families';
import type { PortalReply } from './portal-reply.objects';

/**
 * The school's replies an advocate shared with the family (mail in's `shareReplyWithFamily`),
 * per case, newest first. Only replies filed under a sent, not archived request of one of the
 * caller's own cases (ownFamilies: another family's case gives nothing), only shared ones,
 * never a bounce; their plain text only, never the HTML or the message as received.
 */
@Injectable()
export class PortalRepliesService {
  /** For each case asked, in the order asked: one query per kind of record for all of them. */
  async forCases(
    scope: DataScope,
    principal: PortalPrincipal,
    caseIds: readonly string[],
  ): Promise<PortalReply[][]> {
    const own = new Set((await ownFamilies(scope, principal).cases()).map((c) => c.id));
    const cases = caseIds.filter((id) => own.has(id));
    const { manager } = scope;
    const requests = cases.length
      ? await manager.find(WrittenRequest, {
          select: { id: true, caseId: true },
          where: {
            caseId: In(cases),
            archivedAt: IsNull(),
            status: Not(WrittenRequestStatus.DRAFT),
          },
        })
      : [];
    const caseOf = new Map(requests.map((r) => [r.id, r.caseId]));
    const messages = requests.length
      ? await manager.find(InboundMessage, {
          // Never the raw bytes or the HTML: not shown, and megabytes to carry.
          select: {
            id: true,
            requestId: true,
            receivedAt: true,
            fromName: true,
            fromAddress: true,
            subject: true,
            textBody: true,
          },
          where: {
            requestId: In([...caseOf.keys()]),
            sharedWithFamily: true,
            status: Not(InboundMessageStatus.BOUNCE),
          },
          order: { receivedAt: 'DESC', id: 'DESC' },
        })
      : [];
    const files = messages.length
      ? await manager.find(InboundAttachment, {
          select: { messageId: true, filename: true, position: true },
          where: { messageId: In(messages.map((m) => m.id)) },
          order: { position: 'ASC' },
        })
      : [];
    const replies = messages.map((m) => ({
      caseId: caseOf.get(m.requestId ?? ''),
      reply: {
        id: m.id,
        requestId: m.requestId ?? '',
        receivedAt: m.receivedAt,
        from: m.fromName?.trim() || m.fromAddress,
        subject: m.subject,
        text: m.textBody,
        attachmentNames: files.filter((f) => f.messageId === m.id).map((f) => f.filename),
      },
    }));
    return caseIds.map((id) => replies.filter((r) => r.caseId === id).map((r) => r.reply));
  }
}
