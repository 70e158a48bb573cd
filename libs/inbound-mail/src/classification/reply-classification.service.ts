import { Injectable } from '@nestjs/common';
import { CasePlaces } from '@onrecord/cases';
import { localDate } from '@onrecord/deadlines';
import { SchoolContact } from '@onrecord/directory';
import { type DataScope, findRecord, isUuid, referencedRecord } from '@onrecord/platform/database';
import { badUserInput, conflict, notFound } from '@onrecord/platform/errors';
import type { MemberPrincipal } from '@onrecord/platform/request';
import {
  DeliveryChannel,
  RequestChanges,
  SchoolResponseService,
  WrittenRequest,
  type SchoolResponse,
} from '@onrecord/requests';
import { InboundMatch, InboundMessageStatus } from '../model/inbound-message.enums';
import { InboundMessage } from '../model/inbound-message.entity';
import type { ReplyAnswerInput } from './reply-classification.inputs';
import { refreshReplyWaiting } from './reply-waiting';
import { ReplyDocuments } from './reply-documents';

/** The most of a reply quoted into its response's summary (the reply itself keeps it all). */
const QUOTE_LIMIT = 20_000;

/** What may be taken for the school's answer: not a bounce, not one already recorded. */
const ANSWERABLE = new Set([
  InboundMessageStatus.UNCLASSIFIED,
  InboundMessageStatus.NOT_AN_ANSWER,
  // An automatic reply the filter got wrong ("Re: your request — approved", sent by a system).
  InboundMessageStatus.AUTO_REPLY,
]);

/**
 * An advocate says what a captured reply is (README "Mail in"): the school's answer, recorded
 * as its response quoting the reply, or not an answer; files one from triage under a request;
 * shares one with the family. Each change re-derives the request's hold on its next follow-up
 * (reply-waiting.ts), so classifying releases it: an answer ends the follow-ups, "not an
 * answer" lets them go on.
 */
@Injectable()
export class ReplyClassificationService {
  constructor(
    private readonly responses: SchoolResponseService,
    private readonly changes: RequestChanges,
    private readonly places: CasePlaces,
    private readonly replyDocuments: ReplyDocuments,
  ) {}

  async recordAsAnswer(
    scope: DataScope,
    principal: MemberPrincipal,
    id: string,
    input: ReplyAnswerInput,
  ): Promise<{ message: InboundMessage; response: SchoolResponse }> {
    const message = await this.locked(scope, id);
    const requestId = this.filedRequest(message);
    if (!ANSWERABLE.has(message.status))
      throw conflict(
        message.status === InboundMessageStatus.BOUNCE
          ? 'A bounce is a delivery failure, not an answer: retry the send or send it to another contact.'
          : 'This reply is recorded as the school\u2019s answer already.',
      );
    const request = await findRecord(scope, WrittenRequest, requestId, 'Written request');
    const place = await this.places.of(scope, request.caseId);
    const response = await this.responses.record(scope, principal, requestId, {
      ...input,
      channel: DeliveryChannel.EMAIL,
      receivedOn: input.receivedOn ?? localDate(message.receivedAt, place.timeZone),
      summary: input.summary?.trim() ? input.summary : quote(message),
      respondedByContactId:
        input.respondedByContactId ?? (await this.senderContactId(scope, message)),
    });
    message.status = InboundMessageStatus.CLASSIFIED_ANSWER;
    message.schoolResponseId = response.id;
    this.classifiedBy(message, principal);
    const saved = await scope.manager.save(message);
    // Its attachments become the response's documents.
    await this.replyDocuments.keep(scope, saved, { id: response.id, caseId: request.caseId });
    await refreshReplyWaiting(scope, this.changes, requestId);
    return { message: saved, response };
  }

  async markNotAnAnswer(
    scope: DataScope,
    principal: MemberPrincipal,
    id: string,
  ): Promise<InboundMessage> {
    const message = await this.locked(scope, id);
    const requestId = this.filedRequest(message);
    if (message.status !== InboundMessageStatus.UNCLASSIFIED)
      throw conflict(
        `Only a reply waiting to be classified can be marked not an answer; this one is ${message.status}.`,
      );
    message.status = InboundMessageStatus.NOT_AN_ANSWER;
    this.classifiedBy(message, principal);
    const saved = await scope.manager.save(message);
    await refreshReplyWaiting(scope, this.changes, requestId);
    return saved;
  }

