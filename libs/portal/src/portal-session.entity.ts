import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organization } from '@onrecord/organizations';

/**
 * A guardian's signed-in portal session: an opaque bearer token (`orp_…`) kept only as its
 * SHA-256, for one email address, looking at one organization at a time. Ends at
 * `expires_at` or when signed out; access is re-checked in the organization on every request.
 */
@Entity({ name: 'portal_session' })
export class PortalSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_portal_session_organization',
  })
  organization?: Organization;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'signed_out_at', type: 'timestamptz', nullable: true })
  signedOutAt!: Date | null;
}
