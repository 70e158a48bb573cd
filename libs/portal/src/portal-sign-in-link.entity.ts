import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A magic sign-in link sent to a guardian's email: single use, valid at most 15 minutes,
 * kept only as the SHA-256 of its secret. Not an organization's row (the address may have
 * access in several); row-level security shows a link only to the lookup naming its hash
 * or its address.
 */
@Entity({ name: 'portal_sign_in_link' })
@Check('CHK_portal_sign_in_link_lifetime', `"expires_at" <= "created_at" + interval '15 minutes'`)
export class PortalSignInLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
