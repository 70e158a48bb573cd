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
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@onrecord/accounts';
import { Organization } from './organization.entity';
import { MemberRole } from './member-role';

/** A user's membership of an organization, with a role. Called a "member" in the product. */
@Entity({ name: 'membership' })
@Unique('UQ_membership_organization_id', ['organizationId', 'id'])
@Unique('UQ_membership_organization_user', ['organizationId', 'userId'])
@Index('IDX_membership_user', ['userId'])
@Check('CHK_membership_role', `"role" IN ('ADMIN', 'ADVOCATE', 'ANALYST')`)
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_membership_organization' })
  organization?: Organization;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_membership_user' })
  user?: User;

  @Column({ type: 'text' })
  role!: MemberRole;

  /**
   * An admin's grant to an ANALYST to read family records (families, guardians, cases and
   * their notes, requests…); analysts otherwise read reports and aggregates only.
   */
  @Column({ name: 'reads_family_records', type: 'boolean', default: false })
  readsFamilyRecords!: boolean;

  /** The member's last sign-in to this organization (password or sign-in link). */
  @Column({ name: 'last_signed_in_at', type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
