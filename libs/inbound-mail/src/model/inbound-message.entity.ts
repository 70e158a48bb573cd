import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, sqlList, tenantJoin } from '@onrecord/platform/database';
import { WrittenRequest } from '@onrecord/requests';
import { InboundChannel, InboundMatch, InboundMessageStatus } from './inbound-message.enums';

/**
 * A message that arrived at a reply address, kept as it came (the raw bytes) and as parsed,
 * before anything acts on it: it is evidence. Kept once per Message-ID in an organization, so
 * a sender's retry or a provider's second delivery changes nothing. Filed under a request
 * when matched; with none, it waits in the organization's triage list.
 */
@Entity({ name: 'inbound_message' })
@Unique('UQ_inbound_message_organization_id', ['organizationId', 'id'])
@Unique('UQ_inbound_message_message_id', ['organizationId', 'messageId'])
@Index('IDX_inbound_message_received', ['organizationId', 'receivedAt'])
@Index('IDX_inbound_message_request', ['organizationId', 'requestId', 'receivedAt'])
// What waits for an advocate: the Today list's "reply received — classify".
@Index('IDX_inbound_message_unclassified', ['organizationId', 'receivedAt'], {
  where: `"status" = 'UNCLASSIFIED'`,
})
@Check(
  'CHK_inbound_message_status',
  `"status" IN (${sqlList(Object.values(InboundMessageStatus))})`,
)
@Check(
  'CHK_inbound_message_match',
  `"match" IS NULL OR "match" IN (${sqlList(Object.values(InboundMatch))})`,
)
@Check('CHK_inbound_message_channel', `"channel" IN (${sqlList(Object.values(InboundChannel))})`)
// Filed under a request by a match or an advocate; a suggestion names its request apart.
@Check(
  'CHK_inbound_message_filed',
  `("request_id" IS NOT NULL) = ("match" IS NOT NULL AND "match" <> 'SENDER_SUGGESTION')`,
)
export class InboundMessage extends TenantRecord {
  @Column({ type: 'text' })
  status!: InboundMessageStatus;

  @Column({ type: 'text', nullable: true })
  match!: InboundMatch | null;

  /** The request it is filed under (REPLY_ADDRESS, THREAD, ADVOCATE); none: triage. */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => WrittenRequest, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_inbound_message_request', 'request_id'))
  request?: WrittenRequest;

  /** SENDER_SUGGESTION: the request it probably answers, for an advocate to confirm. */
  @Column({ name: 'suggested_request_id', type: 'uuid', nullable: true })
  suggestedRequestId!: string | null;

  @ManyToOne(() => WrittenRequest, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_inbound_message_suggested_request', 'suggested_request_id'))
  suggestedRequest?: WrittenRequest;

  @Column({ type: 'text' })
  channel!: InboundChannel;

  /** Its Message-ID, or one made from its bytes when it had none (so a resend is one). */
  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ name: 'in_reply_to', type: 'text', nullable: true })
  inReplyTo!: string | null;

  @Column({ name: 'thread_references', type: 'text', array: true, default: () => "'{}'" })
  references!: string[];

  @Column({ name: 'from_address', type: 'text', default: '' })
  fromAddress!: string;

  /** The sender's display name; none when the From header gave only an address. */
  @Column({ name: 'from_name', type: 'text', nullable: true })
  fromName!: string | null;

  /** The To and Cc headers' addresses. */
  @Column({ name: 'to_addresses', type: 'text', array: true, default: () => "'{}'" })
  toAddresses!: string[];

  /** The SMTP envelope's recipients (or the webhook's `to`): which reply address it came to. */
  @Column({ name: 'envelope_recipients', type: 'text', array: true, default: () => "'{}'" })
  envelopeRecipients!: string[];

  @Column({ type: 'text', default: '' })
  subject!: string;

  /** Its Date header, when it had a valid one. */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** The plain text (made from the HTML part when there was no text part). */
  @Column({ name: 'text_body', type: 'text', default: '' })
  textBody!: string;

  /** The HTML part as sent, kept as evidence; never served as HTML (it is the sender's). */
  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody!: string | null;

  @Column({ name: 'auto_reply', type: 'boolean', default: false })
  autoReply!: boolean;

  /** Which header or subject said it was automatic. */
  @Column({ name: 'auto_reply_reason', type: 'text', nullable: true })
  autoReplyReason!: string | null;

  @Column({ type: 'boolean', default: false })
  bounce!: boolean;

  /** A delivery failure report's failed recipient, diagnostic and the failed message's id. */
  @Column({ name: 'bounce_recipient', type: 'text', nullable: true })
  bounceRecipient!: string | null;

  @Column({ name: 'bounce_diagnostic', type: 'text', nullable: true })
  bounceDiagnostic!: string | null;

  @Column({ name: 'bounced_message_id', type: 'text', nullable: true })
  bouncedMessageId!: string | null;

  /** A bounce that failed for good (Action: failed); false: delivery is only delayed. */
  @Column({ name: 'bounce_failed', type: 'boolean', default: false })
  bounceFailed!: boolean;

  /** What could not be read (a bad charset, no Date header…): kept with what could. */
  @Column({ name: 'parse_problems', type: 'text', array: true, default: () => "'{}'" })
  parseProblems!: string[];

  /** The message exactly as received. */
  @Column({ type: 'bytea' })
  raw!: Buffer;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;

  /**
   * CLASSIFIED_ANSWER: the school response recorded from it. No foreign key on purpose: an
   * admin may delete a response recorded by mistake, and the reply, which is evidence, stays
   * (the field then reads null).
   */
  @Column({ name: 'school_response_id', type: 'uuid', nullable: true })
  schoolResponseId!: string | null;

  /** Who classified it (answer or not an answer), and when. */
  @Column({ name: 'classified_by_user_id', type: 'uuid', nullable: true })
  classifiedByUserId!: string | null;

  @Column({ name: 'classified_at', type: 'timestamptz', nullable: true })
  classifiedAt!: Date | null;

  /** An advocate shared it with the family: the case's guardians see it in their portal. */
  @Column({ name: 'shared_with_family', type: 'boolean', default: false })
  sharedWithFamily!: boolean;
}
