import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { WrittenRequest } from './written-request.entity';

/**
 * A request's own reply address, `reply+<token>@<inbound domain>`: its letter and follow-ups
 * carry it in Reply-To, so a school's answer comes back filed under the request. The token
 * is 128 random bits (32 lowercase hex digits). The database makes one for every request as
 * it is inserted (a trigger, migration 1796470000000), so no path that creates a request can
 * forget it. The token itself is kept because every message about the request shows it; a
 * reply is found across organizations only by its hash (`app.reply_token_hash`), so the
 * secret never travels in a session setting.
 */
@Entity({ name: 'request_reply_address' })
@Unique('UQ_request_reply_address_organization_id', ['organizationId', 'id'])
@Unique('UQ_request_reply_address_request', ['organizationId', 'requestId'])
@Unique('UQ_request_reply_address_token', ['token'])
@Unique('UQ_request_reply_address_token_hash', ['tokenHash'])
export class RequestReplyAddress extends TenantRecord {
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => WrittenRequest, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_request_reply_address_request', 'request_id'))
  request?: WrittenRequest;

  @Column({ type: 'text' })
  token!: string;

  /** sha256 of the token, hex: what a reply is looked up by. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;
}
