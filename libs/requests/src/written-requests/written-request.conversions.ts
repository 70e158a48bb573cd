import type { DeadlineResult } from '@onrecord/deadlines';
import type { DeadlineTrigger } from '../deadlines/deadline-trigger';
import { toRequestDeadline } from '../deadlines/request-deadline.conversions';
import type { RequestAttachment } from './request-attachment.entity';
import type { WrittenRequest } from './written-request.entity';
import type { RequestAttachmentObject, WrittenRequestObject } from './written-request.objects';
import { isOverdue } from './written-request-status';

/** The request as GraphQL shows it; `overdue` is computed now, never stored. */
export function toWrittenRequest(r: WrittenRequest, now = new Date()): WrittenRequestObject {
  const result = r.deadline as DeadlineResult | null;
  const override =
    r.overrideDueOn !== null && r.overrideReason !== null && r.dueAt
      ? {
          dueOn: r.overrideDueOn,
          reason: r.overrideReason,
          byUserId: r.overriddenByUserId,
          dueAt: r.dueAt,
        }
      : null;
  return {
    id: r.id,
    caseId: r.caseId,
    type: r.type,
    trigger: r.trigger as DeadlineTrigger,
    subject: r.subject,
    body: r.body,
    channel: r.channel,
    emailMessageId: r.emailMessageId,
    sentFromOnRecord: r.sentFromOnRecord,
    replyWaitingSince: r.replyWaitingSince,
    status: r.status,
    overdue: isOverdue(r.status, r.dueAt, now),
    sentOn: r.sentOn,
    receivedOn: r.receivedOn,
    recipientNote: r.recipientNote,
    deadline: result ? toRequestDeadline(result, override) : null,
    closedOn: r.closedOn,
    withdrawnReason: r.withdrawnReason,
    createdByUserId: r.createdByUserId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    archivedAt: r.archivedAt,
  };
}

export const toRequestAttachment = (a: RequestAttachment): RequestAttachmentObject => ({
  id: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  sizeBytes: a.sizeBytes === null ? null : Number(a.sizeBytes),
  description: a.description,
});
