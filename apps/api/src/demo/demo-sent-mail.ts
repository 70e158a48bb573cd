import {
  atLocalTime,
  FollowUp,
  FollowUpAttempt,
  FollowUpAttemptOutcome,
  FollowUpKind,
  FollowUpStatus,
  messageKey,
} from '@onrecord/follow-ups';
import type { DataScope } from '@onrecord/platform/database';
import { messageIdFor } from '@onrecord/platform/mail';
import { RequestRecipient, requestLetterKey, type WrittenRequest } from '@onrecord/requests';

/**
 * Mail the demo says OnRecord sent before the day it was seeded, on record as the follow-up
 * sender leaves it (the worker has not run yet, and the scenarios' letters went out weeks
 * ago): what the schools' replies and bounces name by Message-ID. `mailDomain` is MAIL_FROM's
 * domain, as the mail service derives Message-IDs with.
 */

const SCHOOL_FACING = [FollowUpKind.SCHOOL_FOLLOW_UP, FollowUpKind.ESCALATION];

/**
 * The request as emailed from OnRecord on the day it was sent (README "Emailing a request"):
 * its Message-ID stored on it, and its letter a REQUEST_LETTER follow-up on record as sent —
 * saved before anything replans the request, so the planner never owes the letter again.
 */
export async function markEmailed(
  scope: DataScope,
  request: WrittenRequest,
  timeZone: string,
  mailDomain: string,
): Promise<void> {
  if (request.sentFromOnRecord || !request.sentOn) return;
  request.sentFromOnRecord = true;
  request.emailMessageId = messageIdFor(
    requestLetterKey(request.organizationId, request.id),
    mailDomain,
  );
  await scope.manager.save(request);
  const links = await scope.manager.find(RequestRecipient, {
    where: { requestId: request.id },
    relations: { contact: true },
    order: { position: 'ASC' },
  });
  const letter = scope.manager.create(FollowUp, {
    organizationId: request.organizationId,
    caseId: request.caseId,
    requestId: request.id,
    commitmentId: null,
    itemKey: `request/${request.id}`,
    kind: FollowUpKind.REQUEST_LETTER,
    sequence: 1,
    recipients: links.flatMap(({ contact }) =>
      contact ? [{ name: contact.name, email: contact.email ?? '', contactId: contact.id }] : [],
    ),
    cc: [],
    requiresApproval: false,
    messageId: request.emailMessageId,
    sentSubject: request.subject,
    sentBody: request.body,
  });
  await recordSent(scope, letter, atLocalTime(request.sentOn, '09:12', timeZone), mailDomain);
}

/**
 * A follow-up as the sender leaves it once the school's server took it: SENT at `sentAt`,
 * its Message-ID derived from its key (kept if it has one), one accepted attempt; what
 * follows it (an escalation, the family's update) left for the worker's sweep to plan.
 */
export async function recordSent(
  scope: DataScope,
  followUp: FollowUp,
  sentAt: Date,
  mailDomain: string,
): Promise<FollowUp> {
  followUp.status = FollowUpStatus.SENT;
  followUp.scheduledAt = sentAt;
  followUp.sentAt = sentAt;
  followUp.attempts = 1;
  followUp.messageId ??= messageIdFor(messageKey(followUp), mailDomain);
  followUp.queuedAt = null;
  followUp.leaseUntil = null;
  // Only a message to the school has a sequel (the escalation, the family's update).
  followUp.nextPlanned = !SCHOOL_FACING.includes(followUp.kind);
  const saved = await scope.manager.save(followUp);
  await scope.manager.save(
    scope.manager.create(FollowUpAttempt, {
      organizationId: saved.organizationId,
      followUpId: saved.id,
      attempt: 1,
      messageId: saved.messageId ?? '',
      startedAt: sentAt,
      finishedAt: new Date(sentAt.getTime() + 1_400),
      outcome: FollowUpAttemptOutcome.ACCEPTED,
      serverResponse: `250 2.0.0 Ok: queued as ${saved.id.replace(/-/g, '').slice(0, 11).toUpperCase()}`,
    }),
  );
  return saved;
}
