import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Membership } from '@onrecord/organizations';
import { CalendarFeedKind } from './calendar-feed-kind';

/**
 * A member's private calendar address: shown once when issued, kept only as its token's
 * SHA-256 hash. Issuing another of the same kind revokes this one; removing the member
 * removes it.
 */
@Entity({ name: 'calendar_feed' })
@Unique('UQ_calendar_feed_organization_id', ['organizationId', 'id'])
@Unique('UQ_calendar_feed_token_hash', ['tokenHash'])
@Index('IDX_calendar_feed_live', ['organizationId', 'membershipId', 'kind'], {
  unique: true,
  where: `"revoked_at" IS NULL`,
})
@Check('CHK_calendar_feed_kind', `"kind" IN ('OWN', 'ORGANIZATION')`)
export class CalendarFeed extends TenantRecord {
  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_calendar_feed_membership', 'membership_id'))
  membership?: Membership;

  @Column({ type: 'text' })
  kind!: CalendarFeedKind;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
