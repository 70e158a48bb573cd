import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organization } from '@onrecord/organizations';

/**
 * A round trip through the whole system: written by the api, completed by the worker
 * through the queue. An organization's admins use it to prove a deployment works end to end.
 */
@Entity({ name: 'system_check' })
@Index('IDX_system_check_organization', ['organizationId', 'requestedAt'])
export class SystemCheck {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_system_check_organization' })
  organization?: Organization;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** Which worker process completed it (host and pid). */
  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;
}
