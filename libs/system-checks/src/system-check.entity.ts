import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A round trip through the whole system: written by the api, completed by the worker
 * through the queue. Operators use it to prove a deployment works end to end.
 */
@Entity({ name: 'system_check' })
export class SystemCheck {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** Which worker process completed it (host and pid). */
  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;
}
