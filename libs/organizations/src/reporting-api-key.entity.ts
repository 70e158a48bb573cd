import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord } from '@onrecord/platform/database';
import { Organization } from './organization.entity';

/**
 * A reporting API key: shown once when created, kept only as its SHA-256 hash, with the
 * first characters to recognise it by, its scopes, and when it was last used.
 */
@Entity({ name: 'reporting_api_key' })
@Unique('UQ_reporting_api_key_organization_id', ['organizationId', 'id'])
@Unique('UQ_reporting_api_key_hash', ['keyHash'])
export class ReportingApiKey extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_reporting_api_key_organization',
  })
  organization?: Organization;

  /** What it is for, e.g. "Board dashboard". */
  @Column({ type: 'text' })
  name!: string;

  /** The first characters of the key, to tell keys apart (e.g. "ork_3fQ9"). */
  @Column({ type: 'text' })
  prefix!: string;

  @Column({ name: 'key_hash', type: 'text' })
  keyHash!: string;

  @Column({ type: 'text', array: true, default: () => "'{reports:read}'" })
  scopes!: string[];

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