  /**
   * Files a reply under a request of the organization: one from triage (a sender's suggestion
   * confirmed, or chosen by hand), or one matched to the wrong request. Refused once it is
   * recorded as an answer (that response belongs to its request). Moved to another case, it is
   * no longer shared with a family.
   */
  async file(scope: DataScope, id: string, requestId: string): Promise<InboundMessage> {
    const message = await this.locked(scope, id);
    if (message.status === InboundMessageStatus.CLASSIFIED_ANSWER)
      throw conflict(
        'This reply is recorded as the answer to its request: delete that response first.',
      );
    const request = await referencedRecord(
      scope,
      WrittenRequest,
      requestId,
      'requestId',
      'written request',
    );
    const before = message.requestId;
    if (before === request.id) return message;
    // Shared with the family of the case it was filed under: under another case it is that
    // case's family's, who have not been shown it. The advocate shares it again if they mean to.
    if (message.sharedWithFamily && before) {
      const was = await scope.manager.findOneBy(WrittenRequest, { id: before });
      if (was?.caseId !== request.caseId) message.sharedWithFamily = false;
    }
    message.requestId = request.id;
    message.match = InboundMatch.ADVOCATE;
    message.suggestedRequestId = null;
    const saved = await scope.manager.save(message);
    for (const changed of [before, request.id])
      if (changed) await refreshReplyWaiting(scope, this.changes, changed);
    return saved;
  }

  /** The family sees it in their portal (or no longer does). */
  async share(scope: DataScope, id: string, shared: boolean): Promise<InboundMessage> {
    const message = await this.locked(scope, id);
    if (shared && !message.requestId)
      throw badUserInput([
        { field: 'id', message: 'file the reply under a request first: it names no family yet' },
      ]);
    if (shared && message.status === InboundMessageStatus.BOUNCE)
      throw badUserInput([{ field: 'id', message: 'a bounce is not something to share' }]);
    message.sharedWithFamily = shared;
    return scope.manager.save(message);
  }

  /** The message, locked: two advocates classifying it at once take turns. */
  private async locked(scope: DataScope, id: string): Promise<InboundMessage> {
    const found = isUuid(id)
      ? await scope.manager.findOne(InboundMessage, {
          where: { id },
          lock: { mode: 'for_no_key_update' },
        })
      : null;
    if (!found) throw notFound('Inbound message');
    return found;
  }

  private filedRequest(message: InboundMessage): string {
    if (!message.requestId)
      throw badUserInput([
        { field: 'id', message: 'the reply is in triage: file it under its request first' },
      ]);
    return message.requestId;
  }

  private classifiedBy(message: InboundMessage, principal: MemberPrincipal): void {
    message.classifiedByUserId = principal.userId;
    message.classifiedAt = new Date();
  }

  /** The school contact who sent it, when the directory knows the address. */
  private async senderContactId(scope: DataScope, message: InboundMessage): Promise<string | null> {
    if (!message.fromAddress) return null;
    const [contact] = await scope.manager
      .createQueryBuilder(SchoolContact, 'c')
      .select(['c.id'])
      .where('lower(c.email) = :email', { email: message.fromAddress.toLowerCase() })
      .andWhere('c.archived_at IS NULL')
      .orderBy('c.created_at', 'ASC')
      .limit(1)
      .getMany();
    return contact?.id ?? null;
  }
}

/** The reply as a response's summary: who wrote, when, and their words. */
function quote(message: InboundMessage): string {
  const from = message.fromName
    ? `${message.fromName} <${message.fromAddress}>`
    : message.fromAddress;
  const head = `Email from ${from || 'an unknown sender'}${message.subject ? `, "${message.subject}"` : ''}:`;
  const body = message.textBody.trim() || '(no text)';
  return `${head}\n\n${body}`.slice(0, QUOTE_LIMIT);
}
