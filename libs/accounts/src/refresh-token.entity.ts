import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from './user.entity';

/**
 * An opaque refresh token, stored only as its SHA-256. Each use replaces it with a new one
 * of the same family; presenting a used one revokes the whole family (it was stolen).
 */
@Entity({ name: 'refresh_token' })
@Index('IDX_refresh_token_family', ['userId', 'familyId'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_refresh_token_user' })
  user?: User;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  /** The organization the session had active when the token was issued. */
  @Column({ name: 'active_organization_id', type: 'uuid', nullable: true })
  activeOrganizationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Sent by email as a sign-in link: trading it for a session is signing in. */
  @Column({ name: 'sign_in_link', type: 'boolean', default: false })
  signInLink!: boolean;
}
