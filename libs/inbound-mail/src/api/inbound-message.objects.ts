import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { InboundChannel, InboundMatch, InboundMessageStatus } from '../model/inbound-message.enums';
import type { InboundMessage } from '../model/inbound-message.entity';

@ObjectType('InboundAttachment', { description: 'A file that came with a captured reply.' })
export class InboundAttachmentObject {
  @Field(() => ID) id!: string;
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => Boolean, {
    description: 'Whether its content was kept (not beyond INBOUND_MAX_ATTACHMENTS).',
  })
  kept!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The document it became when the reply was recorded as the school’s response.',
  })
  documentId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it did not become a document (too large, not a kind of file kept…).',
  })
  refusedReason!: string | null;
}

@ObjectType('InboundMessage', {
  description:
    "A captured reply: a message that arrived at a request's reply address, kept as received. Filed under a request when matched; else in the organization's triage list.",
})
export class InboundMessageObject {
  @Field(() => ID) id!: string;
  @Field(() => InboundMessageStatus) status!: InboundMessageStatus;
  @Field(() => InboundMatch, {
    nullable: true,
    description: 'How it was tied to a request; none: it waits in triage.',
  })
  match!: InboundMatch | null;
  @Field(() => ID, { nullable: true, description: 'The request it is filed under.' })
  requestId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'SENDER_SUGGESTION: the request it probably answers, for an advocate to confirm.',
  })
  suggestedRequestId!: string | null;
  @Field(() => Boolean, { description: 'Filed under no request: in the triage list.' })
  triage!: boolean;
  @Field(() => InboundChannel) channel!: InboundChannel;
  @Field(() => String, { description: 'Its Message-ID (made from the message if it had none).' })
  messageId!: string;
  @Field(() => String, { nullable: true }) inReplyTo!: string | null;
  @Field(() => String) fromAddress!: string;
  @Field(() => String, {
    nullable: true,
    description: 'None when the sender gave only an address.',
  })
  fromName!: string | null;
  @Field(() => [String], { description: 'Its To and Cc addresses.' }) toAddresses!: string[];
  @Field(() => String) subject!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Its Date header.' })
  sentAt!: Date | null;
  @Field(() => GraphQLISODateTime) receivedAt!: Date;
  @Field(() => String, {
    description:
      'Its plain text (made from the HTML part when it had none; the HTML itself is kept as evidence, never served).',
  })
  text!: string;
  @Field(() => Boolean) autoReply!: boolean;
  @Field(() => String, { nullable: true, description: 'What said it was automatic.' })
  autoReplyReason!: string | null;
  @Field(() => Boolean) bounce!: boolean;
  @Field(() => String, { nullable: true, description: 'A bounce: the address it failed for.' })
  bounceRecipient!: string | null;
  @Field(() => String, { nullable: true, description: "A bounce: the server's reason." })
  bounceDiagnostic!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A bounce: the Message-ID of the message OnRecord sent that did not arrive.',
  })
  bouncedMessageId!: string | null;
  @Field(() => [String], { description: 'What could not be read (kept with what could).' })
  parseProblems!: string[];
  @Field(() => Int) sizeBytes!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'CLASSIFIED_ANSWER: the school response recorded from it (null once deleted).',
  })
  schoolResponseId!: string | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When an advocate classified it (answer or not an answer).',
  })
  classifiedAt!: Date | null;
  @Field(() => Boolean, { description: 'Shared with the family: their portal shows it.' })
  sharedWithFamily!: boolean;
}
export const InboundMessageConnection = ConnectionType(InboundMessageObject, 'InboundMessage');

/** The columns a captured message shows (never its raw bytes or HTML). */
export type InboundMessageRow = Omit<InboundMessage, 'raw' | 'htmlBody'>;

export function toInboundMessage(m: InboundMessageRow): InboundMessageObject {
  return {
    id: m.id,
    status: m.status,
    match: m.match,
    requestId: m.requestId,
    suggestedRequestId: m.suggestedRequestId,
    triage: m.requestId === null,
    channel: m.channel,
    messageId: m.messageId,
    inReplyTo: m.inReplyTo,
    fromAddress: m.fromAddress,
    fromName: m.fromName,
    toAddresses: m.toAddresses,
    subject: m.subject,
    sentAt: m.sentAt,
    receivedAt: m.receivedAt,
    text: m.textBody,
    autoReply: m.autoReply,
    autoReplyReason: m.autoReplyReason,
    bounce: m.bounce,
    bounceRecipient: m.bounceRecipient,
    bounceDiagnostic: m.bounceDiagnostic,
    bouncedMessageId: m.bouncedMessageId,
    parseProblems: m.parseProblems,
    sizeBytes: m.sizeBytes,
    schoolResponseId: m.schoolResponseId,
    classifiedAt: m.classifiedAt,
    sharedWithFamily: m.sharedWithFamily,
  };
}
