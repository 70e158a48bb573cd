import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Guardian } from '@onrecord/families';

/**
 * A guardian invited to the family portal by an advocate. The guardian signs in with the
 * email kept here (lower case, as it was on the guardian when invited); the same address may
 * have access in several organizations and families. Revoked access stays, for the record.
 */
@Entity({ name: 'portal_access' })
@Unique('UQ_portal_access_organization_id', ['organizationId', 'id'])
@Unique('UQ_portal_access_guardian', ['organizationId', 'guardianId'])
@Index('IDX_portal_access_email', ['email'])
export class PortalAccess extends TenantRecord {
  @Column({ name: 'guardian_id', type: 'uuid' })
  guardianId!: string;

  @ManyToOne(() => Guardian, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_portal_access_guardian', 'guardian_id'))
  guardian?: Guardian;

  /** Lower case: a sign-in link is asked for by this address. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'invited_by_user_id', type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  @Column({ name: 'invited_at', type: 'timestamptz' })
  invitedAt!: Date;

  @Column({ name: 'last_signed_in_at', type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
