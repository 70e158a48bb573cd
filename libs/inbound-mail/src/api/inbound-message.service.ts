import { Injectable } from '@nestjs/common';
import { type DataScope, findRecord, isUuid } from '@onrecord/platform/database';
import {
  type Connection,
  decodeCursor,
  isTimestamp,
  toConnection,
} from '@onrecord/platform/graphql';
import { notFound } from '@onrecord/platform/errors';
import { WrittenRequest, assignedTo } from '@onrecord/requests';
import { InboundMessage } from '../model/inbound-message.entity';
import type { InboundMessagesArgs } from './inbound-message.inputs';
import {
  toInboundMessage,
  type InboundMessageObject,
  type InboundMessageRow,
} from './inbound-message.objects';

/** Every column but the raw bytes and the HTML: a list never carries megabytes it won't show. */
const SHOWN: Array<keyof InboundMessageRow> = [
  'id',
  'organizationId',
  'createdAt',
  'updatedAt',
  'status',
  'match',
  'requestId',
  'suggestedRequestId',
  'channel',
  'messageId',
  'inReplyTo',
  'references',
  'fromAddress',
  'fromName',
  'toAddresses',
  'envelopeRecipients',
  'subject',
  'sentAt',
  'textBody',
  'autoReply',
  'autoReplyReason',
  'bounce',
  'bounceRecipient',
  'bounceDiagnostic',
  'bouncedMessageId',
  'parseProblems',
  'sizeBytes',
  'receivedAt',
  'schoolResponseId',
  'classifiedByUserId',
  'classifiedAt',
  'sharedWithFamily',
];

/** Reading captured replies: the organization's, newest first, or one by id. */
@Injectable()
export class InboundMessageService {
  async get(scope: DataScope, id: string): Promise<InboundMessageObject> {
    if (!isUuid(id)) throw notFound('Inbound message');
    const row = await scope.manager.findOne(InboundMessage, {
      select: Object.fromEntries(SHOWN.map((column) => [column, true])),
      where: { id },
    });
    if (!row) throw notFound('Inbound message');
    return toInboundMessage(row);
  }

  async list(
    scope: DataScope,
    args: InboundMessagesArgs,
    membershipId?: string,
  ): Promise<Connection<InboundMessageObject>> {
    const filter = args.filter ?? {};
    const query = scope.manager
      .createQueryBuilder(InboundMessage, 'm')
      .select(SHOWN.map((column) => `m.${column}`))
      .orderBy('m.received_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(args.first + 1);
    if (filter.requestId) {
      // Another organization's request (or a made-up id) is not found, as anywhere else.
      const request = await findRecord(scope, WrittenRequest, filter.requestId, 'Written request');
      query.andWhere('m.request_id = :requestId', { requestId: request.id });
    }
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter.triage === true) query.andWhere('m.request_id IS NULL');
    if (filter.triage === false) query.andWhere('m.request_id IS NOT NULL');
    if (filter.assignedToMe === true)
      query.andWhere(
        `EXISTS (SELECT 1 FROM written_request r WHERE r.id = m.request_id AND ${assignedTo('r.case_id')})`,
        { membershipId },
      );
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isTimestamp });
      query.andWhere('(m.received_at, m.id) < (:at, :id)', {
        at: new Date(cursor.sortValue),
        id: cursor.id,
      });
    }
    const rows = await query.getMany();
    return toConnection(rows, args.first, (m) => m.receivedAt.toISOString(), toInboundMessage);
  }
}
