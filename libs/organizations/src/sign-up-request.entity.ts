import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/**
 * A sign-up waiting for its address to be confirmed. Nothing exists until the link in the
 * confirmation email is opened: then the account, the organization and the admin membership
 * are created from this row, and the address's requests are deleted. The token is stored
 * only as its SHA-256; the row belongs to no organization and is visible only by its hash or,
 * to create one, by its address (CrossOrganizationAccess).
 */
@Entity({ name: 'sign_up_request' })
@Unique('UQ_sign_up_request_token_hash', ['tokenHash'])
@Check('CHK_sign_up_request_lifetime', `"expires_at" <= "created_at" + interval '1 day'`)
// On lower(email), written in the migration; TypeORM cannot express it.
@Index('IDX_sign_up_request_email', { synchronize: false })
export class SignUpRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_sign_up_request' })
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'organization_name', type: 'text' })
  organizationName!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'home_state', type: 'char', length: 2 })
  homeState!: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
