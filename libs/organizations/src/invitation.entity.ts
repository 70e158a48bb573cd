import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Organization } from './organization.entity';
import { Membership } from './membership.entity';
import { MemberRole } from './member-role';

/** An admin's invitation of a person, by email, to join with a role. Single use; expires. */
@Entity({ name: 'invitation' })
@Unique('UQ_invitation_organization_id', ['organizationId', 'id'])
// One pending invitation per email and organization (partial index, written in the migration).
@Index('UQ_invitation_pending_email', { synchronize: false })
@Check('CHK_invitation_role', `"role" IN ('ADMIN', 'ADVOCATE', 'ANALYST')`)
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_invitation_organization' })
  organization?: Organization;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: MemberRole;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @Column({ name: 'invited_by_id', type: 'uuid' })
  invitedById!: string;

  /** Through (organization_id, id): the inviter must be a member of the same organization. */
  @ManyToOne(() => Membership)
  @JoinColumn([
    {
      name: 'organization_id',
      referencedColumnName: 'organizationId',
      foreignKeyConstraintName: 'FK_invitation_invited_by',
    },
    {
      name: 'invited_by_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'FK_invitation_invited_by',
    },
  ])
  invitedBy?: Membership;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
